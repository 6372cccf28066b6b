import { create } from 'zustand';
import type {
  ContactListView,
  ContactView,
  ListExportFormat,
} from '../../../shared/contacts/contact-types';
import type { Result } from '../../../shared/contract/result';
import { loadLatest } from '../../lib/load-latest';
import { reloadAfter } from '../../lib/reload-after';
import { peaksend } from '../../peaksend-api';
import { useContactsView } from './contacts-view-store';

export interface ContactInput {
  readonly listId: number;
  readonly phone: string;
  readonly fields: Readonly<Record<string, string>>;
}

interface ContactListsState {
  readonly lists: readonly ContactListView[];
  readonly loaded: boolean;
  readonly error: string | null;
  load(): Promise<void>;
  rename(id: number, name: string): Promise<Result<ContactListView>>;
  /** Deletes the list; the page leaves it first if it was open. */
  removeList(id: number): Promise<Result<void>>;
  deleteContacts(listId: number, ids: readonly number[]): Promise<Result<{ deleted: number }>>;
  /** One contact typed in; the engine checks the number like an import does. */
  addContact(input: ContactInput): Promise<Result<ContactView>>;
  updateContact(input: ContactInput & { id: number }): Promise<Result<ContactView>>;
  /** Save dialog in main, then the file; null when the user cancels. */
  exportList(
    listId: number,
    format: ListExportFormat,
  ): Promise<Result<{ path: string; rows: number } | null>>;
  /** Names of the campaigns that use the list, for the delete confirmation. */
  usage(id: number): Promise<Result<{ campaigns: string[] }>>;
}

/**
 * The one cache of contact lists, with their sizes and columns: the Contacts page, the import's
 * "add to a list" and the campaigns' audience step all read it. Contacts themselves stay paged.
 */
export const useContactLists = create<ContactListsState>((set, get) => {
  const load = loadLatest(
    () => peaksend().contacts.lists(),
    (result) => {
      if (result.ok) set({ lists: result.value, loaded: true, error: null });
      else set({ loaded: true, error: result.error.message });
    },
  );
  /** Every change moves a count or a name, so the cache is read again after it. */
  const changing = <T>(change: Promise<Result<T>>) => reloadAfter(change, () => get().load());
  return {
    lists: [],
    loaded: false,
    error: null,
    load,
    rename: (id, name) => changing(peaksend().contacts.renameList({ id, name })),
    removeList: async (id) => {
      const result = await peaksend().contacts.deleteList({ id });
      if (!result.ok) return result;
      const view = useContactsView.getState();
      if (view.openListId === id) view.openList(null);
      await get().load();
      return result;
    },
    deleteContacts: (listId, ids) =>
      changing(peaksend().contacts.deleteContacts({ listId, ids: [...ids] })),
    addContact: (input) =>
      changing(peaksend().contacts.add({ ...input, fields: { ...input.fields } })),
    updateContact: (input) =>
      changing(peaksend().contacts.update({ ...input, fields: { ...input.fields } })),
    exportList: (listId, format) => peaksend().contacts.exportList({ listId, format }),
    usage: (id) => peaksend().contacts.listUsage({ id }),
  };
});
