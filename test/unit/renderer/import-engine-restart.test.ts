import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStatus } from '../../../renderer/app/app-status-store';
import { connectEngineEvents } from '../../../renderer/app/engine-events';
import { useContactLists } from '../../../renderer/features/contacts/contact-lists-store';
import { useImport } from '../../../renderer/features/contacts/import/import-store';
import type { ImportOutcomeView } from '../../../shared/contacts/contact-types';
import { connectMemoryApi, MemoryTransport, resetStore, settle } from './memory-api';

let transport: MemoryTransport;
let outcome: ImportOutcomeView;
let disconnect: () => void = () => {};

const running = {
  importId: 'imp-1',
  progress: null,
  canceling: false,
  intoNewList: true,
  engineLost: false,
  optOuts: false,
};

beforeEach(() => {
  resetStore(useImport);
  resetStore(useAppStatus);
  resetStore(useContactLists);
  transport = new MemoryTransport({
    'contacts:importOutcome': () => outcome,
    'contacts:lists': () => [],
    'app:health': () => ({ engine: { state: 'up' }, disk: { state: 'ok' }, settings: null }),
  });
  disconnect = connectEngineEvents(connectMemoryApi(transport));
  useImport.setState({ active: true, visible: true, step: 'importing', run: running });
});

afterEach(() => disconnect());

describe('an import when the engine stops under it', () => {
  it('waits for the engine, then says what the new one found: undone, nothing saved', async () => {
    outcome = {
      state: 'finished',
      event: { importId: 'imp-1', ok: false, message: 'interrupted', undo: 'done' },
    };
    transport.push('app:engineStatus', { state: 'down', reason: 'killed by SIGKILL' });
    expect(useImport.getState().run?.engineLost).toBe(true);
    expect(useImport.getState().step).toBe('importing');
    transport.push('app:engineStatus', { state: 'up' });
    await settle();
    expect(transport.calls.filter((c) => c.channel === 'contacts:importOutcome')).toEqual([
      { channel: 'contacts:importOutcome', input: { importId: 'imp-1' } },
    ]);
    expect(useImport.getState()).toMatchObject({
      step: 'report',
      run: null,
      outcome: { kind: 'failed', undo: 'done', interrupted: true },
    });
  });

  it('says the list is not usable when the undo is still waiting for disk space', async () => {
    outcome = {
      state: 'finished',
      event: { importId: 'imp-1', ok: false, message: 'disk full', undo: 'pending' },
    };
    transport.push('app:engineStatus', { state: 'down' });
    transport.push('app:engineStatus', { state: 'up' });
    await settle();
    expect(useImport.getState().outcome).toMatchObject({ kind: 'failed', undo: 'pending' });
  });

  it('goes on following an import the engine is still running (a reconnect, not a restart)', async () => {
    outcome = { state: 'running' };
    transport.push('app:engineStatus', { state: 'down' });
    transport.push('app:engineStatus', { state: 'up' });
    await settle();
    expect(useImport.getState()).toMatchObject({ step: 'importing', run: { engineLost: false } });
  });
});
