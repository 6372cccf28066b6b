import type { ContactView } from '../../../../shared/contacts/contact-types';
import { peaksend } from '../../../peaksend-api';

export const PAGE_SIZE = 200;
/** Pages kept in memory (12,000 rows); the rest is fetched again when scrolled back to. */
const MAX_PAGES = 60;

/**
 * A window onto one list (and search) fetched a page at a time by offset, so a million-row list
 * never travels to the renderer whole. Far-away pages are dropped as the user scrolls.
 */
export class ContactPages {
  private readonly pages = new Map<number, ContactView[]>();
  private readonly loading = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private disposed = false;
  private focus = 0;
  /** Rows matching the search; null until the first page answers. */
  total: number | null = null;
  error: string | null = null;
  version = 0;

  constructor(
    readonly listId: number,
    readonly search: string,
    /** Changes when the list does (an import, a delete), so a new window is made. */
    readonly stamp: string,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): number => this.version;

  row(index: number): ContactView | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** Rows that are loaded, for "select what I see". */
  loadedIds(): number[] {
    return [...this.pages.values()].flatMap((page) => page.map((c) => c.id));
  }

  /** Makes sure rows first..last are loaded or on their way. */
  ensure(first: number, last: number): void {
    const from = Math.floor(Math.max(0, first) / PAGE_SIZE);
    const to = Math.floor(Math.max(0, last) / PAGE_SIZE);
    this.focus = from;
    for (let page = from; page <= to; page++) {
      if (!this.pages.has(page) && !this.loading.has(page)) void this.fetch(page);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  private async fetch(page: number): Promise<void> {
    this.loading.add(page);
    const result = await peaksend().contacts.query({
      listId: this.listId,
      search: this.search,
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    this.loading.delete(page);
    if (this.disposed) return;
    if (result.ok) {
      this.pages.set(page, result.value.rows);
      this.total = result.value.total;
      this.error = null;
      this.evict();
    } else {
      this.error = result.error.message;
    }
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private evict(): void {
    if (this.pages.size <= MAX_PAGES) return;
    const far = [...this.pages.keys()].sort(
      (a, b) => Math.abs(b - this.focus) - Math.abs(a - this.focus),
    );
    for (const page of far.slice(0, this.pages.size - MAX_PAGES)) this.pages.delete(page);
  }
}
