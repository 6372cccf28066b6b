import { create } from 'zustand';
import type { ContactListView } from '../../../shared/contacts/contact-types';
import { peaksend } from '../../peaksend-api';

export type ContactsTab = 'lists' | 'opt-outs';

interface ContactsState {
  readonly lists: readonly ContactListView[];
  readonly loaded: boolean;
  readonly error: string | null;
  readonly tab: ContactsTab;
  /** The list being browsed; null shows the overview. */
  readonly openListId: number | null;
  load(): Promise<void>;
  setTab(tab: ContactsTab): void;
  openList(id: number | null): void;
}

let loadSeq = 0;

/** The Contacts page's lists and what the user is looking at. Contacts themselves stay paged. */
export const useContacts = create<ContactsState>((set) => ({
  lists: [],
  loaded: false,
  error: null,
  tab: 'lists',
  openListId: null,
  load: async () => {
    // Several reloads in a row (import, rename, delete): only the newest answer counts.
    const seq = ++loadSeq;
    const result = await peaksend().contacts.lists();
    if (seq !== loadSeq) return;
    if (result.ok) set({ lists: result.value, loaded: true, error: null });
    else set({ loaded: true, error: result.error.message });
  },
  setTab: (tab) => set({ tab }),
  openList: (id) => set({ openListId: id, tab: 'lists' }),
}));
