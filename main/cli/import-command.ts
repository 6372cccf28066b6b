import { UsageError, type CliCommand } from './cli-command';
import { openCliEngine } from './cli-engine';
import { cliOutput, printable } from './cli-output';
import { countryOption, describeCountryOption } from './country-option';
import { findList, importIntoList } from './list-import';
import { parseFlags } from './parse-flags';

const help = `Usage: peaksend import <file> --list NAME [--country CC] [--phone-column NAME] [--data-dir DIR] [--json]

Imports a contacts CSV into the list NAME (created when there is none of that name; an existing
list gets the new contacts, duplicates of its numbers are not added twice), through the same
pipeline as the app: encoding and delimiter detection, phone normalisation, de-duplication,
the opt-out list. \`peaksend send --list NAME\` sends to it.

Options:
  --list NAME          the list to import into (required)
  --country CC         country for numbers written without a country code (e.g. DE);
                       default: the list's own (an existing list), else the locale's
                       (LC_ALL/LANG), else none: then only numbers with + or 00 are read
  --phone-column NAME  the phone column: a header, or a 1-based column number (default: detected)
  --data-dir DIR       where the database lives (default: $PEAKSEND_DATA_DIR or ~/.peaksend-cli)
  --json               print one JSON object: listId, list, created, rows, imported, invalid,
                       duplicates, suppressed, warnings, country

Exit 0 when the file was imported (whatever its rows held), 1 when it could not be read (or has
no phone column), 2 on bad usage.`;

const flagSpec = {
  list: { type: 'string' },
  country: { type: 'string' },
  'phone-column': { type: 'string' },
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import a CSV into a contact list',
  help,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, flagSpec, true);
    const out = cliOutput(io, values.json === true);
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('missing the CSV file to import');
    if (extra.length > 0) throw new UsageError(`expected one file, got ${positionals.length}`);
    if (!values.list?.trim()) throw new UsageError('--list NAME is required');
    const engine = openCliEngine(values['data-dir'], io, out);
    try {
      const existing = findList(engine.db, values.list);
      const country = countryOption(values.country, io.env, existing?.defaultCountry ?? null);
      const { listId, created, counts } = await importIntoList(engine.db, {
        path: file,
        list: values.list,
        country: country.country,
        phoneColumn: values['phone-column'],
      });
      const result = {
        listId,
        list: values.list,
        created,
        rows: counts.total,
        imported: counts.imported,
        invalid: counts.invalid,
        duplicates: counts.duplicates,
        suppressed: counts.suppressed,
        warnings: counts.warnings,
        country: country.country,
        countrySource: country.source,
      };
      const text = [
        `list ${listId ?? '-'} "${printable(values.list)}"${created ? ' (new)' : ''}`,
        describeCountryOption(country),
        `rows ${counts.total}: imported ${counts.imported}, invalid ${counts.invalid}, duplicates ${counts.duplicates}, opted out ${counts.suppressed}${counts.warnings > 0 ? ` (${counts.warnings} with warnings)` : ''}`,
      ].join('\n');
      out.result(result, text);
      return 0;
    } finally {
      await engine.close();
    }
  },
};
