import type { CsvPreview } from '../../../../shared/contacts/contact-types';
import { toSnakeCase as toFieldName } from '../../../../shared/contacts/field-names';
import { columnLabel, type FieldDraft, type MappingDraft } from './mapping-draft';

export interface FieldMappingProps {
  readonly preview: CsvPreview;
  readonly draft: MappingDraft;
  readonly errors: Readonly<Record<number, string>>;
  onChange(fields: readonly FieldDraft[]): void;
}

function sample(preview: CsvPreview, column: number): string {
  const value = preview.previewRows.find((row) => (row[column] ?? '').trim() !== '')?.[column];
  if (!value) return '';
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Which columns become merge fields, and under which `{name}`. */
export function FieldMapping({ preview, draft, errors, onChange }: FieldMappingProps) {
  const update = (index: number, patch: Partial<FieldDraft>) =>
    onChange(draft.fields.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  const others = draft.fields.map((_, i) => i).filter((i) => i !== draft.phoneColumn);
  const allOn = others.every((i) => draft.fields[i]?.include);
  return (
    <fieldset className="contacts-fieldset">
      <legend>Merge fields</legend>
      <p className="muted contacts-fieldset-hint">
        Columns you keep can be used in messages, like <code>{'{first_name}'}</code>.
      </p>
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
          {draft.fields.map((field, i) => {
            const label = columnLabel(preview, i);
            const isPhone = i === draft.phoneColumn;
            const name = toFieldName(field.name);
            const error = errors[i];
            const errorId = `contacts-field-error-${i}`;
            return (
              <tr key={i} className={isPhone || !field.include ? 'contacts-row-off' : undefined}>
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
                <td className="contacts-sample" title={preview.previewRows[0]?.[i]}>
                  {sample(preview, i)}
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
                      {field.include && name ? (
                        <code className="contacts-token">{`{${name}}`}</code>
                      ) : null}
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
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
