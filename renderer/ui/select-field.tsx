import { Field, type FieldProps } from './field';

export interface SelectFieldProps<T extends string> extends Omit<FieldProps, 'children'> {
  readonly value: T;
  readonly options: readonly T[];
  /** The words for each option. */
  labelOf(option: T): string;
  onChange(value: T): void;
  readonly disabled?: boolean;
}

/** A labelled drop-down over a fixed set of values, each shown in words. */
export function SelectField<T extends string>({
  value,
  options,
  labelOf,
  onChange,
  disabled,
  ...field
}: SelectFieldProps<T>) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          value={value}
          disabled={disabled}
          // The options are exactly `options`, so the chosen value is one of them.
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {labelOf(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
