import { useEffect, useState } from 'react';
import type { IssueKind, RowIssueView } from '../../../../shared/contacts/contact-types';
import { peaksend } from '../../../peaksend-api';
import { formatCount } from '../format';
import {
  issueBadgeClass,
  issueFilterLabel,
  issueKindLabel,
  issueReasonLabel,
} from './issue-labels';

const PAGE = 50;

export interface IssueBrowserProps {
  readonly runId: number;
  /** Kinds with at least one issue, with their counts, for the filter. */
  readonly counts: Readonly<Record<IssueKind, number>>;
}

interface IssuePage {
  readonly key: string;
  readonly rows: RowIssueView[];
  readonly total: number;
  readonly error: string | null;
}

/** The import's per-row report, one kind or all, a page at a time. */
export function IssueBrowser({ runId, counts }: IssueBrowserProps) {
  const [kind, setKind] = useState<IssueKind | null>(null);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<IssuePage | null>(null);
  const key = `${runId}:${kind ?? 'all'}:${offset}`;

  useEffect(() => {
    let live = true;
    void peaksend()
      .contacts.importIssues({ runId, offset, limit: PAGE, ...(kind ? { kind } : {}) })
      .then((result) => {
        if (!live) return;
        if (result.ok) setPage({ key, ...result.value, error: null });
        else setPage({ key, rows: [], total: 0, error: result.error.message });
      });
    return () => {
      live = false;
    };
  }, [runId, kind, offset, key]);

  const kinds = (Object.keys(counts) as IssueKind[]).filter((k) => counts[k] > 0);
  const total = page?.total ?? 0;
  const choose = (next: IssueKind | null) => {
    setKind(next);
    setOffset(0);
  };
  return (
    <section className="contacts-issues" aria-label="Rows to check">
      <div className="contacts-issues-head">
        <h3>Rows to check</h3>
        <div role="group" aria-label="Show" className="contacts-segmented">
          <button type="button" aria-pressed={kind === null} onClick={() => choose(null)}>
            All
          </button>
          {kinds.map((k) => (
            <button key={k} type="button" aria-pressed={kind === k} onClick={() => choose(k)}>
              {issueFilterLabel(k)} ({formatCount(counts[k])})
            </button>
          ))}
        </div>
      </div>
      {page?.error ? (
        <p role="alert" className="banner banner-error">
          {page.error}
        </p>
      ) : null}
      <div className="contacts-issues-scroll" aria-busy={page?.key !== key}>
        <table className="contacts-table contacts-issues-table" aria-label="Issues by row">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Kind</th>
              <th scope="col">Reason</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {(page?.rows ?? []).map((issue) => (
              <tr key={issue.id}>
                <td className="contacts-num">{formatCount(issue.row)}</td>
                <td>
                  <span className={issueBadgeClass(issue.kind)}>{issueKindLabel(issue.kind)}</span>
                </td>
                <td className="contacts-nowrap">{issueReasonLabel(issue.reason)}</td>
                <td className="contacts-issue-detail" title={issue.rawLine}>
                  {issue.detail}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="contacts-pager">
        <span aria-live="polite">
          {total === 0
            ? 'No rows.'
            : `Rows ${formatCount(offset + 1)}–${formatCount(Math.min(offset + PAGE, total))} of ${formatCount(total)}`}
        </span>
        {total > PAGE ? (
          <>
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              Previous page
            </button>
            <button
              type="button"
              disabled={offset + PAGE >= total}
              onClick={() => setOffset(offset + PAGE)}
            >
              Next page
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}
