import { basename } from 'node:path';
import { AppFailure } from '../../shared/contract/result';
import { validateSenderId } from '../../shared/validation/sender-id';
import { originOf } from '../../shared/streams/endpoint-origin';
import { baseUrlSchema } from '../../shared/streams/stream-input';
import { createEngine } from '../engine/engine';
import { importCsv } from '../engine/import/import-csv';
import { describeCountryChoice } from '../../shared/contacts/country-rule';
import { cliCountry } from './cli-country';
import { UsageError, type CliCommand } from './cli-command';
import { cliDataDir } from './cli-data-dir';
import { cliStreamId, rememberCliStream, tokenFromEnv } from './cli-stream';
import { intFlag, parseFlags } from './parse-flags';
import { finish, waitForCampaign } from './run-campaign';
import { terminalSafe } from './terminal-text';

const help = `Usage: peaksend send --csv FILE --message TEXT --sender ID --base-url URL [options]

Imports FILE as a contact list, renders {field} merge fields from its columns, and sends one
message per recipient through CommPeak, exactly once. The stream token is read from the
PEAKSEND_TOKEN environment variable only.

Options:
  --csv FILE            recipients (a CSV, .xlsx or .ods with a phone column)
  --message TEXT        message template, e.g. "Hi {first_name|there}, …"
  --sender ID           sender ID (up to 11 letters/digits, or up to 15 digits)
  --base-url URL        the stream's API base URL (e.g. https://textpeak-streams.commpeak.com)
  --country CC          default country for numbers without a country code (e.g. DE);
                        default: the locale's (LC_ALL/LANG), else none (then only numbers
                        written with + or 00 are sent); stderr says which was used
  --phone-column NAME   the phone column (default: detected)
  --batch N             messages per request (default 50)
  --concurrency N       requests in flight (default 4)
  --rate N              message parts per second (default 1000)
  --data-dir DIR        where the database lives (default: $PEAKSEND_DATA_DIR or ~/.peaksend-cli)
  --name NAME           campaign and list name (default: the file name)
  --json                progress on stderr as JSON lines

Output: "campaign <id>" first on stderr, progress on stderr, then one JSON object on stdout:
{"campaignId","recipients","accepted","failed","uncertain","skipped","parts","durationMs"}.
Exit 0 when every recipient is final, 3 when some are uncertain, 1 on error, 2 on bad usage,
130/143 when SIGINT/SIGTERM stopped it: the answers in flight are waited for (up to 10 s) and
recorded, and \`peaksend resume <id>\` continues. A second signal stops at once.`;

export const sendCommand: CliCommand = {
  name: 'send',
  summary: 'import a CSV and send a campaign',
  help,
  async run(args, io) {
    const { values } = parseFlags(args, {
      csv: { type: 'string' },
      message: { type: 'string' },
      sender: { type: 'string' },
      'base-url': { type: 'string' },
      country: { type: 'string' },
      'phone-column': { type: 'string' },
      batch: { type: 'string' },
      concurrency: { type: 'string' },
      rate: { type: 'string' },
      'data-dir': { type: 'string' },
      name: { type: 'string' },
      json: { type: 'boolean' },
    });
    for (const flag of ['csv', 'message', 'sender', 'base-url'] as const) {
      if (!values[flag]) throw new UsageError(`--${flag} is required`);
    }
    const csv = values.csv as string;
    const senderProblem = validateSenderId(values.sender as string);
    if (senderProblem) throw new UsageError(`--sender: ${senderProblem}`);
    const url = baseUrlSchema.safeParse(values['base-url']);
    if (!url.success)
      throw new UsageError(`--base-url: ${url.error.issues[0]?.message ?? 'invalid'}`);
    if (values.country !== undefined && !/^[A-Za-z]{2}$/.test(values.country)) {
      throw new UsageError('--country must be a two-letter country code such as DE');
    }
    const country = cliCountry(values.country, io.env);
    const batch = intFlag(values.batch, 'batch', 1, 500) ?? 50;
    const concurrency = intFlag(values.concurrency, 'concurrency', 1, 64) ?? 4;
    const rate = intFlag(values.rate, 'rate', 1, 1_000_000) ?? 1000;
    const token = tokenFromEnv(io.env);
    const started = performance.now();

    const engine = createEngine({
      dataDir: cliDataDir(values['data-dir'], io.env),
      kind: 'cli',
      log: (level, m) => io.stderr(`[${level}] ${terminalSafe(m)}\n`),
    });
    try {
      const name = values.name ?? `${basename(csv)} ${new Date().toISOString().slice(0, 19)}`;
      const report = await importCsv(engine.db, {
        path: csv,
        newListName: name,
        defaultCountry: country.choice.country,
        ...(values['phone-column'] ? { phoneColumn: values['phone-column'] } : {}),
      });
      if (report.listId === null || report.imported === 0) {
        throw new AppFailure(
          'INVALID_INPUT',
          `no valid recipients in ${csv} (${report.invalid} invalid rows; ${describeCountryChoice(country.choice, '--country')})`,
        );
      }
      const streamId = cliStreamId(url.data);
      rememberCliStream(engine, streamId, url.data, rate, values.sender as string);
      const campaign = engine.campaigns.create(name, {
        streamId,
        sender: values.sender as string,
        template: values.message as string,
        listIds: [report.listId],
        quietHours: false,
        batchSize: batch,
        concurrency,
      });
      io.stderr(`campaign ${campaign.id}\n`);
      io.stderr(`${describeCountryChoice(country.choice, '--country')}\n`);
      io.stderr(
        `imported ${report.imported} of ${report.total} rows (${report.invalid} invalid, ${report.duplicates} duplicates, ${report.suppressed} suppressed)\n`,
      );
      await engine.coordinator.start(campaign.id, {
        id: streamId,
        name: url.data,
        sandbox: false,
        baseUrl: url.data,
        // The token from the environment is meant for the address given on this command line.
        origin: originOf(url.data) ?? '',
        token,
        rateLimit: rate,
        defaultSender: values.sender as string,
      });
      const end = await waitForCampaign(engine, campaign.id, io, values.json === true);
      return finish(engine, campaign.id, started, end, io);
    } finally {
      await engine.close();
    }
  },
};
