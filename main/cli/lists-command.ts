import { listLists } from '../engine/contacts/contact-list';
import type { CliCommand } from './cli-command';
import { withReadOnly } from './cli-engine';
import { cliOutput, printable } from './cli-output';
import { parseFlags } from './parse-flags';

const help = `Usage: peaksend lists [--data-dir DIR] [--json]

Prints the contact lists of the data folder: id, contacts, default country, name. It only
reads (nothing is created or changed, it is safe during a send). With --json:
{"lists":[{"id","name","contacts","defaultCountry","createdAt","updatedAt"}]}.

Exit 0, 1 when there is no data folder there, 2 on bad usage.`;

export const listsCommand: CliCommand = {
  name: 'lists',
  summary: 'the contact lists (read-only)',
  help,
  async run(args, io) {
    const { values } = parseFlags(args, {
      'data-dir': { type: 'string' },
      json: { type: 'boolean' },
    });
    const out = cliOutput(io, values.json === true);
    const lists = await withReadOnly(values['data-dir'], io, (db) => listLists(db));
    const rows = lists.map((l) => ({
      id: l.id,
      name: l.name,
      contacts: l.contactCount,
      defaultCountry: l.defaultCountry,
      createdAt: l.createdAt,
      updatedAt: l.updatedAt,
    }));
    const width = Math.max(8, ...rows.map((r) => String(r.contacts).length));
    const text =
      rows.length === 0
        ? 'no lists yet (`peaksend import <file> --list NAME` makes one)'
        : [
            `${'id'.padEnd(6)} ${'contacts'.padStart(width)}  country  name`,
            ...rows.map(
              (r) =>
                `${String(r.id).padEnd(6)} ${String(r.contacts).padStart(width)}  ${(r.defaultCountry ?? '-').padEnd(7)}  ${printable(r.name)}`,
            ),
          ].join('\n');
    out.result({ lists: rows }, text);
    return 0;
  },
};
