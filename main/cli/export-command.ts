import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CampaignStore } from '../engine/campaigns/campaign-store';
import { exportResults } from '../engine/campaigns/campaign-results';
import type { CliCommand, CliIo } from './cli-command';
import { withReadOnly } from './cli-engine';
import { cliOutput } from './cli-output';
import { parseCampaignArgs } from './campaign-id-arg';

const help = `Usage: peaksend export <campaignId> [--out FILE] [--data-dir DIR] [--json]

Writes the campaign's results as the app's results CSV: one row per recipient with its fields,
the message, parts, state (accepted, delivered, undelivered, no_report, uncertain, skipped, …),
CommPeak's uuid, the error, the delivery status and the times. Cells that a spreadsheet would
run as a formula are neutralised. Without --out the CSV goes to stdout (records end in LF
there, and control characters inside cells are shown escaped). It only reads: nothing
is created or changed in the data folder, and it is safe during a send.

Exit 0 written, 1 no such campaign or data folder (or the file cannot be written), 2 bad usage.`;

/** The CSV to stdout: written to a private temp file by the same exporter, then copied out. */
async function exportToStdout(io: CliIo, write: (path: string) => Promise<number>) {
  const dir = mkdtempSync(join(tmpdir(), 'peaksend-export-'));
  try {
    const path = join(dir, 'results.csv');
    const rows = await write(path);
    // Records end in LF here: everything the CLI prints goes through the terminal guard, which
    // shows a CR as \x0d (the --out file keeps CSV's CRLF).
    // The file's UTF-8 BOM is for spreadsheets; a pipe gets the CSV without it.
    let carry = '';
    let first = true;
    for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
      const text = carry + (first ? String(chunk).replace(/^\ufeff/, '') : String(chunk));
      first = false;
      carry = text.endsWith('\r') ? '\r' : '';
      io.stdout(text.slice(0, text.length - carry.length).replace(/\r\n/g, '\n'));
    }
    if (carry) io.stdout(carry);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: "a campaign's results as CSV (read-only)",
  help,
  async run(args, io) {
    const { id, dataDir, json, values } = parseCampaignArgs(args, 'export', {
      out: { type: 'string' },
    });
    const out = cliOutput(io, json);
    const target = values.out === undefined ? null : resolve(values.out);
    const rows = await withReadOnly(dataDir, io, async (db) => {
      new CampaignStore(db).get(id);
      const write = (path: string) => exportResults(db, id, path);
      return target === null ? exportToStdout(io, write) : write(target);
    });
    if (target !== null) {
      out.note(
        'exported',
        { campaignId: id, rows, path: target },
        `exported ${rows} rows of campaign ${id} to ${target}`,
      );
    }
    return 0;
  },
};
