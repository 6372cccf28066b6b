import { useEffect, useRef, useState, type RefObject } from 'react';

/** Messages keyed like the server's `fields`: "name", "allowedIps.2", "token", "_" (form). */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * After each refused save (`refusals` goes up), moves focus to the first control inside `ref`
 * that needs fixing, so keyboard and screen-reader users land on the problem.
 */
export function useFocusFirstInvalid(
  ref: RefObject<HTMLElement | null>,
  refusals: number,
  selector = '[aria-invalid="true"]',
): void {
  useEffect(() => {
    if (refusals > 0) ref.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [ref, refusals, selector]);
}

/** A form's field messages; `refuse` shows a set of them and focuses the first bad field. */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusals, setRefusals] = useState(0);
  const bodyRef = useRef<HTMLDivElement>(null);
  useFocusFirstInvalid(bodyRef, refusals);
  return {
    errors,
    bodyRef,
    refuse: (next: FieldErrors) => {
      setErrors(next);
      setRefusals((n) => n + 1);
    },
    clearAll: () => setErrors({}),
    /** The user changed the field: its message no longer applies. */
    clear: (key: string) => setErrors(({ [key]: _dropped, ...rest }) => rest),
  };
}
