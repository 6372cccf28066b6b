import { create } from 'zustand';
import { useLeaveGuard } from './leave-guard';

export const pages = ['campaigns', 'contacts', 'streams', 'settings'] as const;
export type Page = (typeof pages)[number];

export const pageLabels: Record<Page, string> = {
  campaigns: 'Campaigns',
  contacts: 'Contacts',
  streams: 'Streams',
  settings: 'Settings',
};

interface NavigationState {
  readonly page: Page;
  /**
   * Shows `page`, then runs `shown`; unsaved edits on the page being left are saved or
   * discarded first (or the user stays, and nothing happens).
   */
  go(page: Page, shown?: () => void): void;
}

function initialPage(): Page {
  const hash = location.hash.replace('#', '').split('/')[0] ?? '';
  return (pages as readonly string[]).includes(hash) ? (hash as Page) : 'campaigns';
}

/** Which top-level page is shown; mirrored in the URL hash so a reload stays put. */
export const useNavigation = create<NavigationState>((set, get) => ({
  page: initialPage(),
  go: (page, shown) => {
    const show = () => {
      history.replaceState(null, '', `#${page}`);
      set({ page });
      shown?.();
    };
    if (page === get().page) show();
    else useLeaveGuard.getState().request(show);
  },
}));
