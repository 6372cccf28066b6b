import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportFinishedEvent } from '../../../shared/contacts/contact-types';
import { createEngine } from '../../../main/engine/engine';
import { startSandbox } from '../../../main/sandbox/start-sandbox';
import { seedList } from '../../support/seed-contacts';
import { mountTmpfs, tmpfsUnavailable } from '../../support/tmpfs';
import { auditCampaign } from '../ledger-audit';
import { rowOf, secondsSince, skippedRow, until, type Scenario } from '../scenario';
import { RELIABILITY_TOKEN, sendToList } from './send-to-list';

const NAME = 'disk full during an import';
const IMPORT_ROWS = 600_000;

/**
 * A list of `recipients` contacts on a real 400 MB tmpfs; 600,000 more are imported into it and
 * another program fills the disk once the first rows are in. The import must end truthfully,
 * the engine must keep serving, the undo must finish once the space is back, and the list must
 * then be exactly what it was: a campaign to it reaches every recipient once.
 */
export const diskFullImport: Scenario = {
  name: 'diskfull-import',
  async run({ recipients }) {
    const why = tmpfsUnavailable();
    if (why) return [skippedRow(NAME, why)];
    const work = mkdtempSync(join(tmpdir(), 'peaksend-rel-import-'));
    const csv = join(work, 'more.csv');
    const lines = ['first_name,phone'];
    for (let i = 0; i < IMPORT_ROWS; i++) lines.push(`More${i},+97252${1_000_000 + i}`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const fs = mountTmpfs(400);
    const dataDir = join(fs.path, 'data');
    const sandbox = await startSandbox({ profile: 'clean', tokens: [RELIABILITY_TOKEN] });
    const engine = createEngine({ dataDir, diskRetryMs: 200 });
    const started = performance.now();
    try {
      const listId = seedList(engine.db, 'Customers', recipients);
      let finished: ImportFinishedEvent | null = null;
      let filled = false;
      engine.onEvent((name, payload) => {
        if (name === 'contacts:importProgress' && !filled && payload.rowsRead > 0) {
          filled = true;
          fs.fill();
        }
        if (name === 'contacts:importFinished') finished = payload;
      });
      const ctx = { trusted: true, origin: 'reliability' };
      await engine.dispatch(
        'contacts:startImportPath',
        {
          path: csv,
          listId,
          phoneColumn: 1,
          fieldColumns: { '0': 'first_name' },
          defaultCountry: 'IL',
        },
        ctx,
      );
      await until(() => finished !== null, 120_000, 'the import to end');
      const event = finished as unknown as ImportFinishedEvent;
      const serving = (await engine.dispatch('contacts:lists', undefined, ctx)).ok;
      const undo = event.ok ? 'finished?!' : event.undo;
      fs.free();
      await until(
        () =>
          engine.db.prepare(`SELECT COUNT(*) AS n FROM import_runs WHERE status = 'running'`).get()
            ?.n === 0,
        120_000,
        'the undo',
      );
      const count = Number(
        engine.db.prepare('SELECT COUNT(*) AS n FROM contacts WHERE list_id = ?').get(listId)?.n,
      );
      const campaignId = await sendToList(engine, sandbox, listId, 'after the disk was full');
      await engine.close();
      const audit = auditCampaign(dataDir, campaignId, sandbox.received());
      return [
        rowOf(
          NAME,
          // A contact the undo took that was there before counts as lost.
          { ...audit, lost: audit.lost + Math.max(0, recipients - count) },
          secondsSince(started),
          `undo ${undo}, served while full: ${serving}, list after undo ${count}/${recipients}`,
        ),
      ];
    } finally {
      await engine.close().catch(() => {});
      await sandbox.close();
      fs.unmount();
      rmSync(work, { recursive: true, force: true });
    }
  },
};
