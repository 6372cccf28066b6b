import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectEngineEvents } from '../../../renderer/app/engine-events';
import {
  REFRESH_INTERVAL_MS,
  useCampaignList,
} from '../../../renderer/features/campaigns/list/campaign-list-store';
import { useProgress } from '../../../renderer/features/campaigns/progress/progress-store';
import { useToasts } from '../../../renderer/ui/toast-store';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { AppFailure } from '../../../shared/contract/result';
import { campaign, progress, summary } from './fixtures';
import { connectMemoryApi, MemoryTransport, resetStore } from './memory-api';

let current: Campaign;
let transport: MemoryTransport;
let disconnect: () => void;

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  resetStore(useCampaignList);
  resetStore(useProgress);
  resetStore(useToasts);
  current = campaign();
  transport = new MemoryTransport({
    'campaigns:list': () => [summary({ status: current.status })],
    'campaigns:get': ({ id }) => {
      if (id !== current.id) throw new AppFailure('NOT_FOUND', 'That campaign no longer exists.');
      return current;
    },
    'campaigns:progress': () =>
      progress({ status: current.status, pauseReason: current.pauseReason, at: Date.now() }),
    'campaigns:pause': () => {
      throw new AppFailure('ENGINE_UNAVAILABLE', 'The engine is restarting.');
    },
  });
  disconnect = connectEngineEvents(connectMemoryApi(transport));
});

afterEach(() => {
  disconnect();
  vi.useRealTimers();
});

const paused = {
  campaignId: 7,
  name: 'Spring sale',
  status: 'paused',
  pauseReason: { kind: 'commpeak', failure: 'auth', message: 'CommPeak refused the token.' },
} as const;

describe('campaign list', () => {
  it('refreshes at most once a second however many status events arrive', async () => {
    const stop = useCampaignList.getState().watch();
    await vi.advanceTimersByTimeAsync(0);
    expect(transport.count('campaigns:list')).toBe(1);
    current = campaign({ status: 'paused', pauseReason: paused.pauseReason });
    for (let i = 0; i < 3; i++) transport.push('campaigns:status', paused);
    await vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS - 1);
    expect(transport.count('campaigns:list')).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(transport.count('campaigns:list')).toBe(2);
    expect(useCampaignList.getState().campaigns[0]?.status).toBe('paused');
    stop();
  });
});

describe('progress view', () => {
  it('a status event brings the pause and its reason, with a toast naming it', async () => {
    const stop = useProgress.getState().watch(7);
    await vi.advanceTimersByTimeAsync(0);
    expect(useProgress.getState().campaign?.status).toBe('sending');
    current = campaign({ status: 'paused', pauseReason: paused.pauseReason });
    transport.push('campaigns:status', paused);
    await vi.advanceTimersByTimeAsync(0);
    expect(useProgress.getState().campaign).toMatchObject({
      status: 'paused',
      pauseReason: { kind: 'commpeak', failure: 'auth' },
    });
    expect(useToasts.getState().toasts.map((t) => t.text)).toEqual([
      '“Spring sale” paused: CommPeak refused the token.',
    ]);
    stop();
  });

  it('an older snapshot never replaces a newer one', async () => {
    const stop = useProgress.getState().watch(7);
    await vi.advanceTimersByTimeAsync(0);
    const at = Date.now() + 100;
    useProgress.getState().apply(progress({ at, partsSent: 9 }));
    useProgress.getState().apply(progress({ at: at - 50, partsSent: 5 }));
    expect(useProgress.getState().progress?.partsSent).toBe(9);
    stop();
  });

  it('a campaign that cannot be opened says why', async () => {
    const stop = useProgress.getState().watch(99);
    await vi.advanceTimersByTimeAsync(0);
    expect(useProgress.getState()).toMatchObject({
      id: 99,
      campaign: null,
      loadError: { code: 'NOT_FOUND', message: 'That campaign no longer exists.' },
    });
    stop();
  });

  it('a failed action is a toast, and the figures are read again', async () => {
    const stop = useProgress.getState().watch(7);
    await vi.advanceTimersByTimeAsync(0);
    const reads = transport.count('campaigns:progress');
    const result = await useProgress.getState().pause();
    await vi.advanceTimersByTimeAsync(0);
    expect(result.ok).toBe(false);
    expect(useToasts.getState().toasts.map((t) => t.text)).toEqual([
      'Could not pause: The engine is restarting.',
    ]);
    expect(transport.count('campaigns:progress')).toBe(reads + 1);
    expect(useProgress.getState().campaign?.status).toBe('sending');
    stop();
  });

  it('the chart samples once a second while the view is open, and stops with it', async () => {
    const stop = useProgress.getState().watch(7);
    await vi.advanceTimersByTimeAsync(3000);
    expect(useProgress.getState().samples).toHaveLength(3);
    stop();
    await vi.advanceTimersByTimeAsync(3000);
    expect(useProgress.getState().samples).toHaveLength(3);
  });
});
