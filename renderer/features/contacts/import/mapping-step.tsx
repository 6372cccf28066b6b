import type { CsvPreview } from '../../../../shared/contacts/contact-types';
import { Field } from '../../../ui/field';
import { useContactLists } from '../contact-lists-store';
import { CountrySelect } from '../country-select';
import { formatCount } from '../../../lib/format';
import { FieldMapping } from './field-mapping';
import { useImport } from './import-store';
import { columnLabel, type MappingDraft, type MappingErrors } from './mapping-draft';

export interface MappingStepProps {
  readonly preview: CsvPreview;
  readonly draft: MappingDraft;
  /** Shown once the user tried to import. */
  readonly errors: MappingErrors | null;
}

/** Step 2: the phone column, the merge fields, the target list and the default country. */
export function MappingStep({ preview, draft, errors }: MappingStepProps) {
  const update = useImport((s) => s.updateMapping);
  const lists = useContactLists((s) => s.lists);
  const columns = Array.from({ length: preview.columnCount }, (_, i) => i);
  return (
    <div className="contacts-import-step contacts-mapping">
      <div className="contacts-mapping-top">
        <Field label="Phone number column" error={errors?.phone}>
          {(control) => (
            <select
              {...control}
              data-autofocus
              value={draft.phoneColumn ?? ''}
              onChange={(e) =>
                update({ phoneColumn: e.target.value === '' ? null : Number(e.target.value) })
              }
            >
              {draft.phoneColumn === null ? <option value="">Choose a column…</option> : null}
              {columns.map((i) => (
                <option key={i} value={i}>
                  {columnLabel(preview, i)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Default country"
          hint="For numbers written without a country code, like 052-426-5292."
        >
          {(control) => (
            <CountrySelect
              {...control}
              value={draft.defaultCountry}
              onChange={(defaultCountry) => update({ defaultCountry })}
            />
          )}
        </Field>
      </div>

      <fieldset className="contacts-fieldset contacts-target">
        <legend>Import into</legend>
        <div className="contacts-target-option">
          <div className="checkbox-row">
            <input
              id="contacts-target-new"
              type="radio"
              name="contacts-target"
              checked={draft.target === 'new'}
              onChange={() => update({ target: 'new' })}
            />
            <label htmlFor="contacts-target-new">A new list</label>
          </div>
          {draft.target === 'new' ? (
            <Field label="List name" error={errors?.newListName} className="contacts-target-field">
              {(control) => (
                <input
                  {...control}
                  type="text"
                  maxLength={100}
                  value={draft.newListName}
                  onChange={(e) => update({ newListName: e.target.value })}
                />
              )}
            </Field>
          ) : null}
        </div>
        <div className="contacts-target-option">
          <div className="checkbox-row">
            <input
              id="contacts-target-existing"
              type="radio"
              name="contacts-target"
              checked={draft.target === 'existing'}
              disabled={lists.length === 0}
              onChange={() => {
                // Numbers added to a list are read like the ones already in it.
                const list = lists.find((l) => l.id === draft.listId);
                update({
                  target: 'existing',
                  defaultCountry: list?.defaultCountry ?? draft.defaultCountry,
                });
              }}
            />
            <label htmlFor="contacts-target-existing">
              An existing list{lists.length === 0 ? ' (there are none yet)' : ''}
            </label>
          </div>
          {draft.target === 'existing' ? (
            <Field label="List" error={errors?.listId} className="contacts-target-field">
              {(control) => (
                <select
                  {...control}
                  value={draft.listId ?? ''}
                  onChange={(e) => {
                    const list = lists.find((l) => l.id === Number(e.target.value));
                    update({
                      listId: list?.id ?? null,
                      defaultCountry: list?.defaultCountry ?? draft.defaultCountry,
                    });
                  }}
                >
                  {lists.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name} ({formatCount(l.contactCount)})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </div>
      </fieldset>

      <FieldMapping
        preview={preview}
        draft={draft}
        errors={errors?.fields ?? {}}
        onChange={(fields) => update({ fields })}
      />
    </div>
  );
}
