import { basename } from 'node:path';
import { AppFailure } from '../../shared/contract/result';
import { validateSenderId } from '../../shared/validation/sender-id';
import { originOf } from '../../shared/streams/endpoint-origin';
import { baseUrlSchema } from '../../shared/streams/stream-input';
import { DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE } from '../engine/commpeak/assumptions';
import type { Engine } from '../engine/engine';
import { UsageError, type CliCommand, type CliIo } from './cli-command';
import { openCliEngine } from './cli-engine';
import { cliOutput, type CliOutput } from './cli-output';
import { cliStreamId, rememberCliStream, tokenFromEnv } from './cli-stream';
import { countryOption, describeCountryOption } from './country-option';
import { EXIT_CODES_HELP } from './exit-codes';
import { importIntoList, listIdByName } from './list-import';
import { intFlag, parseFlags } from './parse-flags';
import { runToEnd } from './run-campaign';
import { parseRunFlags, RUN_FLAGS_HELP, runFlagSpec } from './run-flags';

const help = `Usage: peaksend send (--csv FILE | --list NAME) --message TEXT --sender ID --base-url URL [options]

Sends one message per recipient through CommPeak, exactly once: to the contacts of FILE
(imported as a new list first) or of the saved list NAME (\`peaksend import\`). Numbers on the
opt-out list are skipped, as in the app. {field} merge fields come from the list's columns.
The stream token is read from the PEAKSEND_TOKEN environment variable only.

Options:
  --csv FILE            recipients (a CSV with a phone column), imported as a new list
  --list NAME           recipients: a list already in the data folder (instead of --csv)
  --message TEXT        message template, e.g. "Hi {first_name|there}, …"
  --sender ID           sender ID (up to 11 letters/digits, or up to 15 digits)
  --base-url URL        the stream's API base URL (e.g. https://textpeak-streams.commpeak.com)
  --country CC          with --csv: country for numbers without a country code (e.g. DE);
                        default: the locale's (LC_ALL/LANG), else none (then only numbers
                        written with + or 00 are sent); stderr says which was used
  --phone-column NAME   with --csv: the phone column (default: detected)
  --batch N             messages per request (default ${DEFAULT_BATCH_SIZE}; halved on a 422 for a batch)
  --concurrency N       requests in flight (default 4)
  --rate N              message parts per second (default 1000)
${RUN_FLAGS_HELP}
  --data-dir DIR        where the database lives (default: $PEAKSEND_DATA_DIR or ~/.peaksend-cli)
  --name NAME           campaign (and, with --csv, list) name (default: the file or list name)
  --json                every stderr line is one JSON object ({"event": …})

Output: "campaign <id>" first on stderr, progress on stderr about once a second (naming what it
waits for: "waiting: connection refused; next try in 8 s"), then one JSON object on stdout:
{"campaignId","recipients","accepted","delivered","undelivered","failed","uncertain","skipped",
"noReport","parts","errors":{"<reason>":n},"durationMs"}.

${EXIT_CODES_HELP}`;

const flagSpec = {
  csv: { type: 'string' },
  list: { type: 'string' },
  message: { type: 'string' },
  sender: { type: 'string' },
  'base-url': { type: 'string' },
  country: { type: 'string' },
  'phone-column': { type: 'string' },
  batch: { type: 'string' },
  concurrency: { type: 'string' },
  rate: { type: 'string' },
  ...runFlagSpec,
  'data-dir': { type: 'string' },
  name: { type: 'string' },
  json: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseFlags<typeof flagSpec>>['values'];

/**
 * The audience: a new list from --csv, or the saved list --list. `report` prints what the import
 * did, after the "campaign <id>" line.
 */
async function audienceOf(
  engine: Engine,
  v: Values,
  env: CliIo['env'],
): Promise<{ listId: number; report: (out: CliOutput) => void }> {
  if (v.list !== undefined) return { listId: listIdByName(engine.db, v.list), report: () => {} };
  const csv = v.csv as string;
  const country = countryOption(v.country, env);
  const name = v.name ?? `${basename(csv)} ${new Date().toISOString().slice(0, 19)}`;
  const { listId, counts } = await importIntoList(engine.db, {
    path: csv,
    list: name,
    country: country.country,
    phoneColumn: v['phone-column'],
  });
  if (listId === null || counts.imported === 0) {
    throw new AppFailure(
      'INVALID_INPUT',
      `no valid recipients in ${csv} (${counts.invalid} invalid rows; ${describeCountryOption(country)})`,
    );
  }
  const report = (out: CliOutput) =>
    out.note(
      'imported',
      { listId, country: country.country, ...counts },
      `${describeCountryOption(country)}\nimported ${counts.imported} of ${counts.total} rows (${counts.invalid} invalid, ${counts.duplicates} duplicates, ${counts.suppressed} opted out)`,
    );
  return { listId, report };
}

export const sendCommand: CliCommand = {
  name: 'send',
  summary: 'send a campaign to a CSV or a saved list',
  help,
  async run(args, io) {
    const { values } = parseFlags(args, flagSpec);
    const out = cliOutput(io, values.json === true);
    if ((values.csv === undefined) === (values.list === undefined)) {
      throw new UsageError('give the recipients with either --csv FILE or --list NAME');
    }
    for (const flag of ['message', 'sender', 'base-url'] as const) {
      if (!values[flag]) throw new UsageError(`--${flag} is required`);
    }
    if (values.list !== undefined && (values.country ?? values['phone-column']) !== undefined) {
      throw new UsageError('--country and --phone-column go with --csv (a list is already read)');
    }
    const sender = values.sender as string;
    const senderProblem = validateSenderId(sender);
    if (senderProblem) throw new UsageError(`--sender: ${senderProblem}`);
    const url = baseUrlSchema.safeParse(values['base-url']);
    if (!url.success)
      throw new UsageError(`--base-url: ${url.error.issues[0]?.message ?? 'invalid'}`);
    countryOption(values.country, io.env);
    const batch = intFlag(values.batch, 'batch', 1, MAX_BATCH_SIZE) ?? DEFAULT_BATCH_SIZE;
    const concurrency = intFlag(values.concurrency, 'concurrency', 1, 64) ?? 4;
    const rate = intFlag(values.rate, 'rate', 1, 1_000_000) ?? 1000;
    const flags = parseRunFlags(values);
    const token = tokenFromEnv(io.env);
    const started = performance.now();

    const engine = openCliEngine(values['data-dir'], io, out);
    try {
      const { listId, report } = await audienceOf(engine, values, io.env);
      const source = values.list ?? basename(values.csv as string);
      const name = values.name ?? `${source} ${new Date().toISOString().slice(0, 19)}`;
      const streamId = cliStreamId(url.data);
      rememberCliStream(engine, streamId, url.data, rate, sender);
      const campaign = engine.campaigns.create(name, {
        streamId,
        sender,
        template: values.message as string,
        listIds: [listId],
        quietHours: false,
        batchSize: batch,
        concurrency,
      });
      out.note('campaign', { campaignId: campaign.id, name }, `campaign ${campaign.id}`);
      report(out);
      await engine.coordinator.start(
        campaign.id,
        {
          id: streamId,
          name: url.data,
          sandbox: false,
          baseUrl: url.data,
          // The token from the environment is meant for the address given on this command line.
          origin: originOf(url.data) ?? '',
          token,
          rateLimit: rate,
          defaultSender: sender,
        },
        flags.run,
      );
      return await runToEnd(engine, campaign.id, out, flags, started);
    } finally {
      await engine.close();
    }
  },
};
