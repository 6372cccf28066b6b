import { Field } from '../../ui/field';
import { SecretInput } from '../../ui/secret-input';
import type { FieldErrors } from '../../ui/use-form-errors';
import { UnprotectedChoice } from './unprotected-choice';
import type { TokenEntry } from './use-token-entry';

export interface TokenFieldsProps {
  readonly entry: TokenEntry;
  readonly errors: FieldErrors;
  /** The user changed a field: its message no longer applies. */
  onClear(key: 'token' | 'acceptUnprotected'): void;
  readonly label: string;
  readonly hint?: string;
  readonly className?: string;
  /** Focus the token first when the dialog opens. */
  readonly autoFocus?: boolean;
}

/** The token input and, where the token cannot be protected, the user's explicit consent. */
export function TokenFields({
  entry,
  errors,
  onClear,
  label,
  hint,
  className,
  autoFocus,
}: TokenFieldsProps) {
  return (
    <>
      <Field label={label} error={errors.token} className={className} hint={hint}>
        {(control) => (
          <SecretInput
            {...control}
            data-autofocus={autoFocus || undefined}
            inputRef={entry.tokenRef}
            noun="token"
            onInput={() => onClear('token')}
          />
        )}
      </Field>
      {entry.needsAccept ? (
        <div className={className}>
          <UnprotectedChoice
            storage={entry.storage}
            accepted={entry.accepted}
            onChange={(v) => {
              entry.setAccepted(v);
              onClear('acceptUnprotected');
            }}
            error={errors.acceptUnprotected}
          />
        </div>
      ) : null}
    </>
  );
}
