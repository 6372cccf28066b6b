import { useId } from 'react';
import type { ContactListView } from '../../../../../shared/contacts/contact-types';
import type { SegmentView } from '../../../../../shared/contacts/segment-types';
import { plural } from '../../../../lib/format';
import { useSegmentCount } from '../../../contacts/segments/use-segment-count';

export interface SegmentChecklistProps {
  readonly legend: string;
  readonly hint: string;
  readonly segments: readonly SegmentView[];
  readonly lists: readonly ContactListView[];
  readonly checked: ReadonlySet<number>;
  /** Segments that cannot be ticked here (they are used by the other group). */
  readonly disabled: ReadonlySet<number>;
  readonly disabledWhy: string;
  onChange(ids: number[]): void;
}

function SegmentOption({
  segment,
  list,
  checked,
  off,
  disabledWhy,
  onToggle,
}: {
  segment: SegmentView;
  list: ContactListView | undefined;
  checked: boolean;
  off: boolean;
  disabledWhy: string;
  onToggle(on: boolean): void;
}) {
  const count = useSegmentCount(segment, list ? `${list.contactCount}:${list.updatedAt}` : '', 0);
  return (
    <li className={off ? 'is-disabled' : undefined}>
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={off}
          onChange={(e) => onToggle(e.target.checked)}
        />
        <span className="list-name">
          <span dir="auto">{segment.name}</span>
          {list ? (
            <span className="muted">
              {' '}
              of <span dir="auto">{list.name}</span>
            </span>
          ) : null}
        </span>
        <span className="list-count">
          {count.state === 'ok' ? plural(count.count, 'contact') : '…'}
        </span>
        {off ? <span className="list-note">{disabledWhy}</span> : null}
      </label>
    </li>
  );
}

/** A group of checkboxes, one per saved segment, with how many contacts it selects now. */
export function SegmentChecklist(p: SegmentChecklistProps) {
  const hintId = useId();
  const byId = new Map(p.lists.map((l) => [l.id, l]));
  const toggle = (id: number, on: boolean) => {
    const next = p.segments.map((s) => s.id).filter((x) => (x === id ? on : p.checked.has(x)));
    p.onChange(next);
  };
  return (
    <fieldset className="list-checklist" aria-describedby={hintId}>
      <legend>
        {p.legend}
        <span className="field-optional"> (optional)</span>
      </legend>
      <p id={hintId} className="field-hint">
        {p.hint}
      </p>
      <ul>
        {p.segments.map((segment) => (
          <SegmentOption
            key={segment.id}
            segment={segment}
            list={byId.get(segment.listId)}
            checked={p.checked.has(segment.id)}
            off={p.disabled.has(segment.id)}
            disabledWhy={p.disabledWhy}
            onToggle={(on) => toggle(segment.id, on)}
          />
        ))}
      </ul>
    </fieldset>
  );
}
