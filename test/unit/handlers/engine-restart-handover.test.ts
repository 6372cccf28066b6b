import { afterEach, describe, expect, it } from 'vitest';
import type { EngineProcess } from '../../../main/engine-host/engine-process';
import { spawnNodeEngine } from '../../../main/engine-host/spawn-node-engine';
import { composeMain, type MainApp } from '../../../main/handlers/compose-main';
import { testHostPorts } from '../../support/main-ports';
import { tempDir } from '../../support/temp-dir';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function waitFor(check: () => boolean, ms = 15_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (Date.now() - started > ms) reject(new Error('timed out'));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

const ctx = { trusted: true, origin: 'test' };

async function sandboxProfiles(main: MainApp) {
  const list = await main.dispatch('streams:list', undefined, ctx);
  const health = await main.engineClient.engine.health();
  if (!list.ok || !health.ok) throw new Error('engine did not answer');
  const shown = (list.value as { id: string; sandboxProfile: string | null }[]).find(
    (s) => s.id === 'sandbox',
  )?.sandboxProfile;
  return { shown, engine: health.value.sandboxProfile };
}

describe('main hands its state to every engine it starts', () => {
  it('keeps the saved Sandbox profile after the engine process restarts', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const procs: EngineProcess[] = [];
    const main = composeMain(
      testHostPorts(() => {
        const p = spawnNodeEngine(dir.path);
        procs.push(p);
        return p;
      }),
    );
    cleanups.push(() => main.close());
    await main.ready();

    const set = await main.dispatch('streams:setSandboxProfile', { profile: 'flaky' }, ctx);
    expect(set).toMatchObject({ ok: true, value: { sandboxProfile: 'flaky' } });
    expect(await sandboxProfiles(main)).toEqual({ shown: 'flaky', engine: 'flaky' });

    procs[0]?.kill();
    await waitFor(() => main.engine.currentState === 'down');
    await main.ready();
    expect(procs).toHaveLength(2);
    // What the Streams page shows is what the restarted engine's sandbox does.
    expect(await sandboxProfiles(main)).toEqual({ shown: 'flaky', engine: 'flaky' });
  });
});
