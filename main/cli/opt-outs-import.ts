import { importSuppressionCsv } from '../engine/import/import-suppression-csv';
import { UsageError, type CliIo } from './cli-command';
import { openCliEngine } from './cli-engine';
import { cliOutput, printable } from './cli-output';
import { countryOption, describeCountryOption } from './country-option';
import { parseFlags } from './parse-flags';

const SHOWN_ISSUES = 20;

/** `peaksend opt-outs import <file> [--country CC] [--phone-column NAME]`. */
export async function runOptOutsImport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      country: { type: 'string' },
      'phone-column': { type: 'string' },
      'data-dir': { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  const out = cliOutput(io, values.json === true);
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('missing the CSV file of opt-outs');
  if (extra.length > 0) throw new UsageError(`expected one file, got ${positionals.length}`);
  const country = countryOption(values.country, io.env);
  const engine = openCliEngine(values['data-dir'], io, out);
  try {
    const report = await importSuppressionCsv(engine.db, {
      path: file,
      defaultCountry: country.country,
      ...(values['phone-column'] ? { phoneColumn: values['phone-column'] } : {}),
    });
    const issues = report.issues.map((i) => ({ row: i.row, kind: i.kind, detail: i.detail }));
    const text = [
      describeCountryOption(country),
      `rows ${report.total}: added ${report.added}, already on the list ${report.alreadySuppressed}, not a phone number ${report.invalid}`,
      ...issues
        .filter((i) => i.kind === 'invalid')
        .slice(0, SHOWN_ISSUES)
        .map((i) => `  row ${String(i.row).padEnd(7)} ${printable(i.detail)}`),
    ].join('\n');
    out.result(
      {
        rows: report.total,
        added: report.added,
        alreadySuppressed: report.alreadySuppressed,
        invalid: report.invalid,
        country: country.country,
        issues,
      },
      text,
    );
    return 0;
  } finally {
    await engine.close();
  }
}
