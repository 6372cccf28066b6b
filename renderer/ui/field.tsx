import { useId, type ReactNode } from 'react';

/** What a field hands its control so the label, hint and error are wired for assistive tech. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

export interface FieldProps {
  readonly label: ReactNode;
  /** Why the value is not accepted, shown next to the control; null when it is fine. */
  readonly error?: string | null | undefined;
  readonly hint?: ReactNode;
  /** Marks the label "(optional)" so required fields need no asterisk. */
  readonly optional?: boolean;
  readonly className?: string;
  readonly children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form control with its hint and error message. The error is tied to the control with
 * aria-describedby and aria-invalid, so a screen reader says why the value is refused.
 */
export function Field({ label, error, hint, optional, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field-optional"> (optional)</span> : null}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {error ? <FieldError id={errorId} message={error} /> : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Why a value is refused, marked with a warning sign that screen readers skip. */
export function FieldError({
  id,
  message,
  className,
  role,
}: {
  id?: string | undefined;
  message: ReactNode;
  className?: string;
  /** "alert" for a message that appears after pressing a button, away from the field. */
  role?: 'alert';
}) {
  return (
    <p id={id} role={role} className={className ? `field-error ${className}` : 'field-error'}>
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
