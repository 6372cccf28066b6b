import { useDeferredValue, type ReactNode } from 'react';
import { countrySourceWords } from '../../../../shared/contacts/country-rule';
import { countryHint } from '../../../../shared/contacts/example-number';
import type { ImportPreview } from '../../../../shared/contacts/import-types';
import { formatCount } from '../../../lib/format';
import { Field } from '../../../ui/field';
import { TextField } from '../../../ui/text-field';
import { useContactLists } from '../contact-lists-store';
import { CountrySelect } from '../country-select';
import { CountryGuessHint } from './country-guess-hint';
import { FieldMapping } from './field-mapping';
import type { ImportTarget } from './import-flow-types';
import { useImport } from './import-store';
import { columnLabel, type MappingDraft, type MappingErrors } from './mapping-draft';

export interface MappingStepProps {
  readonly preview: ImportPreview;
  readonly draft: MappingDraft;
  /** Shown once the user tried to import. */
  readonly errors: MappingErrors | null;
  readonly target: ImportTarget;
}

/**
 * Step 2: the phone column and the default country; for a contact list also the merge fields
 * and the list to import into (opt-outs have neither).
 */
export function MappingStep({ preview, draft, errors, target }: MappingStepProps) {
  const update = useImport((s) => s.updateMapping);
  const columns = phoneChoices(
    preview.columnCount,
    useDeferredValue(preview.columnCount, Math.min(preview.columnCount, FIRST_CHOICES)),
    draft.phoneColumn,
  );
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
          hint={`${countryHint(draft.defaultCountry)}${presetNote(draft)}`}
        >
          {(control) => (
            <CountrySelect
              {...control}
              value={draft.defaultCountry}
              onChange={(defaultCountry) => update({ defaultCountry, countrySource: null })}
            />
          )}
        </Field>
      </div>
      <CountryGuessHint
        guess={
          draft.phoneColumn === null ? null : (preview.countryGuesses[draft.phoneColumn] ?? null)
        }
        chosen={draft.defaultCountry}
        onUse={(defaultCountry) => update({ defaultCountry, countrySource: null })}
      />
      {target === 'list' ? <ListTarget draft={draft} errors={errors} preview={preview} /> : null}
    </div>
  );
}

/**
 * A wide file's phone column list is thousands of options: built, styled and measured before the
 * step could show (a 5,000-column file spent a fifth of its first render on it). The step shows
 * with the first ones (and the chosen one); the rest follow in a deferred render right after.
 */
const FIRST_CHOICES = 100;

/** The columns offered for the phone: the first `listed`, and the chosen one among them. */
function phoneChoices(count: number, listed: number, chosen: number | null): number[] {
  const columns = Array.from({ length: Math.min(count, listed) }, (_, i) => i);
  if (chosen !== null && chosen >= columns.length) columns.push(chosen);
  return columns;
}

/** " Preset: the last one used." while the country is the one the rule chose. */
function presetNote(draft: MappingDraft): string {
  const source = draft.countrySource;
  if (source === null || source === 'chosen' || source === 'none') return '';
  return ` Preset: ${countrySourceWords(source)}.`;
}

/** Where the contacts go, and which columns come along as merge fields. */
function ListTarget({
  draft,
  errors,
  preview,
}: {
  draft: MappingDraft;
  errors: MappingErrors | null;
  preview: ImportPreview;
}) {
  const update = useImport((s) => s.updateMapping);
  const lists = useContactLists((s) => s.lists);
  return (
    <>
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
              ...(list?.defaultCountry
                ? { defaultCountry: list.defaultCountry, countrySource: 'list' as const }
                : {}),
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
                    ...(list?.defaultCountry
                      ? { defaultCountry: list.defaultCountry, countrySource: 'list' as const }
                      : {}),
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
    </>
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
