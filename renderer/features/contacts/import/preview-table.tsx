import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { CsvPreview } from '../../../../shared/contacts/contact-types';
import { formatCount } from '../../../lib/format';
import { columnLabel } from './mapping-draft';

const MAX_CELL = 120;
/**
 * Past this many columns only the columns in view are in the page (a 5,000-column file made
 * 20,000 cells that took long to build, to lay out and, on "Next", to take down again).
 */
export const WIDE_FROM = 60;
/** A wide file's columns share one width, so the columns in view follow from the scroll. */
const WIDE_COLUMN_PX = 160;

function cellText(value: string | undefined): string {
  if (value === undefined) return '';
  return value.length > MAX_CELL ? `${value.slice(0, MAX_CELL)}…` : value;
}

/** The first rows as the engine read them; a wide file's columns render as they scroll in. */
export function PreviewTable({ preview, busy }: { preview: CsvPreview; busy: boolean }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const wide = preview.columnCount > WIDE_FROM;
  // The cells get nothing from the virtualiser but positions; nothing memoises on it.
  // eslint-disable-next-line react-hooks/incompatible-library -- see the line above
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: wide ? preview.columnCount : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => WIDE_COLUMN_PX,
    overscan: 3,
  });
  if (preview.empty) {
    return (
      <div role="alert" className="banner banner-warning">
        This file has no rows to import.
      </div>
    );
  }
  const items = virtualizer.getVirtualItems();
  const columns = wide
    ? items.map((item) => item.index)
    : Array.from({ length: preview.columnCount }, (_, i) => i);
  const before = wide ? (items[0]?.start ?? 0) : 0;
  const after = wide ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  // Stand-ins for the columns out of view, so the scrollbar spans the whole file. Hidden from
  // assistive tech, which counts the columns from aria-colcount and aria-colindex.
  const spacer = (width: number) =>
    width > 0 ? (
      <td aria-hidden="true" className="contacts-preview-spacer" style={{ width }} />
    ) : null;
  return (
    <>
      {preview.singleColumn && preview.columnCount <= 1 ? (
        <p className="banner banner-info">
          Only one column was found. If the file has more, choose another delimiter.
        </p>
      ) : null}
      {/* It scrolls: reachable by keyboard (arrow keys scroll it) and named for screen readers. */}
      <div
        ref={scrollRef}
        className="contacts-preview-scroll"
        tabIndex={0}
        role="region"
        aria-label="First rows of the file, scrollable"
        aria-busy={busy}
      >
        <table
          className={`contacts-table contacts-preview-table${wide ? ' contacts-preview-wide' : ''}`}
          aria-label="First rows of the file"
          aria-colcount={wide ? preview.columnCount + 1 : undefined}
          style={wide ? { width: 48 + virtualizer.getTotalSize() } : undefined}
        >
          <thead>
            <tr>
              <th scope="col" className="contacts-rownum">
                <span className="sr-only">Row</span>
              </th>
              {spacer(before)}
              {columns.map((i) => (
                <th key={i} scope="col" aria-colindex={wide ? i + 2 : undefined}>
                  {columnLabel(preview, i)}
                  {i === preview.phoneColumn ? (
                    <span className="badge badge-info contacts-phone-badge">phone</span>
                  ) : null}
                </th>
              ))}
              {spacer(after)}
            </tr>
          </thead>
          <tbody>
            {preview.previewRows.map((row, r) => (
              <tr key={r}>
                <td className="contacts-rownum">{r + 1}</td>
                {spacer(before)}
                {columns.map((i) => (
                  <td key={i} title={row[i]} dir="auto" aria-colindex={wide ? i + 2 : undefined}>
                    {cellText(row[i])}
                  </td>
                ))}
                {spacer(after)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted contacts-preview-note">
        {preview.previewRows.length === 0
          ? 'Only a header row was found.'
          : `The first ${formatCount(preview.previewRows.length)} rows, ${formatCount(preview.columnCount)} columns.`}
      </p>
    </>
  );
}
