import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import type { ResultRow } from '../../../../shared/campaigns/campaign-types';
import { AWAITING_WINNER } from '../../../../shared/campaigns/message-variants';
import { formatClock, heldText } from './format-progress';
import { stateLabel } from './progress-labels';
import { rowAt, useResults } from './results-store';

const ROW_HEIGHT = 36;
const columns = ['Phone', 'State', 'Parts', 'CommPeak uuid', 'Error', 'Delivery status', 'Time'];
const withVariant = ['Phone', 'Variant', ...columns.slice(1)];

function latestTime(r: ResultRow): string | null {
  return r.finalAt ?? r.acceptedAt ?? r.submittedAt;
}

function Cell({ text, className }: { text: string | null; className?: string }) {
  return (
    <div role="cell" className={className} title={text ?? undefined}>
      {text ?? <span className="muted">—</span>}
    </div>
  );
}

const ResultLine = memo(function ResultLine({
  row,
  variants,
}: {
  row: ResultRow;
  variants: boolean;
}) {
  const time = latestTime(row);
  return (
    <>
      <Cell text={row.phone} className="mono" />
      {variants ? (
        <Cell text={row.variant === AWAITING_WINNER ? 'Rest' : row.variant} className="cp-num" />
      ) : null}
      <div role="cell">
        <span className={`cp-state cp-state-${row.state}`} title={stateLabel(row.state)}>
          {stateLabel(row.state)}
        </span>
      </div>
      <Cell text={String(row.parts)} className="cp-num" />
      <Cell text={row.messageUuid} className="mono" />
      <Cell text={heldText(row) ?? row.error} />
      <Cell text={row.deliveryStatus?.replace(/_/g, ' ') ?? null} />
      <div role="cell">
        {time ? (
          <time dateTime={time} title={formatClock(time).long}>
            {formatClock(time).short}
          </time>
        ) : (
          <span className="muted">—</span>
        )}
      </div>
    </>
  );
});

/**
 * The results as an ARIA table whose rows are virtualised: only what is on screen is in the DOM,
 * and pages of rows are fetched as the user scrolls to them.
 */
export const ResultsTable = memo(function ResultsTable({
  total,
  variants = false,
}: {
  total: number;
  /** The campaign has variants: each row says which one it got. */
  variants?: boolean;
}) {
  const pages = useResults((s) => s.pages);
  const ensure = useResults((s) => s.ensure);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands out new functions each render; nothing here memoizes on them.
  // eslint-disable-next-line react-hooks/incompatible-library -- see the line above
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) ensure(first, last);
  }, [first, last, total, ensure]);

  return (
    <div ref={scrollRef} className="cp-scroll" tabIndex={0} role="region" aria-label="Results rows">
      <div
        role="table"
        aria-label="Campaign results"
        aria-rowcount={total + 1}
        className={variants ? 'cp-table cp-table-variants' : 'cp-table'}
      >
        <div role="rowgroup" className="cp-thead">
          <div role="row" aria-rowindex={1} className="cp-row">
            {(variants ? withVariant : columns).map((c) => (
              <div key={c} role="columnheader" title={c}>
                {c}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="cp-tbody" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(pages, item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="cp-row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row ? (
                  <ResultLine row={row} variants={variants} />
                ) : (
                  <div role="cell" className="muted cp-loading-cell">
                    Loading…
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
