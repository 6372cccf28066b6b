import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppHealth } from '../../../shared/contract/health-contract';
import type { StreamView } from '../../../shared/streams/stream-types';
import type { UnreadableStreamView } from '../../../shared/streams/unreadable-stream';
import { spawnNodeEngine } from '../../../main/engine-host/spawn-node-engine';
import { composeMain } from '../../../main/handlers/compose-main';
import { openConfSettingsFile } from '../../../main/preview/conf-settings-file';
import { testHostPorts } from '../../support/main-ports';
import { rowOf, secondsSince, type Scenario } from '../scenario';

const ctx = { trusted: true, origin: 'reliability' };

/** Starts the app's main side on `dataDir` with the real config.json store; answers its calls. */
async function appOn(dataDir: string) {
  const host = testHostPorts(() => spawnNodeEngine(dataDir), {
    store: openConfSettingsFile(dataDir),
    info: { version: 'reliability', host: 'preview', dataDir },
    log: () => {},
  });
  const main = composeMain(host);
  await main.ready();
  const call = async <T>(channel: string, input?: unknown) => {
    const answer = await main.dispatch(channel, input, ctx);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as T;
  };
  return { main, call };
}

/**
 * config.json damaged two ways before the app starts: cut off (must be kept aside, defaults
 * used, the user told which file), and the wrong shape with stream records in it (every record
 * must survive the next save). The "recipients" here are stream records; "lost" is any record
 * not in the file afterwards.
 */
export const damagedConfig: Scenario = {
  name: 'damaged-config',
  async run() {
    const started = performance.now();
    const cut = mkdtempSync(join(tmpdir(), 'peaksend-rel-config-'));
    const shape = mkdtempSync(join(tmpdir(), 'peaksend-rel-config-'));
    try {
      writeFileSync(join(cut, 'config.json'), '{"streams": [{"id": "a", "na');
      const first = await appOn(cut);
      const health = await first.call<AppHealth>('app:health');
      const streams = await first.call<StreamView[]>('streams:list');
      await first.main.close();
      const kept = health.settings?.keptAs ?? '';
      const keptOk = kept !== '' && existsSync(join(cut, kept));

      const records = [
        { name: 'Old A', baseUrl: 'https://a.example.com' },
        { name: 'Old B', type: 'future-type' },
        'not even an object',
      ];
      writeFileSync(join(shape, 'config.json'), JSON.stringify({ streams: records }));
      const second = await appOn(shape);
      const before = await second.call<UnreadableStreamView[]>('streams:unreadable');
      // Any save rewrites the file: here a preference.
      await second.call('settings:setNetwork', { useNodeFetch: true });
      await second.main.close();
      const file = JSON.parse(readFileSync(join(shape, 'config.json'), 'utf8')) as {
        streams: unknown[];
      };
      const survived = records.filter((r) =>
        file.streams.some((s) => JSON.stringify(s) === JSON.stringify(r)),
      ).length;
      return [
        rowOf(
          'damaged config.json at start',
          {
            recipients: records.length,
            accepted: survived,
            duplicates: 0,
            lost: records.length - survived,
            uncertain: 0,
            countersOff: 0,
          },
          secondsSince(started),
          `app up (engine ${health.engine.state}, ${streams.length} stream); kept ${keptOk ? kept : 'NOTHING'}; ` +
            `${before.length} unreadable records shown; files: ${readdirSync(shape).join(', ')}`,
          [!keptOk && 'the damaged file was not kept'],
        ),
      ];
    } finally {
      rmSync(cut, { recursive: true, force: true });
      rmSync(shape, { recursive: true, force: true });
    }
  },
};
