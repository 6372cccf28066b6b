import { useState } from 'react';
import type { StreamView } from '../../../shared/streams/stream-types';
import { Dialog } from '../../ui/dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { useToasts } from '../../ui/toast-store';
import { useFormErrors } from '../../ui/use-form-errors';
import { FormAlert } from './form-alert';
import { errorsFromServer, unplacedErrors } from './stream-form';
import { useStreams } from './streams-store';
import { TokenFields } from './token-fields';
import { useTokenEntry } from './use-token-entry';

/** Paste a new token for a stream (rotated in CommPeak, or unreadable after a keychain change). */
export function ReplaceTokenDialog({ stream, onClose }: { stream: StreamView; onClose(): void }) {
  const replaceToken = useStreams((s) => s.replaceToken);
  const show = useToasts((s) => s.show);
  const entry = useTokenEntry(true);
  const { errors, bodyRef, refuse, clear } = useFormErrors();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const { token, errors } = entry.read();
    if (Object.keys(errors).length > 0) return refuse(errors);
    setBusy(true);
    const result = await replaceToken({
      id: stream.id,
      token,
      acceptUnprotected: entry.acceptUnprotected,
    });
    setBusy(false);
    if (!result.ok) {
      entry.refused(result.error);
      return refuse(errorsFromServer(result.error));
    }
    show('success', `The token of “${stream.name}” was replaced.`);
    onClose();
  };

  return (
    <Dialog
      title={`Replace the token of ${stream.name}`}
      description="Paste the stream’s current token from your CommPeak account. The old one is forgotten."
      size="small"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={<DialogActions label="Replace token" busy={busy} onCancel={onClose} />}
    >
      <div ref={bodyRef}>
        <FormAlert messages={unplacedErrors(errors, ['token', 'acceptUnprotected'])} />
        <TokenFields entry={entry} errors={errors} onClear={clear} label="New token" autoFocus />
      </div>
    </Dialog>
  );
}
