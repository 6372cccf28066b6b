import { beforeEach, describe, expect, it } from 'vitest';
import { useStreams } from '../../../renderer/features/streams/streams-store';
import { AppFailure } from '../../../shared/contract/result';
import type { StreamView } from '../../../shared/streams/stream-types';
import { stream } from './fixtures';
import { connectMemoryApi, deferred, MemoryTransport, settle, resetStore } from './memory-api';

beforeEach(() => {
  resetStore(useStreams);
});

describe('streams store', () => {
  it('a slower older list answer does not overwrite a newer one', async () => {
    const answers = [deferred<StreamView[]>(), deferred<StreamView[]>()];
    let call = 0;
    connectMemoryApi(
      new MemoryTransport({
        'streams:list': () => answers[call++]?.promise ?? Promise.resolve([]),
      }),
    );
    const older = useStreams.getState().load();
    const newer = useStreams.getState().load();
    answers[1]?.resolve([stream({ name: 'Renamed' })]);
    await newer;
    answers[0]?.resolve([stream({ name: 'Old name' })]);
    await older;
    expect(useStreams.getState().streams.map((s) => s.name)).toEqual(['Renamed']);
    expect(useStreams.getState().loading).toBe(false);
  });

  it('a refused add answers with main’s field errors and leaves the list alone', async () => {
    const transport = new MemoryTransport({
      'streams:list': () => [stream()],
      'streams:add': () => {
        throw new AppFailure('CONFLICT', 'Check the fields.', { name: 'Taken.' });
      },
    });
    connectMemoryApi(transport);
    await useStreams.getState().load();
    const result = await useStreams.getState().add({
      name: 'Acme',
      type: 'marketing',
      token: 'tok_0001',
      defaultSender: '',
      allowedIps: [],
      baseUrl: 'https://textpeak-streams.commpeak.com',
      rateLimit: 50,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Check the fields.', fields: { name: 'Taken.' } },
    });
    expect(transport.count('streams:list')).toBe(1);
    expect(useStreams.getState().error).toBeNull();
  });

  it('a list that cannot be loaded keeps its error until a load succeeds', async () => {
    let down = true;
    connectMemoryApi(
      new MemoryTransport({
        'streams:list': () => {
          if (down) throw new AppFailure('ENGINE_UNAVAILABLE', 'The engine is restarting.');
          return [stream()];
        },
      }),
    );
    await useStreams.getState().load();
    expect(useStreams.getState()).toMatchObject({
      loading: false,
      loaded: false,
      error: { code: 'ENGINE_UNAVAILABLE' },
    });
    down = false;
    await useStreams.getState().load();
    expect(useStreams.getState()).toMatchObject({ loaded: true, error: null });
    expect(useStreams.getState().streams).toHaveLength(1);
  });

  it('a refused Sandbox profile still reloads, so the select shows what main has', async () => {
    const transport = new MemoryTransport({
      'streams:list': () => [stream({ id: 'sandbox', builtIn: true, sandboxProfile: 'clean' })],
      'streams:setSandboxProfile': () => {
        throw new AppFailure('ENGINE_UNAVAILABLE', 'The engine is restarting.');
      },
    });
    connectMemoryApi(transport);
    const result = await useStreams.getState().setSandboxProfile('flaky');
    expect(result.ok).toBe(false);
    await settle();
    expect(transport.count('streams:list')).toBe(1);
    expect(useStreams.getState().streams[0]?.sandboxProfile).toBe('clean');
  });

  it('deleting waits for the reload, so the card is gone when the dialog closes', async () => {
    let streams = [stream(), stream({ id: 'globex', name: 'Globex' })];
    connectMemoryApi(
      new MemoryTransport({
        'streams:list': () => streams,
        'streams:delete': ({ id }) => {
          streams = streams.filter((s) => s.id !== id);
        },
      }),
    );
    await useStreams.getState().load();
    const result = await useStreams.getState().remove('acme');
    expect(result.ok).toBe(true);
    expect(useStreams.getState().streams.map((s) => s.id)).toEqual(['globex']);
  });

  it('"changed" from main reloads a list someone asked for, and nothing else', async () => {
    const transport = new MemoryTransport({ 'streams:list': () => [stream()] });
    connectMemoryApi(transport);
    useStreams.getState().onChanged();
    await settle();
    expect(transport.count('streams:list')).toBe(0);
    await useStreams.getState().load();
    useStreams.getState().onChanged();
    await settle();
    expect(transport.count('streams:list')).toBe(2);
  });
});
