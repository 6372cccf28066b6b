import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { CsvPreview } from '../../../../shared/contacts/contact-types';
import { toSnakeCase as toFieldName } from '../../../../shared/contacts/field-names';
import { columnLabel, type FieldDraft, type MappingDraft } from './mapping-draft';

export interface FieldMappingProps {
  readonly preview: CsvPreview;
  readonly draft: MappingDraft;
  readonly errors: Readonly<Record<number, string>>;
  onChange(fields: readonly FieldDraft[]): void;
}

// Past this many columns only the rows in view are rendered (a 5,000-column file took seconds
// to show every row's inputs); below it every row is in the page, as a plain table.
const VIRTUAL_FROM = 150;
const ROW_HEIGHT = 44;

function sample(preview: CsvPreview, column: number): string {
  const value = preview.previewRows.find((row) => (row[column] ?? '').trim() !== '')?.[column];
  if (!value) return '';
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Which columns become merge fields, and under which `{name}`. */
export function FieldMapping({ preview, draft, errors, onChange }: FieldMappingProps) {
  // One `update` for the component's life, reading the latest draft: rows are memoised, and a
  // row that did not re-render must not edit with the fields of an older render.
  const latest = useRef({ fields: draft.fields, onChange });
  useLayoutEffect(() => {
    latest.current = { fields: draft.fields, onChange };
  });
  const update = useCallback((index: number, patch: Partial<FieldDraft>) => {
    const { fields, onChange: change } = latest.current;
    change(fields.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  }, []);
  const others = draft.fields.map((_, i) => i).filter((i) => i !== draft.phoneColumn);
  const allOn = others.every((i) => draft.fields[i]?.include);
  const virtual = draft.fields.length > VIRTUAL_FROM;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The rows get only `measureElement`, a property of the virtualiser's one instance (stable).
  // eslint-disable-next-line react-hooks/incompatible-library -- see the line above
  const virtualizer = useVirtualizer({
    count: virtual ? draft.fields.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const row = (i: number) => (
    <FieldRow
      key={i}
      index={i}
      label={columnLabel(preview, i)}
      example={sample(preview, i)}
      title={preview.previewRows[0]?.[i]}
      field={draft.fields[i] as FieldDraft}
      isPhone={i === draft.phoneColumn}
      error={errors[i]}
      update={update}
      measure={virtual ? virtualizer.measureElement : undefined}
    />
  );
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const table = (
    <table className="contacts-table contacts-mapping-table" aria-label="Merge fields">
      <thead>
        <tr>
          <th scope="col" className="contacts-check-cell">
            <input
              type="checkbox"
              aria-label="Keep every column"
              checked={allOn}
              disabled={others.length === 0}
              onChange={(e) =>
                onChange(
                  draft.fields.map((f, i) =>
                    i === draft.phoneColumn ? f : { ...f, include: e.target.checked },
                  ),
                )
              }
            />
          </th>
          <th scope="col">Column</th>
          <th scope="col">Example</th>
          <th scope="col">Field name</th>
        </tr>
      </thead>
      <tbody>
        {virtual ? (
          <>
            {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
            {items.map((item) => row(item.index))}
            {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
          </>
        ) : (
          draft.fields.map((_, i) => row(i))
        )}
      </tbody>
    </table>
  );
  return (
    <fieldset className="contacts-fieldset">
      <legend>Merge fields</legend>
      <p className="muted contacts-fieldset-hint">
        Columns you keep can be used in messages, like <code>{'{first_name}'}</code>.
        {virtual
          ? ` This file has ${draft.fields.length.toLocaleString()} columns: scroll the list.`
          : null}
      </p>
      {virtual ? (
        // It scrolls: reachable by keyboard and named for screen readers.
        <div
          ref={scrollRef}
          className="contacts-mapping-scroll"
          tabIndex={0}
          role="region"
          aria-label="Merge fields, scrollable"
        >
          {table}
        </div>
      ) : (
        table
      )}
    </fieldset>
  );
}

interface FieldRowProps {
  readonly index: number;
  readonly label: string;
  readonly example: string;
  readonly title: string | undefined;
  readonly field: FieldDraft;
  readonly isPhone: boolean;
  readonly error: string | undefined;
  update(index: number, patch: Partial<FieldDraft>): void;
  /** The virtualiser's measure (rows taller than the estimate: an error under the name). */
  readonly measure: ((el: HTMLTableRowElement | null) => void) | undefined;
}

/** One column's row. Memoised on its own props, so typing in one name re-renders one row. */
const FieldRow = memo(function FieldRow({
  index: i,
  label,
  example,
  title,
  field,
  isPhone,
  error,
  update,
  measure,
}: FieldRowProps) {
  const name = toFieldName(field.name);
  const errorId = `contacts-field-error-${i}`;
  return (
    <tr
      ref={measure}
      data-index={i}
      className={isPhone || !field.include ? 'contacts-row-off' : undefined}
    >
      <td className="contacts-check-cell">
        {isPhone ? null : (
          <input
            type="checkbox"
            aria-label={`Keep ${label}`}
            checked={field.include}
            onChange={(e) => update(i, { include: e.target.checked })}
          />
        )}
      </td>
      <th scope="row">{label}</th>
      <td className="contacts-sample" title={title}>
        {example}
      </td>
      <td>
        {isPhone ? (
          <span className="badge badge-info">Phone number</span>
        ) : (
          <div className="contacts-field-name">
            <input
              type="text"
              aria-label={`Field name for ${label}`}
              value={field.name}
              disabled={!field.include}
              maxLength={80}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => update(i, { name: e.target.value })}
            />
            {field.include && name ? <code className="contacts-token">{`{${name}}`}</code> : null}
            {error && field.include ? (
              <p id={errorId} className="field-error">
                {error}
              </p>
            ) : null}
          </div>
        )}
      </td>
    </tr>
  );
});
