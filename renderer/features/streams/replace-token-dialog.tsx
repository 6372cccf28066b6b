import { useEffect, useRef, useState } from 'react';
import type { StreamView } from '../../../shared/streams/stream-types';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { SecretInput } from '../../ui/secret-input';
import { useToasts } from '../../ui/toast-store';
import { peaksend } from '../../peaksend-api';
import { FormAlert } from './form-alert';
import { checkToken, errorsFromServer, type FieldErrors } from './stream-form';
import { useStreams } from './streams-store';
import { UNPROTECTED_REQUIRED, UnprotectedChoice } from './unprotected-choice';

/** Paste a new token for a stream (rotated in CommPeak, or unreadable after a keychain change). */
export function ReplaceTokenDialog({ stream, onClose }: { stream: StreamView; onClose(): void }) {
  const { storage, load } = useStreams();
  const show = useToasts((s) => s.show);
  const tokenRef = useRef<HTMLInputElement>(null);
  const [accepted, setAccepted] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Main may find the keychain gone after the dialog opened; then it asks here too.
  const [keychainLost, setKeychainLost] = useState(false);
  const needsAccept = storage?.level !== 'os-keychain' || keychainLost;

  useEffect(() => {
    if (attempt > 0) bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const refuse = (next: FieldErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
  };

  const submit = async () => {
    const checked = checkToken(tokenRef.current?.value ?? '');
    const next: Record<string, string> = {};
    if (!checked.ok) next.token = checked.error;
    if (needsAccept && !accepted) next.acceptUnprotected = UNPROTECTED_REQUIRED;
    if (!checked.ok || Object.keys(next).length > 0) {
      refuse(next);
      return;
    }
    setBusy(true);
    const result = await peaksend().streams.replaceToken({
      id: stream.id,
      token: checked.value,
      acceptUnprotected: needsAccept && accepted,
    });
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'UNPROTECTED_STORAGE') setKeychainLost(true);
      refuse(errorsFromServer(result.error));
      return;
    }
    show('success', `The token of “${stream.name}” was replaced.`);
    void load();
    onClose();
  };

  const other = Object.entries(errors)
    .filter(([key]) => key !== 'token' && key !== 'acceptUnprotected')
    .map(([, m]) => m);

  return (
    <Dialog
      title={`Replace the token of ${stream.name}`}
      description="Paste the stream’s current token from your CommPeak account. The old one is forgotten."
      size="small"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            Replace token
          </button>
        </>
      }
    >
      <div ref={bodyRef}>
        <FormAlert messages={other} />
        <Field label="New token" error={errors.token}>
          {(control) => (
            <SecretInput
              {...control}
              data-autofocus
              inputRef={tokenRef}
              noun="token"
              onInput={() => setErrors(({ token: _dropped, ...rest }) => rest)}
            />
          )}
        </Field>
        {needsAccept ? (
          <UnprotectedChoice
            storage={storage}
            accepted={accepted}
            onChange={(v) => {
              setAccepted(v);
              setErrors(({ acceptUnprotected: _dropped, ...rest }) => rest);
            }}
            error={errors.acceptUnprotected}
          />
        ) : null}
      </div>
    </Dialog>
  );
}
