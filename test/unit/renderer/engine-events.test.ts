import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStatus } from '../../../renderer/app/app-status-store';
import { connectEngineEvents } from '../../../renderer/app/engine-events';
import { useCampaignEditor } from '../../../renderer/features/campaigns/editor/campaign-editor-store';
import {
  REFRESH_INTERVAL_MS,
  useCampaignList,
} from '../../../renderer/features/campaigns/list/campaign-list-store';
import { useProgress } from '../../../renderer/features/campaigns/progress/progress-store';
import { useImport } from '../../../renderer/features/contacts/import/import-store';
import { useToasts } from '../../../renderer/ui/toast-store';
import { events } from '../../../shared/contract/contract';
import { campaign, progress, summary } from './fixtures';
import { connectMemoryApi, MemoryTransport, resetStore } from './memory-api';

let transport: MemoryTransport;
let disconnect: () => void;
let status = campaign();

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  resetStore(useCampaignList);
  resetStore(useProgress);
  resetStore(useCampaignEditor);
  resetStore(useToasts);
  resetStore(useAppStatus);
  status = campaign();
  transport = new MemoryTransport({
    'campaigns:list': () => [summary({ status: status.status })],
    'campaigns:get': () => status,
    'campaigns:progress': () => progress({ status: status.status, at: Date.now() }),
  });
  const api = connectMemoryApi(transport);
  disconnect = connectEngineEvents(api);
});

afterEach(() => {
  disconnect();
  vi.useRealTimers();
});

describe('engine events', () => {
  it('subscribes once per event the contract declares, whatever the views do', () => {
    const stops = [
      useCampaignList.getState().watch(),
      useProgress.getState().watch(7),
      useCampaignEditor.getState().open(7),
    ];
    expect([...transport.subscriptions.keys()].sort()).toEqual(Object.keys(events).sort());
    expect([...transport.subscriptions.values()].every((n) => n === 1)).toBe(true);
    for (const stop of stops) stop();
  });

  it('one campaigns:status reaches the toasts, the list, the progress view and the editor', async () => {
    const stops = [
      useCampaignList.getState().watch(),
      useProgress.getState().watch(7),
      useCampaignEditor.getState().open(7),
    ];
    await vi.advanceTimersByTimeAsync(0);
    const before = {
      list: transport.count('campaigns:list'),
      get: transport.count('campaigns:get'),
      progress: transport.count('campaigns:progress'),
    };

    status = campaign({ status: 'done', finishedAt: '2031-01-01T10:00:00.000Z' });
    transport.push('campaigns:status', {
      campaignId: 7,
      name: 'Spring sale',
      status: 'done',
      pauseReason: null,
    });
    await vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS);

    expect(useToasts.getState().toasts.map((t) => t.text)).toEqual([
      '“Spring sale” has finished sending.',
    ]);
    expect(transport.count('campaigns:list')).toBe(before.list + 1);
    expect(useCampaignList.getState().campaigns[0]?.status).toBe('done');
    // The progress view and the editor each read the campaign again.
    expect(transport.count('campaigns:get')).toBe(before.get + 2);
    expect(transport.count('campaigns:progress')).toBe(before.progress + 1);
    expect(useProgress.getState().campaign?.status).toBe('done');
    expect(useCampaignEditor.getState().campaign?.status).toBe('done');
    for (const stop of stops) stop();
  });

  it('views that are not on screen ignore the events; another campaign’s are ignored too', async () => {
    const stop = useProgress.getState().watch(7);
    await vi.advanceTimersByTimeAsync(0);
    stop();
    const calls = transport.calls.length;
    transport.push('campaigns:status', {
      campaignId: 7,
      name: 'Spring sale',
      status: 'paused',
      pauseReason: { kind: 'user' },
    });
    transport.push('campaigns:progress', progress({ at: Date.now() + 1 }));
    await vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS);
    expect(transport.calls.length).toBe(calls);
    // A pause the user asked for is no news.
    expect(useToasts.getState().toasts).toEqual([]);
  });

  it('a burst of progress events becomes one update with the newest figures', async () => {
    const stop = useProgress.getState().watch(7);
    await vi.advanceTimersByTimeAsync(0);
    const set = vi.fn();
    const unsubscribe = useProgress.subscribe(set);
    const base = Date.now() + 10;
    for (let i = 1; i <= 5; i++) {
      transport.push('campaigns:progress', progress({ at: base + i, partsSent: i }));
    }
    transport.push('campaigns:progress', progress({ campaignId: 8, at: base + 9, partsSent: 99 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(set).toHaveBeenCalledTimes(1);
    expect(useProgress.getState().progress?.partsSent).toBe(5);
    unsubscribe();
    stop();
  });

  it('engine status and import events reach their stores', () => {
    transport.push('app:engineStatus', { state: 'restarting', reason: 'exit code 1' });
    expect(useAppStatus.getState().engineDown).toBe('exit code 1');
    transport.push('app:engineStatus', { state: 'up' });
    expect(useAppStatus.getState().engineDown).toBeNull();

    useImport.setState({
      run: {
        importId: 'imp-1',
        progress: null,
        canceling: false,
        intoNewList: true,
        engineLost: false,
        optOuts: false,
      },
    });
    const read = {
      importId: 'imp-1',
      rowsRead: 500,
      bytesRead: 10,
      totalBytes: 20,
      rowsPerSecond: 9,
    };
    transport.push('contacts:importProgress', read);
    transport.push('contacts:importProgress', { ...read, importId: 'other', rowsRead: 1 });
    expect(useImport.getState().run?.progress).toEqual(read);
    resetStore(useImport);
  });
});
