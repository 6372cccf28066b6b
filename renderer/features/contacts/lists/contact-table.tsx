import { elementScroll, observeElementOffset, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { ContactView } from '../../../../shared/contacts/contact-types';
import { formatPhoneInternational } from '../../../../shared/contacts/format-phone';
import { countryName } from '../../../lib/country-name';
import { formatCount } from '../../../lib/format';
import { IconButton } from '../../../ui/icon-button';
import type { ContactPages } from './contact-pages';
import { fixedWindow } from './fixed-window';

const ROW_HEIGHT = 32;
/**
 * Chromium cannot lay out an element much taller than 33.5 million pixels. Up to a million rows
 * the scroll height is exact; beyond that, one pixel of scrollbar stands for a little more.
 */
const MAX_SCROLL_PX = 32_000_000;
const OVERSCAN = 5;

export type SelectAllState = 'none' | 'some' | 'all';

export interface ContactTableProps {
  readonly pages: ContactPages;
  readonly total: number;
  readonly listName: string;
  readonly columns: readonly string[];
  readonly selected: ReadonlySet<number>;
  readonly allState: SelectAllState;
  /** Why "select all" is off (too many rows), or null. */
  readonly selectAllBlocked: string | null;
  onToggle(contact: ContactView): void;
  onToggleAll(): void;
  onEdit(contact: ContactView): void;
}

const warningText = (code: string) =>
  code
    .split(',')
    .map((c) =>
      c === 'not_valid_for_country' ? 'not valid for its country' : c.replace(/_/g, ' '),
    )
    .join(', ');

const ContactRow = memo(function ContactRow({
  contact,
  columns,
  checked,
  onToggle,
  onEdit,
}: {
  contact: ContactView;
  columns: readonly string[];
  checked: boolean;
  onToggle(contact: ContactView): void;
  onEdit(contact: ContactView): void;
}) {
  const country = contact.country ? countryName(contact.country) : null;
  return (
    <>
      <div role="cell" className="contacts-check-cell">
        <input
          type="checkbox"
          aria-label={`Select ${contact.phone}`}
          checked={checked}
          onChange={() => onToggle(contact)}
        />
      </div>
      <div role="cell" className="mono contacts-phone-cell" title={contact.phone}>
        {/* Grouped for the eye; assistive tech and search read the stored E.164 form. */}
        <span aria-hidden="true">{formatPhoneInternational(contact.phone)}</span>
        <span className="sr-only">{contact.phone}</span>
        {contact.optedOut ? (
          <span className="contacts-opted-out" title="On the opt-out list: never sent to">
            Opted out
          </span>
        ) : null}
        {contact.warning ? (
          <span
            className="contacts-warning-mark"
            title={`Warning: ${warningText(contact.warning)}`}
          >
            <span aria-hidden="true"> ⚠</span>
            <span className="sr-only">, warning: {warningText(contact.warning)}</span>
          </span>
        ) : null}
      </div>
      <div role="cell" title={contact.country ?? undefined}>
        {contact.country ? (country ?? contact.country) : '—'}
      </div>
      {columns.map((c) => {
        const value = contact.fields[c] ?? '';
        return (
          <div
            key={c}
            role="cell"
            dir="auto"
            title={value.length > 30 ? value.slice(0, 500) : undefined}
          >
            {value.length > 200 ? `${value.slice(0, 200)}…` : value}
          </div>
        );
      })}
      <div role="cell" className="contacts-edit-cell">
        <IconButton icon="pencil" label={`Edit ${contact.phone}`} onClick={() => onEdit(contact)} />
      </div>
    </>
  );
});

/** The list's contacts as an ARIA table; only the rows on screen exist in the DOM. */
export function ContactTable(props: ContactTableProps) {
  const { pages, total, columns, selected, allState, onToggle, onEdit } = props;
  useSyncExternalStore(pages.subscribe, pages.snapshot);
  const scrollRef = useRef<HTMLDivElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  const scale = Math.max(1, (total * ROW_HEIGHT) / MAX_SCROLL_PX);
  const scaleRef = useRef(scale);
  const windowRef = useRef(0);
  useLayoutEffect(() => {
    scaleRef.current = scale;
  }, [scale]);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = allState === 'some';
  }, [allState]);

  // The virtualizer hands out new functions each render; nothing here memoizes on them.
  // eslint-disable-next-line react-hooks/incompatible-library -- see the line above
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    rangeExtractor: (range) => fixedWindow(range, windowRef.current, OVERSCAN),
    // Scroll positions are in rows × ROW_HEIGHT; the element's own pixels may be fewer (scale).
    observeElementOffset: (instance, cb) =>
      observeElementOffset(instance, (offset, scrolling) =>
        cb(offset * scaleRef.current, scrolling),
      ),
    scrollToFn: (offset, options, instance) =>
      elementScroll(offset / scaleRef.current, options, instance),
  });
  const items = virtualizer.getVirtualItems();
  // The most rows the viewport can show (a partly scrolled one at each end), plus the overscan.
  const viewport = virtualizer.scrollRect?.height ?? 0;
  useLayoutEffect(() => {
    windowRef.current = Math.ceil(viewport / ROW_HEIGHT) + 1 + 2 * OVERSCAN;
  }, [viewport]);
  const slots = Math.max(1, items.length);
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) pages.ensure(first, last);
  }, [pages, first, last, total]);

  // A row's DOM is handed to another contact as it scrolls out: a control focused in it would
  // now act on someone else (or be gone, while its row loads), so focus goes back to the
  // scrolling table instead. Events are off while React commits, hence a check after each.
  const focused = useRef<{ control: Element; row: string | null } | null>(null);
  useLayoutEffect(() => {
    const was = focused.current;
    if (!was) return;
    const active = document.activeElement;
    const gone = !was.control.isConnected && (active === document.body || active === null);
    const moved =
      active === was.control &&
      was.control.closest('[role="row"]')?.getAttribute('aria-rowindex') !== was.row;
    if (gone || moved) {
      focused.current = null;
      scrollRef.current?.focus({ preventScroll: true });
    }
  });

  const offset = virtualizer.scrollOffset ?? 0;
  const shift = offset - offset / scale;
  // Fields share the width; with none, an empty last track keeps the phone column narrow.
  const fieldTracks = columns.length ? columns.map(() => ' minmax(150px, 1fr)').join('') : ' 1fr';
  const template = `44px 230px 150px${fieldTracks} 44px`;
  return (
    <div
      ref={scrollRef}
      className="contacts-scroll"
      tabIndex={0}
      role="region"
      aria-label={`Contacts of ${props.listName}, scrollable`}
    >
      <div
        role="table"
        aria-label={`Contacts of ${props.listName}`}
        aria-rowcount={total + 1}
        className="contacts-grid"
        style={{ ['--contacts-columns' as string]: template }}
      >
        <div role="rowgroup" className="contacts-grid-head">
          <div role="row" aria-rowindex={1} className="contacts-grid-row">
            <div role="columnheader" className="contacts-check-cell">
              <input
                ref={allRef}
                type="checkbox"
                aria-label="Select all matching contacts"
                title={props.selectAllBlocked ?? undefined}
                disabled={props.selectAllBlocked !== null || total === 0}
                checked={allState === 'all'}
                onChange={props.onToggleAll}
              />
            </div>
            <div role="columnheader">Phone</div>
            <div role="columnheader">Country</div>
            {columns.map((c) => (
              <div key={c} role="columnheader" title={`{${c}}`}>
                {c}
              </div>
            ))}
            <div role="columnheader">
              <span className="sr-only">Edit</span>
            </div>
          </div>
        </div>
        <div
          role="rowgroup"
          className="contacts-grid-body"
          style={{ height: virtualizer.getTotalSize() / scale }}
          onFocus={(e) => {
            const row = e.target.closest('[role="row"]')?.getAttribute('aria-rowindex');
            focused.current = { control: e.target, row: row ?? null };
          }}
        >
          {items.map((item) => {
            const contact = pages.row(item.index);
            return (
              <div
                key={item.index % slots}
                role="row"
                aria-rowindex={item.index + 2}
                className={
                  contact && selected.has(contact.id)
                    ? 'contacts-grid-row contacts-grid-row-selected'
                    : 'contacts-grid-row'
                }
                style={{ transform: `translateY(${item.start - shift}px)` }}
              >
                {contact ? (
                  <ContactRow
                    contact={contact}
                    columns={columns}
                    checked={selected.has(contact.id)}
                    onToggle={onToggle}
                    onEdit={onEdit}
                  />
                ) : (
                  <div role="cell" className="muted contacts-loading-cell">
                    Loading row {formatCount(item.index + 1)}…
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
