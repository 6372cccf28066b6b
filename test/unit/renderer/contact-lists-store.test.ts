import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectEngineEvents } from '../../../renderer/app/engine-events';
import { useContactLists } from '../../../renderer/features/contacts/contact-lists-store';
import { useContactsView } from '../../../renderer/features/contacts/contacts-view-store';
import { useImport } from '../../../renderer/features/contacts/import/import-store';
import type { ContactListView } from '../../../shared/contacts/contact-types';
import { AppFailure } from '../../../shared/contract/result';
import { contactList } from './fixtures';
import { connectMemoryApi, deferred, MemoryTransport, settle, resetStore } from './memory-api';

let lists: ContactListView[];
let transport: MemoryTransport;
let disconnect: () => void = () => {};

beforeEach(() => {
  resetStore(useContactLists);
  resetStore(useContactsView);
  resetStore(useImport);
  lists = [contactList(), contactList({ id: 2, name: 'Leads', contactCount: 3 })];
  transport = new MemoryTransport({
    'contacts:lists': () => lists,
    'contacts:deleteList': ({ id }) => {
      lists = lists.filter((l) => l.id !== id);
    },
    'contacts:renameList': () => {
      throw new AppFailure('CONFLICT', 'Another list has this name.', { name: 'Taken.' });
    },
  });
});

afterEach(() => disconnect());

describe('contact lists cache', () => {
  it('is the one copy the Contacts page, the import and the campaigns read', async () => {
    disconnect = connectEngineEvents(connectMemoryApi(transport));
    await useContactLists.getState().load();
    expect(useContactLists.getState().lists.map((l) => l.contactCount)).toEqual([10, 3]);

    // An import into "Leads" finishes: the engine says so, and the cache is read again.
    useImport.setState({
      run: {
        importId: 'imp-9',
        progress: null,
        canceling: false,
        intoNewList: false,
        engineLost: false,
        optOuts: false,
      },
    });
    lists = [lists[0] as ContactListView, contactList({ id: 2, name: 'Leads', contactCount: 8 })];
    transport.push('contacts:importFinished', {
      importId: 'imp-9',
      ok: false,
      message: 'The file could not be read.',
      undo: 'done',
    });
    await settle();
    expect(transport.count('contacts:lists')).toBe(2);
    expect(useContactLists.getState().lists.map((l) => l.contactCount)).toEqual([10, 8]);
    expect(useImport.getState()).toMatchObject({
      step: 'report',
      run: null,
      outcome: { kind: 'failed', message: 'The file could not be read.' },
    });
  });

  it('a slower older answer does not overwrite a newer one', async () => {
    const slow = deferred<ContactListView[]>();
    let first = true;
    connectMemoryApi(
      new MemoryTransport({
        'contacts:lists': () => {
          if (!first) return [contactList({ name: 'After the rename' })];
          first = false;
          return slow.promise;
        },
      }),
    );
    const older = useContactLists.getState().load();
    await useContactLists.getState().load();
    slow.resolve([contactList({ name: 'Before the rename' })]);
    await older;
    expect(useContactLists.getState().lists.map((l) => l.name)).toEqual(['After the rename']);
  });

  it('deleting the open list leaves it and reloads before answering', async () => {
    connectMemoryApi(transport);
    await useContactLists.getState().load();
    useContactsView.getState().openList(1);
    const result = await useContactLists.getState().removeList(1);
    expect(result.ok).toBe(true);
    expect(useContactsView.getState().openListId).toBeNull();
    expect(useContactLists.getState().lists.map((l) => l.id)).toEqual([2]);
  });

  it('a refused rename answers with the field message and keeps the cache as it was', async () => {
    connectMemoryApi(transport);
    await useContactLists.getState().load();
    const result = await useContactLists.getState().rename(2, 'Customers');
    expect(result).toMatchObject({ ok: false, error: { fields: { name: 'Taken.' } } });
    expect(transport.count('contacts:lists')).toBe(1);
    expect(useContactLists.getState().lists.map((l) => l.name)).toEqual(['Customers', 'Leads']);
  });
});
