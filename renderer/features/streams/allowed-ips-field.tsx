import { useId, useState } from 'react';
import { FieldError } from '../../ui/field';
import { Icon } from '../../ui/icon';
import type { FieldErrors } from '../../ui/use-form-errors';
import { checkIpEntry } from './stream-form';

export interface AllowedIpsFieldProps {
  readonly ips: readonly string[];
  onChange(ips: readonly string[]): void;
  /** Typed but not yet added with +; the form adds it on save if it is valid. */
  readonly draft: string;
  onDraftChange(draft: string): void;
  /** Errors from submitting: "allowedIps" or "allowedIps.N". */
  readonly errors: FieldErrors;
}

/** The IPs the stream accepts calls from, each checked as it is added with the + button. */
export function AllowedIpsField({
  ips,
  onChange,
  draft,
  onDraftChange,
  errors,
}: AllowedIpsFieldProps) {
  const id = useId();
  const [draftError, setDraftError] = useState<string | null>(null);
  const listError =
    errors.allowedIps ??
    ips
      .map((ip, i) => (errors[`allowedIps.${i}`] ? `${ip}: ${errors[`allowedIps.${i}`]}` : null))
      .find((m) => m !== null) ??
    null;
  const error = draftError ?? listError;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  const add = () => {
    const problem = checkIpEntry(draft, ips);
    setDraftError(problem);
    if (problem === null) {
      onChange([...ips, draft.trim()]);
      onDraftChange('');
    }
  };

  return (
    <div className="field">
      <label htmlFor={id}>
        Allowed IPs<span className="field-optional"> (optional)</span>
      </label>
      <div className="input-with-button">
        <input
          id={id}
          value={draft}
          placeholder="203.0.113.7 or 203.0.113.0/24"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => {
            onDraftChange(e.target.value);
            setDraftError(null);
          }}
          onKeyDown={(e) => {
            // Enter adds the address instead of submitting the whole form.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="icon-button bordered" aria-label="Add IP" onClick={add}>
          <Icon name="plus" />
        </button>
      </div>
      {error ? <FieldError id={errorId} message={error} /> : null}
      <p id={hintId} className="field-hint">
        The addresses you entered in CommPeak for this stream. Calls from other addresses are
        refused.
      </p>
      {ips.length > 0 ? (
        <ul className="chip-list" aria-label="Added IPs">
          {ips.map((ip, i) => (
            <li key={ip} className={errors[`allowedIps.${i}`] ? 'chip chip-invalid' : 'chip'}>
              <span>{ip}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${ip}`}
                onClick={() => onChange(ips.filter((x) => x !== ip))}
              >
                <Icon name="x" size={12} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
