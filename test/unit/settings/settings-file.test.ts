import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConfSettingsFile } from '../../../main/preview/conf-settings-file';
import type { StreamRecord } from '../../../main/streams/stream-record';
import { StreamRepository } from '../../../main/streams/stream-repository';
import { testDataDir } from '../../support/test-engine';

const AT = new Date('2026-04-01T08:30:00.000Z');
const record = (id: string, name: string): StreamRecord => ({
  id,
  name,
  type: 'marketing',
  defaultSender: 'Brand',
  allowedIps: [],
  baseUrl: 'https://textpeak-streams.commpeak.com',
  rateLimit: 50,
  tokenCipher: 'Y2lwaGVy',
  tokenHint: '••••a3f2',
  tokenBound: true,
  protection: 'unprotected',
  createdAt: AT.toISOString(),
  updatedAt: AT.toISOString(),
});

function folderWith(content: string | Buffer): string {
  const dir = testDataDir();
  writeFileSync(join(dir, 'config.json'), content);
  return dir;
}

const damaged: [string, string | Buffer][] = [
  ['truncated', '{"streams": [{"id": "a", "name": "Ma'],
  ['random bytes', Buffer.from([0x8f, 0x01, 0xff, 0x7b, 0x22, 0x00, 0xc3, 0x28, 0x9a])],
  ['empty', ''],
  ['NUL bytes', Buffer.alloc(512)],
  ['not an object', '[]'],
];

describe('a damaged config.json', () => {
  it.each(damaged)('%s: kept as config.json.corrupt-<time>, defaults, a notice', (_, content) => {
    const dir = folderWith(content);
    const store = openConfSettingsFile(dir, { now: () => AT });
    const keptAs = 'config.json.corrupt-2026-04-01T08-30-00-000Z';
    expect(store.notice()).toEqual({ file: 'config.json', keptAs, lastGoodAt: null });
    expect(readFileSync(join(dir, keptAs))).toEqual(Buffer.from(content));
    expect(store.get('streams')).toBeUndefined();
    // The app goes on with defaults and saves normally.
    store.set('sandbox', { profile: 'flaky' });
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({
      sandbox: { profile: 'flaky' },
    });
  });

  it('offers the last good copy, and putting it back brings the streams back', () => {
    const dir = testDataDir();
    const before = openConfSettingsFile(dir);
    before.set('streams', [record('a', 'Main')]);
    before.set('streams', [record('a', 'Main'), record('b', 'Backup')]);
    // The copy holds the file as it was before the last save.
    expect(JSON.parse(readFileSync(join(dir, 'config.json.last-good'), 'utf8'))).toEqual({
      streams: [record('a', 'Main')],
    });
    writeFileSync(join(dir, 'config.json'), '{"streams": [{"id": "a"');
    const after = openConfSettingsFile(dir);
    expect(after.notice()?.lastGoodAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(after.restoreLastGood()).toBe(true);
    expect(after.notice()).toBeNull();
    expect(new StreamRepository(after).records().map((r) => r.name)).toEqual(['Main']);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({
      streams: [record('a', 'Main')],
    });
  });

  it('reads files electron-store and conf wrote, dot-path keys included', () => {
    const dir = folderWith('{\n\t"network": {\n\t\t"useNodeFetch": true\n\t},\n\t"streams": []\n}');
    const store = openConfSettingsFile(dir);
    expect(store.notice()).toBeNull();
    expect(store.get('network.useNodeFetch')).toBe(true);
    store.set('network.useNodeFetch', false);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({
      network: { useNodeFetch: false },
      streams: [],
    });
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('stream records of the wrong shape are never dropped', () => {
  it('an unreadable record is written back untouched and shown as unreadable', () => {
    const broken = { id: 'c', name: 'Old stream', type: 'whatsapp', baseUrl: 'https://x.example' };
    const dir = folderWith(JSON.stringify({ streams: [record('a', 'Main'), broken] }));
    const repo = new StreamRepository(openConfSettingsFile(dir));
    expect(repo.records().map((r) => r.name)).toEqual(['Main']);
    expect(repo.unreadable()).toEqual([
      expect.objectContaining({ name: 'Old stream', baseUrl: 'https://x.example', type: null }),
    ]);
    // A save of the readable ones (what adding, editing or deleting a stream does).
    repo.saveRecords([...repo.records(), record('b', 'New')]);
    const file = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(file.streams).toEqual([record('a', 'Main'), record('b', 'New'), broken]);
    const key = repo.unreadable()[0]?.key ?? '';
    repo.removeUnreadable(key);
    expect(repo.unreadable()).toEqual([]);
    expect(repo.records().map((r) => r.name)).toEqual(['Main', 'New']);
  });

  it('"streams" that is not a list is kept under streamsUnreadable on the next save', () => {
    const dir = folderWith('{"streams": "oops"}');
    const repo = new StreamRepository(openConfSettingsFile(dir));
    expect(repo.unreadable()).toHaveLength(1);
    repo.saveRecords([record('a', 'Main')]);
    const file = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(file).toEqual({ streams: [record('a', 'Main')], streamsUnreadable: ['oops'] });
    expect(repo.unreadable()).toHaveLength(1);
    expect(existsSync(join(dir, 'config.json.last-good'))).toBe(true);
  });
});
