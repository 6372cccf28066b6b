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

describe('a supervisor facing an engine that cannot start', () => {
  /** Processes that say `failed` (or simply exit) before they are ever ready. */
  function failingSpawn(behaviour: (n: number) => 'fail' | 'exit' | 'ready') {
    let n = 0;
    return () => {
      const which = behaviour(n++);
      let onMessage: ((m: unknown) => void) | undefined;
      const exits: ((reason: string) => void)[] = [];
      const proc: EngineProcess = {
        post: () => {},
        onMessage: (l) => {
          onMessage = l as (m: unknown) => void;
          queueMicrotask(() => {
            if (which === 'ready') return onMessage?.({ type: 'ready', pid: n });
            if (which === 'fail') {
              onMessage?.({
                type: 'failed',
                failure: { reason: 'databaseDamaged', detail: `malformed (try ${n})` },
              });
            }
            for (const l of exits) l('exited with code 1');
          });
        },
        onExit: (l) => void exits.push(l),
        kill: () => exits.forEach((l) => l('killed')),
      };
      return proc;
    };
  }

  it('stops after three identical failures and keeps the reason the engine gave', async () => {
    const states: [EngineState, string | undefined][] = [];
    let spawned = 0;
    const spawn = failingSpawn(() => 'fail');
    const sup = new EngineSupervisor({
      spawn: () => {
        spawned++;
        return spawn();
      },
      restartDelayMs: () => 1,
      onState: (s, reason) => states.push([s, reason]),
    });
    cleanups.push(() => sup.stop(10));
    sup.start();
    expect(await sup.settled()).toBe('failed');
    expect(spawned).toBe(3);
    expect(sup.failure).toEqual({ reason: 'databaseDamaged', detail: 'malformed (try 3)' });
    expect(states.map(([s]) => s)).toEqual([
      'starting',
      'down',
      'starting',
      'down',
      'starting',
      'failed',
    ]);
    // Nothing restarts it behind the user's back.
    await new Promise((r) => setTimeout(r, 30));
    expect(spawned).toBe(3);
  });

  it('counts a process that dies before it is ready as a crash, and restart() starts over', async () => {
    let spawned = 0;
    const spawn = failingSpawn((n) => (n < 3 ? 'exit' : 'ready'));
    const sup = new EngineSupervisor({
      spawn: () => {
        spawned++;
        return spawn();
      },
      restartDelayMs: () => 1,
    });
    cleanups.push(() => sup.stop(10));
    sup.start();
    expect(await sup.settled()).toBe('failed');
    expect(sup.failure).toEqual({ reason: 'crashed', detail: 'exited with code 1' });
    sup.restart();
    expect(await sup.settled()).toBe('up');
    expect(spawned).toBe(4);
  });

  it('restarts an engine that dies after it was up, however often', async () => {
    let spawned = 0;
    const procs: EngineProcess[] = [];
    const spawn = failingSpawn(() => 'ready');
    const sup = new EngineSupervisor({
      spawn: () => {
        spawned++;
        const p = spawn();
        procs.push(p);
        return p;
      },
      restartDelayMs: () => 1,
    });
    cleanups.push(() => sup.stop(10));
    sup.start();
    for (let i = 0; i < 4; i++) {
      await sup.ready();
      procs.at(-1)?.kill();
      await waitFor(() => sup.currentState !== 'up');
    }
    expect(await sup.settled()).toBe('up');
    expect(spawned).toBe(5);
  });
});
