import { UsageError, type CliCommand } from './cli-command';

const help = `Usage: peaksend opt-outs add <number>... [--country CC] [--data-dir DIR] [--json]
       peaksend opt-outs import <file> [--country CC] [--phone-column NAME] [--data-dir DIR] [--json]
       peaksend opt-outs list [--data-dir DIR] [--json]

The opt-out list: numbers that are never sent to (every send skips them, as in the app, and
checks the list again just before each message goes out). Numbers are matched in international
form, so a number added as "030 1234567" with --country DE is skipped however a list writes it.

  add       adds the numbers given. Exit 0 when every one is on the list now (added or
            already there), 1 when some could not be read as phone numbers (listed on stderr;
            the others were added). With --json: {"added","alreadySuppressed","invalid":[…]}.
  import    adds every number of a CSV (the same reading as a contact import). With --json:
            {"rows","added","alreadySuppressed","invalid","issues":[…]}.
  list      prints the list (read-only: nothing is created or changed). With --json:
            {"total","optOuts":[{"phone","source","note","createdAt"}]}.

Options:
  --country CC         country for numbers written without a country code (e.g. DE)
  --phone-column NAME  import: the phone column, a header or a 1-based number (default: detected)
  --data-dir DIR       where the database lives (default: $PEAKSEND_DATA_DIR or ~/.peaksend-cli)
  --json               print one JSON object on stdout; every stderr line is JSON too`;

const subcommands: Record<string, () => Promise<CliCommand['run']>> = {
  add: async () => (await import('./opt-outs-add')).runOptOutsAdd,
  import: async () => (await import('./opt-outs-import')).runOptOutsImport,
  list: async () => (await import('./opt-outs-list')).runOptOutsList,
};

export const optOutsCommand: CliCommand = {
  name: 'opt-outs',
  summary: 'add, import or list opt-outs',
  help,
  async run(args, io) {
    const [sub, ...rest] = args;
    const load = sub === undefined ? undefined : subcommands[sub];
    if (!load) {
      throw new UsageError(
        `say what to do: \`peaksend opt-outs add|import|list\`${sub === undefined ? '' : ` (not "${sub}")`}`,
      );
    }
    return (await load())(rest, io);
  },
};
