import { create } from 'zustand';
import type { ResultRow } from '../../../../shared/campaigns/campaign-types';
import type { ProgressGroup } from '../../../../shared/campaigns/ledger-state';
import type { AppError } from '../../../../shared/contract/result';
import { latestRequest } from '../../../lib/latest-request';
import { peaksend } from '../../../peaksend-api';

export type ResultGroup = 'all' | ProgressGroup;
/** All variants, one ("A"…"E"), or the rows a test split holds back ("*"). */
export type ResultVariant = 'all' | 'A' | 'B' | 'C' | 'D' | 'E' | '*';

/** Rows are fetched in pages of this size as the table scrolls to them. */
export const RESULTS_PAGE = 200;

interface ResultsState {
  readonly id: number | null;
  readonly group: ResultGroup;
  readonly variant: ResultVariant;
  readonly search: string;
  /** Rows matching the filter; null until the first page arrives. */
  readonly total: number | null;
  /** Loaded pages by page number; a row is `pages[floor(i / 200)][i % 200]`. */
  readonly pages: Readonly<Record<number, readonly ResultRow[]>>;
  readonly error: AppError | null;
  open(id: number): void;
  setGroup(group: ResultGroup): void;
  setVariant(variant: ResultVariant): void;
  setSearch(search: string): void;
  /** The table shows rows first..last: fetch the pages they are on (if missing or stale). */
  ensure(first: number, last: number): void;
  /** The ledger moved on: re-fetch what is on screen, forget the rest. */
  refresh(): void;
}

export function rowAt(
  pages: Readonly<Record<number, readonly ResultRow[]>>,
  index: number,
): ResultRow | undefined {
  return pages[Math.floor(index / RESULTS_PAGE)]?.[index % RESULTS_PAGE];
}

/** The results table's query and its page cache. */
export const useResults = create<ResultsState>((set, get) => {
  // Bookkeeping no component renders from. A new query or a refresh makes every page on its way
  // stale; asking for a page again makes its earlier answer stale.
  const pageAnswers = latestRequest<number>();
  let inFlight = new Set<number>();
  let stale = new Set<number>();
  let range: readonly [number, number] = [0, 0];

  const fetchPage = async (page: number) => {
    const { id, group, variant, search } = get();
    if (id === null || inFlight.has(page)) return;
    const asking = inFlight;
    asking.add(page);
    const isLatest = pageAnswers.begin(page);
    const result = await peaksend().campaigns.results({
      id,
      group,
      variant,
      search,
      offset: page * RESULTS_PAGE,
      limit: RESULTS_PAGE,
    });
    asking.delete(page);
    if (!isLatest()) return;
    if (!result.ok) {
      set({ error: result.error });
      return;
    }
    stale.delete(page);
    set({
      pages: { ...get().pages, [page]: result.value.rows },
      total: result.value.total,
      error: null,
    });
  };

  /** Answers on their way are for what was shown before: drop them and ask afresh. */
  const forget = () => {
    pageAnswers.cancelAll();
    inFlight = new Set();
  };

  const restart = (patch: Partial<Pick<ResultsState, 'id' | 'group' | 'variant' | 'search'>>) => {
    forget();
    stale = new Set();
    range = [0, 0];
    set({ ...patch, pages: {}, total: null, error: null });
    void fetchPage(0);
  };

  return {
    id: null,
    group: 'all',
    variant: 'all',
    search: '',
    total: null,
    pages: {},
    error: null,
    open: (id) => restart({ id, group: 'all', variant: 'all', search: '' }),
    setGroup: (group) => restart({ group }),
    setVariant: (variant) => restart({ variant }),
    setSearch: (search) => restart({ search }),
    ensure: (first, last) => {
      range = [first, last];
      const { pages } = get();
      for (let p = Math.floor(first / RESULTS_PAGE); p <= Math.floor(last / RESULTS_PAGE); p++) {
        if (!pages[p] || stale.has(p)) void fetchPage(p);
      }
    },
    refresh: () => {
      const [first, last] = range;
      const from = Math.floor(first / RESULTS_PAGE);
      const to = Math.floor(last / RESULTS_PAGE);
      const kept: Record<number, readonly ResultRow[]> = {};
      for (const [key, rows] of Object.entries(get().pages)) {
        const p = Number(key);
        if (p >= from && p <= to) kept[p] = rows;
      }
      forget();
      stale = new Set(Object.keys(kept).map(Number));
      set({ pages: kept });
      for (let p = from; p <= to; p++) void fetchPage(p);
    },
  };
});
