import { useId } from 'react';
import type { StreamType } from '../../../../../shared/streams/stream-types';
import { CheckboxRow } from '../../../../ui/checkbox-row';

export const DEFAULT_OPT_OUT_FOOTER = 'Reply STOP to opt out';

export interface OptOutFooterFieldProps {
  /** Null when the footer is off. */
  readonly footer: string | null;
  readonly streamType: StreamType | null;
  onChange(footer: string | null): void;
}

/** The opt-out line added under the message; marketing streams need one by law in many places. */
export function OptOutFooterField({ footer, streamType, onChange }: OptOutFooterFieldProps) {
  const id = useId();
  const on = footer !== null;
  const needed = streamType === 'marketing';
  return (
    <div className="opt-out-field">
      <CheckboxRow
        label="Add an opt-out footer"
        checked={on}
        onChange={(checked) => onChange(checked ? DEFAULT_OPT_OUT_FOOTER : null)}
      />
      {on ? (
        <div className="field nested-field">
          <label htmlFor={`${id}-text`}>Footer text</label>
          <input
            id={`${id}-text`}
            dir="auto"
            value={footer}
            maxLength={200}
            onChange={(e) => onChange(e.target.value)}
          />
          <p className="field-hint">Added on its own line at the end of every message.</p>
        </div>
      ) : needed ? (
        <p className="field-hint warning-text">
          Marketing messages must say how to stop them. Without the footer, write your own opt-out
          line in the message.
        </p>
      ) : null}
    </div>
  );
}
