import { listSuppressions } from '../engine/contacts/suppression-list';
import type { CliIo } from './cli-command';
import { withReadOnly } from './cli-engine';
import { cliOutput, printable } from './cli-output';
import { parseFlags } from './parse-flags';

const PAGE = 1000;

/** `peaksend opt-outs list [--json]`: read-only. */
export async function runOptOutsList(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    'data-dir': { type: 'string' },
    json: { type: 'boolean' },
  });
  const out = cliOutput(io, values.json === true);
  const all = await withReadOnly(values['data-dir'], io, (db) => {
    const rows: ReturnType<typeof listSuppressions>['rows'] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = listSuppressions(db, { offset, limit: PAGE });
      rows.push(...page.rows);
      if (page.rows.length < PAGE) return rows;
    }
  });
  const text =
    all.length === 0
      ? 'the opt-out list is empty'
      : all
          .map(
            (r) =>
              `${r.phone.padEnd(17)} ${r.source.padEnd(7)} ${r.createdAt.slice(0, 19)}${r.note ? `  ${printable(r.note)}` : ''}`,
          )
          .join('\n');
  out.result({ total: all.length, optOuts: all }, text);
  return 0;
}
