import { create } from 'zustand';

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
  go(page: Page): void;
}

function initialPage(): Page {
  const hash = location.hash.replace('#', '').split('/')[0] ?? '';
  return (pages as readonly string[]).includes(hash) ? (hash as Page) : 'campaigns';
}

/** Which top-level page is shown; mirrored in the URL hash so a reload stays put. */
export const useNavigation = create<NavigationState>((set) => ({
  page: initialPage(),
  go: (page) => {
    history.replaceState(null, '', `#${page}`);
    set({ page });
  },
}));
