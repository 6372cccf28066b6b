import { useState } from 'react';
import { assertNever } from '../../../../shared/assert-never';
import type { ContactListView } from '../../../../shared/contacts/contact-types';
import type { SegmentMatch, SegmentView } from '../../../../shared/contacts/segment-types';
import { formatCount, plural } from '../../../lib/format';
import { Dialog } from '../../../ui/dialog';
import { DialogActions } from '../../../ui/dialog-actions';
import { FieldError } from '../../../ui/field';
import { Icon } from '../../../ui/icon';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useToasts } from '../../../ui/toast-store';
import { useFormErrors } from '../../../ui/use-form-errors';
import { toCondition, toDraft, type ConditionDraft } from './condition-draft';
import { ConditionRow } from './condition-row';
import { useSegments } from './segments-store';
import { useSegmentCount, type SegmentCountState } from './use-segment-count';

export interface SegmentEditorProps {
  readonly list: ContactListView;
  /** The segment to edit; absent for a new one. */
  readonly segment?: SegmentView;
  onClose(): void;
}

const segmentMatches: readonly SegmentMatch[] = ['all', 'any'];
const matchLabels: Readonly<Record<SegmentMatch, string>> = {
  all: 'all of these conditions',
  any: 'any of these conditions',
};

/**
 * Builds a segment of one list: conditions on its fields, all or any of them, with the number of
 * contacts they select counted live by the engine as the conditions change.
 */
export function SegmentEditorDialog({ list, segment, onClose }: SegmentEditorProps) {
  const [name, setName] = useState(segment?.name ?? '');
  const [match, setMatch] = useState<SegmentMatch>(segment?.match ?? 'all');
  const firstField = list.columns[0] ?? '';
  const [drafts, setDrafts] = useState<readonly ConditionDraft[]>(() =>
    segment ? segment.conditions.map(toDraft) : [{ field: firstField, op: 'equals', value: '' }],
  );
  const [busy, setBusy] = useState(false);
  const { errors, bodyRef, refuse, clear, clearAll } = useFormErrors();
  const save = useSegments((s) => s.save);
  const toast = useToasts((s) => s.show);
  const conditions = drafts.map(toCondition);
  const count = useSegmentCount(
    { listId: list.id, match, conditions },
    `${list.contactCount}:${list.updatedAt}`,
  );

  const edit = (next: readonly ConditionDraft[]) => {
    setDrafts(next);
    clearAll();
  };
  const submit = async () => {
    if (name.trim() === '') {
      refuse({ name: 'Give the segment a name.' });
      return;
    }
    setBusy(true);
    const result = await save({
      ...(segment ? { id: segment.id } : {}),
      name: name.trim(),
      listId: list.id,
      match,
      conditions,
    });
    setBusy(false);
    if (!result.ok) {
      refuse(result.error.fields ?? { _: result.error.message });
      return;
    }
    toast('success', `Saved the segment “${result.value.name}”.`);
    onClose();
  };

  return (
    <Dialog
      title={segment ? `Edit segment “${segment.name}”` : `New segment of “${list.name}”`}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={<DialogActions label="Save segment" busy={busy} onCancel={onClose} />}
    >
      <div ref={bodyRef} className="segment-editor">
        {errors._ ? <FieldError role="alert" message={errors._} /> : null}
        <TextField
          label="Segment name"
          error={errors.name}
          value={name}
          onChange={(value) => {
            setName(value);
            clear('name');
          }}
          input={{ type: 'text', maxLength: 100, dir: 'auto' }}
        />
        {list.columns.length === 0 ? (
          <p className="notice notice-info">
            This list has only phone numbers: a segment needs fields to filter on. Every contact of
            the list is in it.
          </p>
        ) : (
          <fieldset className="segment-conditions">
            <legend>Contacts that match</legend>
            <SelectField<SegmentMatch>
              label="Match"
              className="segment-match"
              value={match}
              options={segmentMatches}
              labelOf={(m) => matchLabels[m]}
              onChange={setMatch}
            />
            <ol aria-label="Conditions">
              {drafts.map((draft, i) => (
                <ConditionRow
                  key={i}
                  index={i}
                  draft={draft}
                  fields={list.columns}
                  error={errors[`conditions.${i}.field`]}
                  onChange={(next) => edit(drafts.map((d, j) => (j === i ? next : d)))}
                  onRemove={() => edit(drafts.filter((_, j) => j !== i))}
                />
              ))}
            </ol>
            <button
              type="button"
              disabled={drafts.length >= 20}
              onClick={() => edit([...drafts, { field: firstField, op: 'equals', value: '' }])}
            >
              <Icon name="plus" /> Add a condition
            </button>
          </fieldset>
        )}
        <p className="segment-count" aria-live="polite" data-testid="segment-count">
          {countWords(count, list.contactCount)}
        </p>
      </div>
    </Dialog>
  );
}

/** The live count in words: "1,204 of 10,000 contacts match". */
export function countWords(count: SegmentCountState, listSize: number): string {
  switch (count.state) {
    case 'incomplete':
      return 'Fill in every condition to see how many contacts match.';
    case 'counting':
      return count.previous === null
        ? 'Counting…'
        : `Counting… (was ${formatCount(count.previous)})`;
    case 'failed':
      return `Could not count: ${count.message}`;
    case 'ok':
      return `${formatCount(count.count)} of ${plural(count.total || listSize, 'contact')} match`;
    default:
      return assertNever(count);
  }
}
