import { useId } from 'react';
import type { StorageStatus } from '../../../shared/contract/streams-contract';
import { CheckboxRow } from '../../ui/checkbox-row';
import { FieldError } from '../../ui/field';

export interface UnprotectedChoiceProps {
  readonly storage: StorageStatus | null;
  readonly accepted: boolean;
  onChange(accepted: boolean): void;
  readonly error?: string | undefined;
}

/**
 * Shown when this computer has no protected key store: the user must choose, knowingly, to keep
 * the token without protection. Nothing is saved until the box is ticked.
 */
export function UnprotectedChoice({ storage, accepted, onChange, error }: UnprotectedChoiceProps) {
  const id = useId();
  const explainId = `${id}-explain`;
  const errorId = `${id}-error`;
  const backend = storage?.backend ?? 'unknown';
  return (
    <section className="notice notice-warning" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>The token would not be protected on this computer</h3>
      <p id={explainId}>
        Peaksend normally locks tokens with the system keychain, but none is available here; the key
        store in use is <strong>{backend}</strong>. Anyone who can read your files could recover the
        token.
      </p>
      <CheckboxRow
        label="Store the token unprotected"
        checked={accepted}
        invalid={Boolean(error)}
        describedBy={error ? `${errorId} ${explainId}` : explainId}
        onChange={onChange}
      />
      {error ? <FieldError id={errorId} message={error} /> : null}
    </section>
  );
}

export const UNPROTECTED_REQUIRED =
  'Tick “Store the token unprotected” to save it anyway, or cancel.';
