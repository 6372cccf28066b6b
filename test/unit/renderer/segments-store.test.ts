import { beforeEach, describe, expect, it } from 'vitest';
import { useContactLists } from '../../../renderer/features/contacts/contact-lists-store';
import { useSegments } from '../../../renderer/features/contacts/segments/segments-store';
import type { ContactListView } from '../../../shared/contacts/contact-types';
import type { SegmentView } from '../../../shared/contacts/segment-types';
import { AppFailure } from '../../../shared/contract/result';
import { contactList } from './fixtures';
import { connectMemoryApi, MemoryTransport, resetStore } from './memory-api';

const AT = '2026-01-01T00:00:00.000Z';
let segments: SegmentView[];
let lists: ContactListView[];
let transport: MemoryTransport;

beforeEach(() => {
  resetStore(useSegments);
  resetStore(useContactLists);
  segments = [];
  lists = [contactList({ columns: ['first_name', 'segment'] })];
  transport = new MemoryTransport({
    'segments:list': () => segments,
    'segments:save': (draft) => {
      if (draft.name === 'Taken') {
        throw new AppFailure('CONFLICT', 'Taken.', { name: 'A segment named "Taken" exists.' });
      }
      const saved = { ...draft, id: draft.id ?? 9, createdAt: AT, updatedAt: AT };
      segments = [saved];
      return saved;
    },
    'segments:delete': ({ id }) => {
      segments = segments.filter((s) => s.id !== id);
    },
    'contacts:lists': () => lists,
    'contacts:add': (input) => {
      lists = [contactList({ contactCount: 11 })];
      return {
        id: 5,
        phone: '+4915200000099',
        country: 'DE',
        fields: input.fields,
        warning: null,
        sourceRow: null,
        createdAt: AT,
        optedOut: false,
      };
    },
  });
  connectMemoryApi(transport);
});

const gold = { op: 'equals', field: 'segment', value: 'gold' } as const;

describe('segments cache', () => {
  it('shows a saved or deleted segment at once, and keeps it on a refused save', async () => {
    const store = useSegments.getState();
    await store.load();
    expect(useSegments.getState()).toMatchObject({ segments: [], loaded: true });
    const saved = await store.save({ name: 'Gold', listId: 1, match: 'all', conditions: [gold] });
    expect(saved.ok).toBe(true);
    expect(useSegments.getState().segments.map((s) => s.name)).toEqual(['Gold']);
    const refused = await store.save({ name: 'Taken', listId: 1, match: 'all', conditions: [] });
    expect(refused).toMatchObject({ ok: false, error: { fields: { name: /Taken/ } } });
    expect(transport.count('segments:list')).toBe(2);
    await store.remove(9);
    expect(useSegments.getState().segments).toEqual([]);
  });

  it('a contact added by hand is in the list counts the app shows', async () => {
    await useContactLists.getState().load();
    const added = await useContactLists
      .getState()
      .addContact({ listId: 1, phone: '0152 00000099', fields: { first_name: 'Ann' } });
    expect(added).toMatchObject({ ok: true, value: { phone: '+4915200000099' } });
    expect(useContactLists.getState().lists[0]?.contactCount).toBe(11);
  });
});
