import { addSuppressions } from '../engine/contacts/suppression-list';
import { UsageError, type CliIo } from './cli-command';
import { openCliEngine } from './cli-engine';
import { cliOutput, printable } from './cli-output';
import { countryOption, describeCountryOption } from './country-option';
import { parseFlags } from './parse-flags';

/** `peaksend opt-outs add <number>... [--country CC]`. */
export async function runOptOutsAdd(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { country: { type: 'string' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' } },
    true,
  );
  const out = cliOutput(io, values.json === true);
  if (positionals.length === 0) throw new UsageError('give at least one number to add');
  const country = countryOption(values.country, io.env);
  const engine = openCliEngine(values['data-dir'], io, out);
  try {
    const result = addSuppressions(engine.db, positionals, {
      source: 'manual',
      defaultCountry: country.country,
    });
    for (const bad of result.invalid) {
      out.note(
        'invalid',
        { input: bad.input, reason: bad.reason, detail: bad.detail },
        `not added: "${printable(bad.input)}": ${printable(bad.detail)}`,
      );
    }
    const text = [
      describeCountryOption(country),
      `added ${result.added}, already on the list ${result.alreadySuppressed}, not a phone number ${result.invalid.length}`,
    ].join('\n');
    out.result({ ...result, country: country.country }, text);
    return result.invalid.length > 0 ? 1 : 0;
  } finally {
    await engine.close();
  }
}
