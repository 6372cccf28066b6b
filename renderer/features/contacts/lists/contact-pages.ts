import type { ContactView } from '../../../../shared/contacts/contact-types';
import { peaksend } from '../../../peaksend-api';

export const PAGE_SIZE = 200;
/** Pages kept in memory (12,000 rows); the rest is fetched again when scrolled back to. */
const MAX_PAGES = 60;
/**
 * Requests on their way at once. A fast scroll (or a drag of the scrollbar) passes pages it
 * never stops at: those wait here and are skipped once out of view, instead of each costing a
 * query in the engine and a decode and a render here.
 */
const MAX_IN_FLIGHT = 2;

/**
 * A window onto one list (and search) fetched a page at a time by offset, so a million-row list
 * never travels to the renderer whole. Far-away pages are dropped as the user scrolls; the page
 * after (or before) the rows in view is fetched ahead, so a steady scroll rarely shows
 * "Loading…".
 */
export class ContactPages {
  private readonly pages = new Map<number, ContactView[]>();
  private readonly loading = new Set<number>();
  private readonly listeners = new Set<() => void>();
  private disposed = false;
  /** The rows in view (with their pages) as last asked by `ensure`, and the way they moved. */
  private view = { first: 0, last: 0, from: 0, to: 0, up: false };
  /** Rows matching the search; null until the first page answers. */
  total: number | null = null;
  error: string | null = null;
  version = 0;
  private meta = 'null|';

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

  /** Changes with every page that arrives in view: what the table renders from. */
  snapshot = (): number => this.version;

  /**
   * Changes only with the total or the error: what the page around the table shows, so a page
   * of rows arriving re-renders the table and not the toolbar, header and segments too.
   */
  metaSnapshot = (): string => this.meta;

  row(index: number): ContactView | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** Rows that are loaded, for "select what I see". */
  loadedIds(): number[] {
    return [...this.pages.values()].flatMap((page) => page.map((c) => c.id));
  }

  /** Makes sure rows first..last are loaded or on their way, and the next page after them. */
  ensure(first: number, last: number): void {
    const from = Math.floor(Math.max(0, first) / PAGE_SIZE);
    const to = Math.floor(Math.max(0, last) / PAGE_SIZE);
    const { view } = this;
    // Which way the rows in view move; still rows keep the way they went last.
    const up = from < view.from || (from === view.from && first < view.first);
    const down = from > view.from || (from === view.from && first > view.first);
    this.view = { first, last, from, to, up: up || (view.up && !down) };
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  /** The page after the rows in view (before them, scrolling up) once they are past its half. */
  private ahead(): number | null {
    const { first, last, from, to, up } = this.view;
    if (this.total === null) return null;
    const pages = Math.ceil(this.total / PAGE_SIZE);
    if (up) return from > 0 && first % PAGE_SIZE < PAGE_SIZE / 2 ? from - 1 : null;
    return to + 1 < pages && last % PAGE_SIZE >= PAGE_SIZE / 2 ? to + 1 : null;
  }

  /** Starts fetches for the pages in view first, then the one ahead, up to MAX_IN_FLIGHT. */
  private pump(): void {
    const { from, to } = this.view;
    const wanted = [];
    for (let page = from; page <= to; page++) wanted.push(page);
    const ahead = this.ahead();
    if (ahead !== null) wanted.push(ahead);
    for (const page of wanted) {
      if (this.loading.size >= MAX_IN_FLIGHT) return;
      if (!this.pages.has(page) && !this.loading.has(page)) void this.fetch(page);
    }
  }

  private inView(page: number): boolean {
    return page >= this.view.from && page <= this.view.to;
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
    const meta = `${this.total}|${this.error ?? ''}`;
    // A page fetched ahead (or one scrolled past) changes nothing on screen: no render.
    if (meta !== this.meta || this.inView(page)) {
      this.meta = meta;
      this.version++;
      for (const listener of this.listeners) listener();
    }
    // The next pages in view (not after a failure: the next scroll asks again).
    if (result.ok) this.pump();
  }

  private evict(): void {
    if (this.pages.size <= MAX_PAGES) return;
    const focus = this.view.from;
    const far = [...this.pages.keys()].sort((a, b) => Math.abs(b - focus) - Math.abs(a - focus));
    for (const page of far.slice(0, this.pages.size - MAX_PAGES)) this.pages.delete(page);
  }
}
