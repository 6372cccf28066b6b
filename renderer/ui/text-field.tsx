import type { InputHTMLAttributes } from 'react';
import { Field, type FieldProps } from './field';

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
> & {
  /** Focus this input first when its dialog opens. */
  readonly 'data-autofocus'?: boolean | undefined;
};

export interface TextFieldProps extends Omit<FieldProps, 'children'> {
  readonly value: string;
  onChange(value: string): void;
  /** What the `<input>` needs beyond its value: type, maxLength, autoComplete, placeholder… */
  readonly input?: InputAttributes;
}

/** A labelled one-line text input with its hint and error (the common case of `Field`). */
export function TextField({ value, onChange, input, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <input {...input} {...control} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
