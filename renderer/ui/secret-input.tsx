import { useState, type Ref } from 'react';
import type { FieldControlProps } from './field';
import { Icon } from './icon';

export interface SecretInputProps extends FieldControlProps {
  /** The input is uncontrolled: read its value through this ref when submitting. */
  readonly inputRef: Ref<HTMLInputElement>;
  /** "token": the toggle reads "Show token" / "Hide token". */
  readonly noun: string;
  onInput?(): void;
  /** Focus this input first when its dialog opens. */
  readonly 'data-autofocus'?: boolean;
}

/**
 * A password-style input with an eye toggle. Deliberately uncontrolled: React keeps a controlled
 * input's value attribute in sync, which would put the secret into the DOM's markup; an
 * uncontrolled input keeps it only in the element's live value.
 */
export function SecretInput({ inputRef, noun, onInput, ...control }: SecretInputProps) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="secret-input">
      <input
        {...control}
        ref={inputRef}
        type={visible ? 'text' : 'password'}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        onInput={onInput}
      />
      <button
        type="button"
        className="icon-button"
        aria-label={visible ? `Hide ${noun}` : `Show ${noun}`}
        aria-controls={control.id}
        onClick={() => setVisible((v) => !v)}
      >
        <Icon name={visible ? 'eyeOff' : 'eye'} />
      </button>
    </div>
  );
}
