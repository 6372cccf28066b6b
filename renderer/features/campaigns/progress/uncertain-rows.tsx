import type { ResultRow } from '../../../../shared/campaigns/campaign-types';
import { formatCount } from '../../../lib/format';
import { useAnswer } from '../../../lib/use-answer';
import { formatClock } from './format-progress';
import { reasonLabel } from './progress-labels';
import { useProgress } from './progress-store';

export const PAGE_SIZE = 200;

/** The codes an uncertain row can carry (the engine's uncertain causes), for the filter. */
const UNCERTAIN_CODES = [
  'timeout',
  'aborted',
  'reset',
  'network',
  'http_5xx',
  'malformed_reply',
  'missing_entry',
  'interrupted',
] as const;

/** The engine's reasons end with what uncertain means, which the banner already says. */
function firstSentence(error: string | null): string {
  if (!error) return 'Outcome unknown';
  return error.split(/(?<=\.)\s/)[0] ?? error;
}

/** One page of the uncertain rows matching the filter, fetched again when their number changes. */
export function useUncertainPage(id: number, count: number, filter: UncertainFilter) {
  const uncertainRows = useProgress((s) => s.uncertainRows);
  const key =
    count === 0 ? null : `${id}:${count}:${filter.search}:${filter.errorCode}:${filter.page}`;
  const answer = useAnswer(
    key,
    () =>
      uncertainRows({
        offset: filter.page * PAGE_SIZE,
        limit: PAGE_SIZE,
        search: filter.search,
        ...(filter.errorCode ? { errorCode: filter.errorCode } : {}),
      }),
    { keepPrevious: true },
  );
  return count > 0 && answer.state === 'ok' ? answer.value : { rows: [], total: 0 };
}

export interface UncertainFilter {
  readonly search: string;
  readonly errorCode: string;
  readonly page: number;
}

/**
 * Every uncertain row, a page at a time, filterable by phone digits and error, each with a
 * checkbox: the user can resend or mark as sent exactly the rows they choose.
 */
export function UncertainRows({
  rows,
  total,
  filter,
  onFilter,
  selected,
  onSelect,
}: {
  rows: readonly ResultRow[];
  total: number;
  filter: UncertainFilter;
  onFilter(next: UncertainFilter): void;
  selected: ReadonlySet<number>;
  onSelect(next: ReadonlySet<number>): void;
}) {
  const { search, errorCode, page } = filter;
  const setPage = (p: number) => onFilter({ ...filter, page: p });
  const toggle = (seq: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(seq);
    else next.delete(seq);
    onSelect(next);
  };
  const allShown = rows.length > 0 && rows.every((r) => selected.has(r.seq));
  const showAll = (on: boolean) => {
    const next = new Set(selected);
    for (const r of rows) {
      if (on) next.add(r.seq);
      else next.delete(r.seq);
    }
    onSelect(next);
  };
  const first = page * PAGE_SIZE;
  return (
    <div className="cp-uncertain-rows">
      <div className="cp-uncertain-filters">
        <label>
          Phone
          <input
            type="search"
            value={search}
            inputMode="tel"
            onChange={(e) => onFilter({ ...filter, search: e.target.value, page: 0 })}
          />
        </label>
        <label>
          Error
          <select
            value={errorCode}
            onChange={(e) => onFilter({ ...filter, errorCode: e.target.value, page: 0 })}
          >
            <option value="">Any error</option>
            {UNCERTAIN_CODES.map((code) => (
              <option key={code} value={code}>
                {reasonLabel(code)}
              </option>
            ))}
          </select>
        </label>
        <label className="cp-check">
          <input
            type="checkbox"
            checked={allShown}
            disabled={rows.length === 0}
            onChange={(e) => showAll(e.target.checked)}
          />
          Select all shown
        </label>
      </div>
      <ul className="cp-uncertain-list" aria-label="Uncertain messages">
        {rows.map((r) => (
          <li key={r.seq}>
            <input
              type="checkbox"
              aria-label={`Select ${r.phone}`}
              checked={selected.has(r.seq)}
              onChange={(e) => toggle(r.seq, e.target.checked)}
            />
            <span className="mono">{r.phone}</span>
            <span className="cp-uncertain-reason" title={r.error ?? undefined}>
              {firstSentence(r.error)}
            </span>
            {r.submittedAt ? (
              <time dateTime={r.submittedAt} title={formatClock(r.submittedAt).long}>
                {formatClock(r.submittedAt).short}
              </time>
            ) : null}
          </li>
        ))}
      </ul>
      {total > PAGE_SIZE ? (
        <div className="cp-uncertain-pager">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span className="muted">
            {formatCount(first + 1)}–{formatCount(Math.min(total, first + PAGE_SIZE))} of{' '}
            {formatCount(total)}
          </span>
          <button
            type="button"
            disabled={first + PAGE_SIZE >= total}
            onClick={() => setPage(page + 1)}
          >
            Next
          </button>
        </div>
      ) : null}
    </div>
  );
}
