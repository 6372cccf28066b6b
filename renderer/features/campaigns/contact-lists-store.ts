import { create } from 'zustand';
import type { ContactListView } from '../../../shared/contacts/contact-types';
import { peaksend } from '../../peaksend-api';

/** What the campaign pages need of a contact list. */
export type AudienceList = Pick<ContactListView, 'id' | 'name' | 'contactCount' | 'columns'>;

interface ContactListsState {
  readonly lists: readonly AudienceList[];
  readonly loaded: boolean;
  readonly error: string | null;
  load(): Promise<void>;
}

let loadSeq = 0;

/** The contact lists a campaign can send to, with their sizes and columns. */
export const useContactLists = create<ContactListsState>((set) => ({
  lists: [],
  loaded: false,
  error: null,
  load: async () => {
    // An older answer arriving late must not overwrite a newer one.
    const seq = ++loadSeq;
    const result = await peaksend().contacts.lists();
    if (seq !== loadSeq) return;
    if (result.ok) set({ lists: result.value, loaded: true, error: null });
    else set({ loaded: true, error: result.error.message });
  },
}));
