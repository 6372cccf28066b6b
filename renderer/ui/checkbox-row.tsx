import { useId, type ReactNode } from 'react';

export interface CheckboxRowProps {
  readonly label: ReactNode;
  readonly checked: boolean;
  onChange(checked: boolean): void;
  readonly disabled?: boolean;
  readonly invalid?: boolean;
  /** Ids of the texts that explain the choice (a hint, an error). */
  readonly describedBy?: string | undefined;
  readonly className?: string;
}

/** A checkbox with its label beside it. */
export function CheckboxRow({
  label,
  checked,
  onChange,
  disabled,
  invalid,
  describedBy,
  className,
}: CheckboxRowProps) {
  const id = useId();
  return (
    <div className={className ? `checkbox-row ${className}` : 'checkbox-row'}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
