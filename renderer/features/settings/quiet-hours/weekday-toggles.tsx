const days = [
  ['Sun', 'Sunday'],
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
] as const;

export interface WeekdayTogglesProps {
  /** 0 = Sunday … 6 = Saturday, as the engine counts them. */
  readonly value: readonly number[];
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  onChange(days: number[]): void;
}

/** Seven toggle buttons, one per allowed weekday. */
export function WeekdayToggles({ value, invalid, describedBy, onChange }: WeekdayTogglesProps) {
  return (
    <div
      role="group"
      aria-label="Days"
      aria-describedby={describedBy}
      className={invalid ? 'weekday-toggles weekday-toggles-invalid' : 'weekday-toggles'}
    >
      {days.map(([short, long], day) => {
        const on = value.includes(day);
        return (
          <button
            key={short}
            type="button"
            className="weekday"
            aria-pressed={on}
            title={long}
            onClick={() =>
              onChange(on ? value.filter((d) => d !== day) : [...value, day].sort((a, b) => a - b))
            }
          >
            {/* The name is the whole day; the button shows its short form. */}
            <span aria-hidden="true">{short}</span>
            <span className="sr-only">{long}</span>
          </button>
        );
      })}
    </div>
  );
}
