import type { ReactNode } from 'react';
import type { CsvPreview } from '../../../../shared/contacts/contact-types';
import { formatCount } from '../../../lib/format';
import { Field } from '../../../ui/field';
import { TextField } from '../../../ui/text-field';
import { useContactLists } from '../contact-lists-store';
import { CountrySelect } from '../country-select';
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
        <TargetOption
          target="new"
          label="A new list"
          chosen={draft.target}
          onChoose={() => update({ target: 'new' })}
        >
          <TextField
            label="List name"
            error={errors?.newListName}
            className="contacts-target-field"
            value={draft.newListName}
            onChange={(newListName) => update({ newListName })}
            input={{ type: 'text', maxLength: 100 }}
          />
        </TargetOption>
        <TargetOption
          target="existing"
          label={`An existing list${lists.length === 0 ? ' (there are none yet)' : ''}`}
          chosen={draft.target}
          disabled={lists.length === 0}
          onChoose={() => {
            // Numbers added to a list are read like the ones already in it.
            const list = lists.find((l) => l.id === draft.listId);
            update({
              target: 'existing',
              defaultCountry: list?.defaultCountry ?? draft.defaultCountry,
            });
          }}
        >
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
                  <option key={l.id} value={l.id} dir="auto">
                    {l.name} ({formatCount(l.contactCount)})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </TargetOption>
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

/** One "Import into" choice; its own field shows only while it is chosen. */
function TargetOption({
  target,
  label,
  chosen,
  disabled,
  onChoose,
  children,
}: {
  target: MappingDraft['target'];
  label: string;
  chosen: MappingDraft['target'];
  disabled?: boolean;
  onChoose(): void;
  children: ReactNode;
}) {
  const id = `contacts-target-${target}`;
  return (
    <div className="contacts-target-option">
      <div className="checkbox-row">
        <input
          id={id}
          type="radio"
          name="contacts-target"
          checked={chosen === target}
          disabled={disabled}
          onChange={onChoose}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {chosen === target ? children : null}
    </div>
  );
}
