import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished, describe, expect, it } from 'vitest';
import type { AppHealth, BackupView } from '../../../shared/contract/health-contract';
import type { Result } from '../../../shared/contract/result';
import { DATABASE_FILE } from '../../../main/engine/db/open-database';
import type { EngineProcess } from '../../../main/engine-host/engine-process';
import { spawnNodeEngine } from '../../../main/engine-host/spawn-node-engine';
import { composeMain } from '../../../main/handlers/compose-main';
import { scribbleBtreePage, truncateHalf } from '../../support/damage-file';
import { testHostPorts } from '../../support/main-ports';
import { seedList } from '../../support/seed-contacts';
import { testDataDir, testEngine } from '../../support/test-engine';

const ctx = { trusted: true, origin: 'test' };

/** A data folder with a list of 3,000 contacts and one backup of it, then more data after it. */
async function folderWithBackup(): Promise<string> {
  const dir = testDataDir();
  const engine = testEngine({ dataDir: dir });
  seedList(engine.db, 'Backed up', 3000);
  await engine.dispatch('engine:backupNow', undefined, ctx);
  seedList(engine.db, 'After the backup', 10_000, { prefix: '+49160' });
  await engine.close();
  return dir;
}

/** The app's main side over real engine processes on `dir`, counting how many were started. */
async function mainOn(dir: string) {
  const spawned: EngineProcess[] = [];
  const host = testHostPorts(
    () => {
      const p = spawnNodeEngine(dir);
      spawned.push(p);
      return p;
    },
    { info: { version: 'test', host: 'preview', dataDir: dir } },
  );
  const main = composeMain(host);
  onTestFinished(() => main.close());
  await main.ready();
  const call = async <T>(channel: string, input?: unknown) =>
    (await main.dispatch(channel, input, ctx)) as Result<T>;
  return { main, host, spawned, call };
}

describe('a damaged database at start', () => {
  it('stops restarting after three identical failures and says why', async () => {
    const dir = await folderWithBackup();
    truncateHalf(join(dir, DATABASE_FILE));
    const { spawned, call, host } = await mainOn(dir);
    expect(spawned).toHaveLength(3);
    const health = await call<AppHealth>('app:health');
    expect(health).toMatchObject({
      ok: true,
      value: { engine: { state: 'failed', failure: { reason: 'databaseDamaged' } } },
    });
    expect(host.events.at(-1)).toMatchObject([
      'app:engineStatus',
      { state: 'failed', failure: { reason: 'databaseDamaged' } },
    ]);
    // Nothing else runs meanwhile: calls answer at once instead of waiting for an engine.
    expect(await call('contacts:lists')).toMatchObject({
      ok: false,
      error: { code: 'ENGINE_UNAVAILABLE' },
    });
  });

  it('restores a backup: the app opens with the backup’s data, the damaged file kept aside', async () => {
    const dir = await folderWithBackup();
    scribbleBtreePage(join(dir, DATABASE_FILE));
    const { call } = await mainOn(dir);
    const backups = await call<BackupView[]>('recovery:backups');
    expect(backups.ok && backups.value).toMatchObject([
      { reason: 'manual', lists: 1, contacts: 3000, campaigns: 0, ledgerRows: 0 },
    ]);
    const file = backups.ok ? (backups.value[0]?.file ?? '') : '';
    expect(await call('recovery:restoreBackup', { file })).toMatchObject({
      ok: true,
      value: { state: 'up' },
    });
    const lists = await call<{ name: string; contactCount: number }[]>('contacts:lists');
    expect(lists.ok && lists.value.map((l) => [l.name, l.contactCount])).toEqual([
      ['Backed up', 3000],
    ]);
    expect(readdirSync(dir).some((f) => f.startsWith(`${DATABASE_FILE}.damaged-`))).toBe(true);
  });

  it('moves the damaged file aside and starts empty', async () => {
    const dir = await folderWithBackup();
    truncateHalf(join(dir, DATABASE_FILE));
    const { call } = await mainOn(dir);
    expect(await call('recovery:startEmpty')).toMatchObject({ ok: true, value: { state: 'up' } });
    expect(await call('contacts:lists')).toEqual({ ok: true, value: [] });
    const kept = readdirSync(dir).filter((f) => f.startsWith(`${DATABASE_FILE}.damaged-`));
    expect(kept).toHaveLength(1);
  });

  it('offers recovery only while the engine cannot open the database', async () => {
    const dir = await folderWithBackup();
    const { call } = await mainOn(dir);
    expect(await call('recovery:startEmpty')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const lists = await call<unknown[]>('contacts:lists');
    expect(lists.ok && lists.value).toHaveLength(2);
  });
});
