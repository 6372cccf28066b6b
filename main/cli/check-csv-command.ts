import { describeCountryChoice, type CountryChoice } from '../../shared/contacts/country-rule';
import { checkCsv, type CheckCsvReport } from '../engine/import/check-csv';
import {
  csvEncodings,
  delimiterName,
  type CsvDelimiter,
  type CsvEncoding,
} from '../engine/import/csv-format';
import { sniffCsv } from '../engine/import/sniff-csv';
import { UsageError, type CliCommand, type CliIo } from './cli-command';
import { cliCountry } from './cli-country';
import { parseFlags } from './parse-flags';
import { terminalSafe } from './terminal-text';

const help = `Usage: peaksend check-csv <file> [options]

Reads a contacts CSV, .xlsx or .ods the way an import would (format, encoding and delimiter
detection, phone normalisation, de-duplication) without saving anything, and reports what it
would import.

Options:
  --country CC         Country for numbers written without a country code (ISO 3166, e.g. IL,
                       US). Default: the region of LC_ALL or LANG (en_US.UTF-8 -> US), else none:
                       then only numbers written with + or 00 are valid. The report says which.
  --sheet NAME         A spreadsheet's sheet: its name or 1-based number (default: the first
                       visible one).
  --phone-column NAME  The phone column: a header, or a 1-based column number (default: guessed).
  --delimiter D        , ; | or tab (default: detected).
  --encoding E         ${csvEncodings.join(', ')} (default: detected).
  --json               Print one JSON object: rows, valid, invalid, duplicates, warnings,
                       format, sheet, encoding, delimiter, country, countrySource, phoneColumn,
                       columns, issues (first 1000).
  -h, --help           Show this help.

Exit status: 0 checked (whatever the rows hold), 1 the file cannot be read or has no phone
column, 2 bad options.`;

const flagSpec = {
  country: { type: 'string' },
  sheet: { type: 'string' },
  'phone-column': { type: 'string' },
  delimiter: { type: 'string' },
  encoding: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const DELIMITERS: Record<string, CsvDelimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  '|': '|',
  pipe: '|',
  tab: '\t',
  '\\t': '\t',
  '\t': '\t',
};

export const checkCsvCommand: CliCommand = {
  name: 'check-csv',
  summary: 'Check a contacts CSV without importing it',
  help,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFlags(args, flagSpec, true);
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('missing the CSV file to check');
    if (extra.length > 0) throw new UsageError(`expected one file, got ${positionals.length}`);
    const country = cliCountry(values.country, io.env);
    const report = await checkCsv({
      path: file,
      defaultCountry: country.choice.country,
      phoneColumn: values['phone-column'],
      delimiter: delimiterFlag(values.delimiter),
      encoding: encodingFlag(values.encoding),
      ...(values.sheet === undefined ? {} : { sheet: await sheetFlag(file, values.sheet) }),
    });
    io.stdout(
      values.json
        ? `${JSON.stringify(jsonReport(report, country.choice))}\n`
        : textReport(report, country.choice),
    );
    return 0;
  },
};

/** `--sheet Guests` or `--sheet 3` → the sheet's index. */
async function sheetFlag(file: string, value: string): Promise<number> {
  const { sheets, format } = await sniffCsv(file);
  if (format === 'csv') throw new UsageError('--sheet: the file is a CSV, not a spreadsheet');
  const byName = sheets.findIndex((s) => s.name.toLowerCase() === value.trim().toLowerCase());
  if (byName !== -1) return byName;
  const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : 0;
  if (number >= 1 && number <= sheets.length) return number - 1;
  throw new UsageError(
    `--sheet: no sheet "${value}". Sheets: ${sheets.map((s) => s.name).join(', ')}`,
  );
}

function delimiterFlag(value: string | undefined): CsvDelimiter | undefined {
  if (value === undefined) return undefined;
  const delimiter = DELIMITERS[value.toLowerCase()];
  if (!delimiter) throw new UsageError(`--delimiter must be one of , ; | tab (got "${value}")`);
  return delimiter;
}

function encodingFlag(value: string | undefined): CsvEncoding | undefined {
  if (value === undefined) return undefined;
  const encoding = csvEncodings.find((e) => e === value.toLowerCase());
  if (!encoding) {
    throw new UsageError(`--encoding must be one of ${csvEncodings.join(', ')} (got "${value}")`);
  }
  return encoding;
}

function jsonReport(report: CheckCsvReport, country: CountryChoice) {
  return {
    rows: report.total,
    valid: report.imported,
    invalid: report.invalid,
    duplicates: report.duplicates,
    warnings: report.warnings,
    format: report.format,
    sheet: report.sheetName,
    encoding: report.encoding,
    delimiter: report.delimiter,
    country: country.country,
    countrySource: country.source,
    phoneColumn: report.phoneColumn,
    columns: report.columns,
    issues: report.issues.map((i) => ({ row: i.row, kind: i.kind, detail: i.detail })),
  };
}

const SHOWN_ISSUES = 20;

function textReport(r: CheckCsvReport, country: CountryChoice): string {
  const pad = (n: number) => String(n).padStart(String(r.total).length);
  // Names and details come from the file: escaped, so a cell cannot drive the terminal.
  const t = terminalSafe;
  const read =
    r.format === 'csv'
      ? [
          `Encoding:   ${r.encoding}`,
          `Delimiter:  ${delimiterName(r.delimiter)}${r.singleColumn ? ' (single column)' : ''}`,
        ]
      : [`Format:     ${r.format}`, `Sheet:      ${t(r.sheetName ?? '')}`];
  const lines = [
    `File:       ${t(r.fileName)}`,
    ...read,
    `Country:    ${describeCountryChoice(country, '--country').replace(/^country: /, '')}`,
    `Columns:    ${r.columns.map(t).join(', ') || '(none)'}`,
    `Phone:      ${r.phoneColumn === null ? '(none)' : t(r.phoneColumn)}`,
    '',
    `Rows:       ${r.total}`,
    `  valid       ${pad(r.imported)}${r.warnings > 0 ? `  (${r.warnings} with warnings)` : ''}`,
    `  invalid     ${pad(r.invalid)}`,
    `  duplicates  ${pad(r.duplicates)}`,
  ];
  if (r.total === 0) lines.push('', 'The file has no data rows.');
  if (r.issues.length > 0) {
    const shown = r.issues.slice(0, SHOWN_ISSUES);
    const more = r.issues.length > SHOWN_ISSUES || r.issuesTruncated;
    lines.push('', more ? `First ${shown.length} issues:` : 'Issues:');
    for (const issue of shown) {
      lines.push(
        `  row ${String(issue.row).padEnd(7)} ${issue.kind.padEnd(10)} ${t(issue.detail)}`,
      );
    }
    if (more) lines.push('Run with --json for up to 1000 issues.');
  }
  return `${lines.join('\n')}\n`;
}
