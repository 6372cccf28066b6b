import { beforeEach, describe, expect, it } from 'vitest';
import { useImport } from '../../../renderer/features/contacts/import/import-store';
import { useOptOuts } from '../../../renderer/features/contacts/opt-outs/opt-outs-store';
import type { SuppressionView } from '../../../shared/contacts/contact-types';
import { connectMemoryApi, deferred, MemoryTransport, resetStore } from './memory-api';

const row = (phone: string): SuppressionView => ({
  phone,
  source: 'manual',
  note: null,
  createdAt: '2031-01-01T09:00:00.000Z',
});

beforeEach(() => {
  resetStore(useOptOuts);
});

describe('opt-outs store', () => {
  it('typing on: the page for the older search never replaces the newer one', async () => {
    const slow = deferred<{ rows: SuppressionView[]; total: number }>();
    connectMemoryApi(
      new MemoryTransport({
        'suppressions:list': ({ search }) =>
          search === '49' ? slow.promise : { rows: [row('+4915211112222')], total: 1 },
      }),
    );
    const older = useOptOuts.getState().show('49');
    await useOptOuts.getState().show('4915');
    slow.resolve({ rows: [row('+491'), row('+492')], total: 2 });
    await older;
    expect(useOptOuts.getState()).toMatchObject({
      search: '4915',
      page: { total: 1, loaded: true, error: null },
    });
  });

  it('removing a number reloads the page being shown', async () => {
    let rows = [row('+12025550143'), row('+12025550144')];
    const transport = new MemoryTransport({
      'suppressions:list': ({ offset }) => ({ rows: rows.slice(offset), total: rows.length }),
      'suppressions:remove': ({ phone }) => {
        const before = rows.length;
        rows = rows.filter((r) => r.phone !== phone);
        return { removed: rows.length < before };
      },
    });
    connectMemoryApi(transport);
    await useOptOuts.getState().show('', 0);
    const result = await useOptOuts.getState().remove('+12025550143');
    expect(result).toEqual({ ok: true, value: { removed: true } });
    expect(transport.calls.at(-1)).toMatchObject({
      channel: 'suppressions:list',
      input: { search: '', offset: 0 },
    });
    expect(useOptOuts.getState().page.rows.map((r) => r.phone)).toEqual(['+12025550144']);
  });

  it('a canceled file pick imports nothing and is not an error', async () => {
    const transport = new MemoryTransport({});
    connectMemoryApi(transport);
    // Files of opt-outs go through the import flow, with its steps.
    await useImport.getState().beginOptOuts(() => Promise.resolve({ ok: true, value: null }));
    expect(transport.calls).toEqual([]);
    expect(useImport.getState()).toMatchObject({ active: false, choosing: false });
  });
});
