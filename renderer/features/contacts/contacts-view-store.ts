import { create } from 'zustand';

export type ContactsTab = 'lists' | 'opt-outs';

interface ContactsViewState {
  readonly tab: ContactsTab;
  /** The list being browsed; null shows the overview. */
  readonly openListId: number | null;
  setTab(tab: ContactsTab): void;
  openList(id: number | null): void;
}

/** What the Contacts page is showing; the lists themselves are in `useContactLists`. */
export const useContactsView = create<ContactsViewState>((set) => ({
  tab: 'lists',
  openListId: null,
  setTab: (tab) => set({ tab }),
  openList: (id) => set({ openListId: id, tab: 'lists' }),
}));
