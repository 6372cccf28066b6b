import { useId } from 'react';
import { segmentOperators } from '../../../../shared/contacts/segment-types';
import { FieldError } from '../../../ui/field';
import { IconButton } from '../../../ui/icon-button';
import { needsValue, operatorLabels, type ConditionDraft } from './condition-draft';

export interface ConditionRowProps {
  readonly index: number;
  readonly draft: ConditionDraft;
  readonly fields: readonly string[];
  readonly error: string | undefined;
  onChange(draft: ConditionDraft): void;
  onRemove(): void;
}

/** One condition: a field, how it compares, and (for most) the value. */
export function ConditionRow({
  index,
  draft,
  fields,
  error,
  onChange,
  onRemove,
}: ConditionRowProps) {
  const id = useId();
  const n = index + 1;
  return (
    <li className="segment-condition">
      <div className="segment-condition-controls">
        <label className="sr-only" htmlFor={`${id}-field`}>
          Field of condition {n}
        </label>
        <select
          id={`${id}-field`}
          value={draft.field}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-autofocus={index === 0 || undefined}
          onChange={(e) => onChange({ ...draft, field: e.target.value })}
        >
          {fields.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor={`${id}-op`}>
          Comparison of condition {n}
        </label>
        <select
          id={`${id}-op`}
          value={draft.op}
          onChange={(e) => {
            const op = segmentOperators.find((o) => o === e.target.value) ?? 'equals';
            onChange({ ...draft, op });
          }}
        >
          {segmentOperators.map((op) => (
            <option key={op} value={op}>
              {operatorLabels[op]}
            </option>
          ))}
        </select>
        {needsValue(draft.op) ? (
          <>
            <label className="sr-only" htmlFor={`${id}-value`}>
              Value of condition {n}
            </label>
            <input
              id={`${id}-value`}
              type="text"
              dir="auto"
              maxLength={draft.op === 'isOneOf' ? 4000 : 200}
              placeholder={draft.op === 'isOneOf' ? 'gold, silver' : 'gold'}
              value={draft.value}
              onChange={(e) => onChange({ ...draft, value: e.target.value })}
            />
          </>
        ) : null}
        <IconButton icon="x" label={`Remove condition ${n}`} onClick={onRemove} />
      </div>
      {draft.op === 'isOneOf' ? (
        <p className="field-hint">Separate the values with commas.</p>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </li>
  );
}
