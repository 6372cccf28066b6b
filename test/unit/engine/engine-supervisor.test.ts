import { afterEach, describe, expect, it } from 'vitest';
import { createEngineClient } from '../../../main/engine-contract/engine-contract';
import type { EngineProcess } from '../../../main/engine-host/engine-process';
import { EngineSupervisor, type EngineState } from '../../../main/engine-host/engine-supervisor';
import { spawnNodeEngine } from '../../../main/engine-host/spawn-node-engine';
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

describe('engine over the child-process protocol', () => {
  it('answers typed requests from a real engine process with its own database', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const sup = new EngineSupervisor({ spawn: () => spawnNodeEngine(dir.path) });
    cleanups.push(() => sup.stop());
    sup.start();
    await sup.ready();
    const r = await createEngineClient(sup).engine.health();
    expect(r).toMatchObject({ ok: true, value: { dataDir: dir.path } });
    if (r.ok) expect(r.value.schemaVersion).toBeGreaterThanOrEqual(1);
    // Through the raw transport, as a main-side bug would send them: refused as data.
    expect(await sup.invoke('engine:nope', undefined)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await sup.invoke('engine:health', { unexpected: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('fails calls cleanly while the engine is down and restarts it', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const procs: EngineProcess[] = [];
    const states: EngineState[] = [];
    const sup = new EngineSupervisor({
      spawn: () => {
        const p = spawnNodeEngine(dir.path);
        procs.push(p);
        return p;
      },
      restartDelayMs: () => 300,
      onState: (s) => states.push(s),
    });
    cleanups.push(() => sup.stop());
    sup.start();
    await sup.ready();

    procs[0]?.kill();
    await waitFor(() => sup.currentState === 'down');
    const whileDown = await sup.invoke('engine:health', undefined);
    expect(whileDown).toMatchObject({ ok: false, error: { code: 'ENGINE_UNAVAILABLE' } });

    await waitFor(() => sup.currentState === 'up');
    expect(procs).toHaveLength(2);
    expect(await sup.invoke('engine:health', undefined)).toMatchObject({ ok: true });
    expect(states).toEqual(['starting', 'up', 'down', 'starting', 'up']);
  });

  it('settles a call that is in flight when the process dies', async () => {
    let post: ((m: unknown) => void) | undefined;
    let exit: ((reason: string) => void) | undefined;
    const sup = new EngineSupervisor({
      // A process that never answers requests, to catch the in-flight window deterministically.
      spawn: () => ({
        post: () => {},
        onMessage: (l) => {
          post = l as (m: unknown) => void;
        },
        onExit: (l) => {
          exit = l;
        },
        kill: () => exit?.('killed'),
      }),
      restartDelayMs: () => 60_000,
    });
    sup.start();
    post?.({ type: 'ready', pid: 1 });
    const inFlight = sup.invoke('engine:health', undefined);
    exit?.('crashed');
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'ENGINE_UNAVAILABLE' } });
    await sup.stop(10);
  });
});
