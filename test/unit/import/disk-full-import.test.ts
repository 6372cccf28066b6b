import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContactListView, ImportFinishedEvent } from '../../../shared/contacts/contact-types';
import type { DiskStatus } from '../../../shared/contract/health-contract';
import { AppFailure } from '../../../shared/contract/result';
import type { EngineHealth } from '../../../main/engine-contract/engine-health-contract';
import type { Engine } from '../../../main/engine/engine';
import { createEngine } from '../../../main/engine/engine';
import { engineFailureOf } from '../../../main/engine/engine-failure';
import { tempDir } from '../../support/temp-dir';
import { mountTmpfs, tmpfsUnavailable, type Tmpfs } from '../../support/tmpfs';
import { waitFor } from '../../support/wait';

const ctx = { trusted: true, origin: 'test' };
const unavailable = tmpfsUnavailable();
if (unavailable) console.warn(`disk-full import tests skipped: ${unavailable}`);

const ROWS = 600_000;

/** A 20 MB contacts CSV outside the small file system (the user's file is elsewhere). */
function bigCsv(): string {
  const dir = tempDir();
  const path = join(dir.path, 'big-list.csv');
  const lines = ['name,phone,city'];
  for (let i = 0; i < ROWS; i++) lines.push(`Person ${i},+97252${1_000_000 + i},Haifa`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function call<T>(engine: Engine, channel: string, input?: unknown): Promise<T> {
  const answer = await engine.dispatch(channel, input, ctx);
  if (!answer.ok) throw new AppFailure(answer.error.code, answer.error.message);
  return answer.value as T;
}

/** Starts an import; the disk fills up (another program) once its first rows are written. */
async function importUntilTheDiskIsFull(engine: Engine, fs: Tmpfs, csv: string) {
  let filled = false;
  let finished: ImportFinishedEvent | null = null;
  let listsWhenTold: ContactListView[] | null = null;
  engine.onEvent((name, payload) => {
    if (name === 'contacts:importProgress' && !filled && payload.rowsRead > 0) {
      filled = true;
      fs.fill();
    }
    if (name === 'contacts:importFinished') {
      finished = payload;
      // What the database holds at the very moment the user is told.
      void call<ContactListView[]>(engine, 'contacts:lists').then((l) => (listsWhenTold = l));
    }
  });
  await call(engine, 'contacts:startImportPath', {
    path: csv,
    newListName: 'Big',
    phoneColumn: 1,
    fieldColumns: { '0': 'name' },
    defaultCountry: 'IL',
    encoding: 'utf-8',
    delimiter: ',',
    hasHeader: true,
  });
  await waitFor(() => finished !== null && listsWhenTold !== null, 120_000, 'the import to end');
  return {
    event: finished as unknown as Extract<ImportFinishedEvent, { ok: false }>,
    lists: listsWhenTold as unknown as ContactListView[],
  };
}

describe.skipIf(unavailable !== null)('disk full during a real import (tmpfs)', () => {
  it('tells the truth, keeps serving, and finishes the undo once space is back', async () => {
    const csv = bigCsv();
    const fs = mountTmpfs(400);
    const dataDir = join(fs.path, 'data');
    const engine = createEngine({ dataDir, diskRetryMs: 100 });
    try {
      // A draft that will send to the list the import creates (the first list: id 1), saved
      // while there is still room for it.
      const campaign = engine.campaigns.create('Promo', {
        streamId: 's1',
        template: 'Hi',
        listIds: [1],
        quietHours: false,
      });
      const { event, lists } = await importUntilTheDiskIsFull(engine, fs, csv);
      expect(event.ok).toBe(false);
      console.info(`disk full mid-import: undo ${event.undo} — ${event.message}`);
      expect(event.message).toMatch(/disk holding Peaksend's data is full/);
      if (event.undo === 'done') {
        // "Nothing was saved" only once it is true.
        expect(event.message).toMatch(/nothing was saved/);
        expect(lists).toEqual([]);
      } else {
        expect(event.message).toMatch(/import interrupted — not usable/);
        expect(lists).toMatchObject([{ name: 'Big', importing: { state: 'interrupted' } }]);
        // Not an audience while the undo waits.
        expect(lists[0]?.id).toBe(1);
        await expect(
          engine.coordinator.start(campaign.id, {
            id: 's1',
            name: 'S',
            sandbox: false,
            baseUrl: 'http://127.0.0.1:9',
            origin: 'http://127.0.0.1:9',
            token: 't',
            rateLimit: 10,
            defaultSender: 'Brand',
          }),
        ).rejects.toMatchObject({ code: 'CONFLICT', message: /not usable yet/ });
        const health = await call<EngineHealth>(engine, 'engine:health');
        expect(health.disk).toMatchObject({
          state: 'fault',
          kind: 'diskFull',
          waiting: ['Undo the interrupted import of big-list.csv'],
        });
      }
      // Serving meanwhile.
      expect(await call<unknown[]>(engine, 'contacts:lists')).toBeInstanceOf(Array);

      const statuses: DiskStatus[] = [];
      engine.onEvent((name, payload) => {
        if (name === 'app:diskStatus') statuses.push(payload);
      });
      fs.free();
      await waitFor(
        () => (engine.db.prepare(`SELECT COUNT(*) AS n FROM contact_lists`).get()?.n ?? 1) === 0,
        60_000,
        'the undo to finish',
      );
      expect(await call<unknown[]>(engine, 'contacts:lists')).toEqual([]);
      expect(engine.db.prepare('SELECT status FROM import_runs').all()).toEqual([
        { status: 'failed' },
      ]);
      if (event.undo === 'pending') await waitFor(() => statuses.at(-1)?.state === 'ok', 5000);
    } finally {
      await engine.close();
      fs.unmount();
    }
  });

  it('recovery at start survives a full disk: the engine comes up and the undo waits', async () => {
    const csv = bigCsv();
    const fs = mountTmpfs(400);
    const dataDir = join(fs.path, 'data');
    try {
      const first = createEngine({ dataDir, diskRetryMs: 60_000 });
      const { event } = await importUntilTheDiskIsFull(first, fs, csv);
      await first.close();
      // Still full when Peaksend starts again (the undo may have gone through the first time).
      const again = createEngine({ dataDir, diskRetryMs: 100 });
      try {
        const lists = await call<ContactListView[]>(again, 'contacts:lists');
        if (event.undo === 'pending') {
          expect(lists).toMatchObject([{ name: 'Big', importing: { state: 'interrupted' } }]);
          const health = await call<EngineHealth>(again, 'engine:health');
          expect(health.disk).toMatchObject({ state: 'fault', kind: 'diskFull' });
        } else expect(lists).toEqual([]);
        fs.free();
        await waitFor(
          () => (again.db.prepare(`SELECT COUNT(*) AS n FROM contact_lists`).get()?.n ?? 1) === 0,
          60_000,
          'the undo to finish',
        );
        const health = await call<EngineHealth>(again, 'engine:health');
        expect(health.disk).toEqual({ state: 'ok' });
      } finally {
        await again.close();
      }
    } finally {
      fs.unmount();
    }
  });

  it('a disk too full to create the database is a diskFull failure, not a crash', () => {
    const fs = mountTmpfs(8);
    try {
      fs.fill();
      const dataDir = join(fs.path, 'data');
      let failure: unknown = null;
      try {
        createEngine({ dataDir }).close();
      } catch (error) {
        failure = engineFailureOf(error, dataDir);
      }
      expect(failure).toMatchObject({
        reason: 'diskFull',
        detail: "The disk holding Peaksend's data is full (0 MB free).",
      });
    } finally {
      fs.unmount();
    }
  });

  it('refuses an import the disk cannot hold before writing anything', async () => {
    const csv = bigCsv();
    const fs = mountTmpfs(64);
    const engine = createEngine({ dataDir: join(fs.path, 'data') });
    try {
      let finished: ImportFinishedEvent | null = null;
      engine.onEvent((name, payload) => {
        if (name === 'contacts:importFinished') finished = payload;
      });
      await call(engine, 'contacts:startImportPath', {
        path: csv,
        newListName: 'Big',
        phoneColumn: 1,
        fieldColumns: {},
        defaultCountry: 'IL',
      });
      await waitFor(() => finished !== null, 30_000);
      expect(finished).toMatchObject({
        ok: false,
        undo: 'done',
        message: expect.stringMatching(
          /^Not enough free disk space for this import: it needs about \d+ MB and the disk holding Peaksend's data has \d+ MB free\./,
        ),
      });
      expect(await call<unknown[]>(engine, 'contacts:lists')).toEqual([]);
    } finally {
      await engine.close();
      fs.unmount();
    }
  });
});
