import { useId } from 'react';
import type { ContactListView } from '../../../../../shared/contacts/contact-types';
import { plural } from '../../../../lib/format';

export interface ListChecklistProps {
  readonly legend: string;
  readonly hint?: string;
  readonly optional?: boolean;
  readonly lists: readonly ContactListView[];
  readonly checked: ReadonlySet<number>;
  /** Lists that cannot be ticked here (they are used by the other group). */
  readonly disabled: ReadonlySet<number>;
  readonly disabledWhy: string;
  /** Lists that cannot be chosen at all (an import into them has not finished), with why. */
  readonly unusable?: ReadonlyMap<number, string>;
  onChange(ids: number[]): void;
}

/** A group of checkboxes, one per contact list, with its contact count. */
export function ListChecklist(p: ListChecklistProps) {
  const hintId = useId();
  const toggle = (id: number, on: boolean) => {
    // Keep the lists' own order so the choice reads the same everywhere.
    const next = p.lists.map((l) => l.id).filter((x) => (x === id ? on : p.checked.has(x)));
    p.onChange(next);
  };
  return (
    <fieldset className="list-checklist" aria-describedby={p.hint ? hintId : undefined}>
      <legend>
        {p.legend}
        {p.optional ? <span className="field-optional"> (optional)</span> : null}
      </legend>
      {p.hint ? (
        <p id={hintId} className="field-hint">
          {p.hint}
        </p>
      ) : null}
      <ul>
        {p.lists.map((l) => {
          const why = p.disabled.has(l.id) ? p.disabledWhy : p.unusable?.get(l.id);
          // A list already ticked stays untickable, so it can always be taken out again.
          const off = p.disabled.has(l.id) || (why !== undefined && !p.checked.has(l.id));
          return (
            <li key={l.id} className={off ? 'is-disabled' : undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={p.checked.has(l.id)}
                  disabled={off}
                  onChange={(e) => toggle(l.id, e.target.checked)}
                />
                <span className="list-name" dir="auto">
                  {l.name}
                </span>
                <span className="list-count">{plural(l.contactCount, 'contact')}</span>
                {why ? <span className="list-note">{why}</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
