import { describe, expect, it } from 'vitest';
import { buildApi, type Transport } from '../../../shared/contract/build-api';
import { events, methods } from '../../../shared/contract/contract';
import { ok } from '../../../shared/contract/result';

describe('buildApi', () => {
  it('exposes one named function per contract method, and on<Event> per event', async () => {
    const calls: [string, unknown][] = [];
    const subscribed: string[] = [];
    const transport: Transport = {
      invoke: async (channel, input) => {
        calls.push([channel, input]);
        return ok(channel);
      },
      subscribe: (channel) => {
        subscribed.push(channel);
        return () => subscribed.splice(subscribed.indexOf(channel), 1);
      },
    };
    const api = buildApi(methods, events, transport);
    expect(await api.streams.list()).toEqual({ ok: true, value: 'streams:list' });
    await api.app.openExternal({ url: 'https://commpeak.com' });
    expect(calls).toEqual([
      ['streams:list', undefined],
      ['app:openExternal', { url: 'https://commpeak.com' }],
    ]);
    const off = api.app.onEngineStatus(() => {});
    expect(subscribed).toEqual(['app:engineStatus']);
    off();
    expect(subscribed).toEqual([]);

    // Every method of the contract is reachable under its namespace.
    const reachable = Object.keys(methods).filter((key) => {
      const [ns, fn] = key.split(':') as [string, string];
      return (
        typeof (api as unknown as Record<string, Record<string, unknown>>)[ns]?.[fn] === 'function'
      );
    });
    expect(reachable).toEqual(Object.keys(methods));
  });
});
