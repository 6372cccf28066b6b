import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/contract/result';
import { openConfSettingsFile } from '../../../main/preview/conf-settings-file';
import {
  LIBRARY_OPTIONS,
  openSettingsFile,
  type Settings,
} from '../../../main/ports/settings-file';
import { testDataDir } from '../../support/test-engine';

const AT = new Date('2026-04-01T08:30:00.000Z');
const KEPT = 'config.json.corrupt-2026-04-01T08-30-00-000Z';

const damaged: [string, string | Buffer][] = [
  ['truncated', '{"streams": [{"id": "a", "name": "Ma'],
  ['random bytes', Buffer.from([0x8f, 0x01, 0xff, 0x7b, 0x22, 0x00, 0xc3, 0x28, 0x9a])],
  ['empty', ''],
  ['NUL bytes', Buffer.alloc(512)],
  ['not an object', '[]'],
];

const read = (dir: string, name = 'config.json') =>
  JSON.parse(readFileSync(join(dir, name), 'utf8')) as Settings;
const mode = (path: string) => statSync(path).mode & 0o777;
const conf = (cwd: string, extra: { configFileMode?: number } = {}) =>
  new Conf<Settings>({
    cwd,
    configName: 'config',
    projectName: 'peaksend',
    ...LIBRARY_OPTIONS,
    ...extra,
  });

describe('the guard in front of conf', () => {
  it.each(damaged)('%s: never throws, keeps the file and the last good copy', (_, content) => {
    const dir = testDataDir();
    const before = openConfSettingsFile(dir);
    before.set('sandbox', { profile: 'clean' });
    before.set('sandbox', { profile: 'flaky' });
    const lastGood = readFileSync(join(dir, 'config.json.last-good'));
    writeFileSync(join(dir, 'config.json'), content);

    const after = openConfSettingsFile(dir, { now: () => AT });
    expect(after.notice()).toEqual({
      file: 'config.json',
      keptAs: KEPT,
      lastGoodAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(readFileSync(join(dir, KEPT))).toEqual(Buffer.from(content));
    expect(mode(join(dir, KEPT))).toBe(0o600);
    expect(after.get('sandbox')).toBeUndefined();
    // A save with defaults does not touch the copy of the file before the damage…
    after.set('network.useNodeFetch', true);
    expect(readFileSync(join(dir, 'config.json.last-good'))).toEqual(lastGood);
    expect(read(dir)).toEqual({ network: { useNodeFetch: true } });
    // …so putting it back still brings back what was there.
    expect(after.restoreLastGood()).toBe(true);
    expect(after.get('sandbox')).toEqual({ profile: 'clean' });
    expect(read(dir)).toEqual({ sandbox: { profile: 'clean' } });
    expect(mode(join(dir, 'config.json'))).toBe(0o600);
  });

  it.each(damaged)(
    '%s: conf is opened once, on a folder without the damaged file',
    (_, content) => {
      const dir = testDataDir();
      writeFileSync(join(dir, 'config.json'), content);
      const seen: boolean[] = [];
      openSettingsFile(dir, (cwd) => {
        seen.push(existsSync(join(cwd, 'config.json')));
        return conf(cwd);
      });
      expect(seen).toEqual([false]);
    },
  );

  it('a file damaged between the guard and the library is kept aside too', () => {
    const dir = testDataDir();
    let opens = 0;
    const store = openSettingsFile(
      dir,
      (cwd) => {
        // Another writer cuts the file off just before conf reads it (conf throws on it).
        if ((opens += 1) === 1) writeFileSync(join(cwd, 'config.json'), '{"sandbox": {');
        return conf(cwd);
      },
      { now: () => AT },
    );
    expect(opens).toBe(2);
    expect(store.notice()).toEqual({ file: 'config.json', keptAs: KEPT, lastGoodAt: null });
    expect(readFileSync(join(dir, KEPT), 'utf8')).toBe('{"sandbox": {');
    store.set('sandbox', { profile: 'flaky' });
    expect(read(dir)).toEqual({ sandbox: { profile: 'flaky' } });
  });

  it('a library that cannot be opened leaves defaults, a notice and refused saves', () => {
    const dir = testDataDir();
    writeFileSync(join(dir, 'config.json'), '{"sandbox": {"profile": "clean"}}');
    let broken = true;
    // conf refuses a mode its owner cannot read, at construction: a real constructor that throws.
    const store = openSettingsFile(dir, (cwd) =>
      conf(cwd, broken ? { configFileMode: 0o200 } : {}),
    );
    expect(store.notice()).toEqual({
      file: 'config.json',
      keptAs: 'config.json',
      lastGoodAt: null,
    });
    expect(store.get('sandbox')).toBeUndefined();
    expect(() => store.set('sandbox', { profile: 'flaky' })).toThrow(AppFailure);
    expect(read(dir)).toEqual({ sandbox: { profile: 'clean' } });

    // Once it opens, the file it finds is the one the save changes.
    broken = false;
    expect(store.get('sandbox')).toEqual({ profile: 'clean' });
    store.set('network.useNodeFetch', true);
    expect(read(dir)).toEqual({ sandbox: { profile: 'clean' }, network: { useNodeFetch: true } });
  });

  it.each([...damaged, ['deleted', null] as const])(
    'config.json %s while the app runs: reads go on, the next save keeps everything',
    (_, content) => {
      const dir = testDataDir();
      const store = openConfSettingsFile(dir, { now: () => AT });
      store.set('streams', [{ id: 'a', name: 'Main' }]);
      if (content === null) rmSync(join(dir, 'config.json'));
      else writeFileSync(join(dir, 'config.json'), content);

      expect(store.get('streams')).toEqual([{ id: 'a', name: 'Main' }]);
      store.set('sandbox', { profile: 'flaky' });
      expect(read(dir)).toEqual({
        streams: [{ id: 'a', name: 'Main' }],
        sandbox: { profile: 'flaky' },
      });
      if (content !== null) expect(readFileSync(join(dir, KEPT))).toEqual(Buffer.from(content));
      expect(store.notice()).toBeNull();
      expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    },
  );

  it('hands out copies: changing a value read does not change the store', () => {
    const store = openConfSettingsFile(testDataDir());
    store.set('sandbox', { profile: 'clean' });
    const value = store.get('sandbox') as { profile: string };
    value.profile = 'changed';
    expect(store.get('sandbox')).toEqual({ profile: 'clean' });
  });
});
