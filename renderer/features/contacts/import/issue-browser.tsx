import { useState } from 'react';
import type { IssueKind } from '../../../../shared/contacts/contact-types';
import { formatCount } from '../../../lib/format';
import { useAnswer } from '../../../lib/use-answer';
import { TableHead } from '../../../ui/table-head';
import { Pager } from '../pager';
import { useImport } from './import-store';
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

/** The import's per-row report, one kind or all, a page at a time. */
export function IssueBrowser({ runId, counts }: IssueBrowserProps) {
  const [kind, setKind] = useState<IssueKind | null>(null);
  const [offset, setOffset] = useState(0);
  const issues = useImport((s) => s.issues);
  const page = useAnswer(
    `${runId}:${kind ?? 'all'}:${offset}`,
    () => issues({ runId, kind, offset, limit: PAGE }),
    { keepPrevious: true },
  );
  const rows = page.state === 'ok' ? page.value.rows : [];
  const total = page.state === 'ok' ? page.value.total : 0;

  const kinds = (Object.keys(counts) as IssueKind[]).filter((k) => counts[k] > 0);
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
      {page.state === 'failed' ? (
        <p role="alert" className="banner banner-error">
          {page.error.message}
        </p>
      ) : null}
      {/* It scrolls: reachable by keyboard (arrow keys scroll it) and named for screen readers. */}
      <div
        className="contacts-issues-scroll"
        tabIndex={0}
        role="region"
        aria-label="Issues by row, scrollable"
        aria-busy={page.state === 'loading' || page.stale}
      >
        <table className="contacts-table contacts-issues-table" aria-label="Issues by row">
          <TableHead columns={['Row', 'Kind', 'Reason', 'Details']} />
          <tbody>
            {rows.map((issue) => (
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
      <Pager offset={offset} pageSize={PAGE} total={total} onChange={setOffset}>
        {total === 0
          ? 'No rows.'
          : `Rows ${formatCount(offset + 1)}–${formatCount(Math.min(offset + PAGE, total))} of ${formatCount(total)}`}
      </Pager>
    </section>
  );
}
