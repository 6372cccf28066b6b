import { useId } from 'react';
import type { SendingWindow } from '../../../../shared/schedule/quiet-hours-policy';
import { FieldError } from '../../../ui/field';
import { IconButton } from '../../../ui/icon-button';
import { crossesMidnight, type WindowErrors } from './quiet-hours-draft';
import { WeekdayToggles } from './weekday-toggles';

export interface WindowRowProps {
  /** The group's accessible name: "Default window" or "France (FR)". */
  readonly label: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly window: SendingWindow;
  readonly errors: WindowErrors | undefined;
  onChange(window: SendingWindow): void;
  /** Absent for the default window, which cannot be removed. */
  onRemove?(): void;
}

/** One sending window: start, end and the allowed weekdays, with messages under the row. */
export function WindowRow({
  label,
  title,
  subtitle,
  window,
  errors,
  onChange,
  onRemove,
}: WindowRowProps) {
  const id = useId();
  const errorId = (field: keyof WindowErrors) => (errors?.[field] ? `${id}-${field}` : undefined);
  const messages = (['start', 'end', 'days'] as const).filter((f) => errors?.[f]);
  const timeInput = (field: 'start' | 'end', label: string) => (
    <input
      type="time"
      aria-label={label}
      value={window[field]}
      aria-invalid={errors?.[field] ? true : undefined}
      aria-describedby={errorId(field)}
      onChange={(e) => onChange({ ...window, [field]: e.target.value })}
    />
  );
  return (
    <div role="group" aria-label={label} className="window-row" data-window-key={label}>
      <div className="window-name">
        <span className="window-title">{title}</span>
        {subtitle ? <span className="window-subtitle">{subtitle}</span> : null}
      </div>
      <div className="window-times">
        {timeInput('start', 'Start')}
        <span aria-hidden="true" className="window-dash">
          –
        </span>
        {timeInput('end', 'End')}
      </div>
      <WeekdayToggles
        value={window.days}
        invalid={Boolean(errors?.days)}
        describedBy={errorId('days')}
        onChange={(days) => onChange({ ...window, days })}
      />
      <div className="window-actions">
        {onRemove ? (
          <IconButton
            icon="trash"
            label={`Remove the window for ${label}`}
            title="Remove"
            onClick={onRemove}
          />
        ) : null}
      </div>
      {messages.length > 0 || crossesMidnight(window) ? (
        <div className="window-notes">
          {messages.map((field) => (
            <FieldError key={field} id={errorId(field)} message={errors?.[field]} />
          ))}
          {crossesMidnight(window) && messages.length === 0 ? (
            <p className="field-hint">
              Runs past midnight: from {window.start} until {window.end} the next day.
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
