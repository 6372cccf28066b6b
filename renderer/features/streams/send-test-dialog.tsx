import { useEffect, useRef, useState } from 'react';
import type { TestSendResult } from '../../../shared/contract/streams-contract';
import { sendTestSchema } from '../../../shared/streams/stream-input';
import type { StreamView } from '../../../shared/streams/stream-types';
import { validateSenderId } from '../../../shared/validation/sender-id';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { peaksend } from '../../peaksend-api';
import { TestOutcome, type Outcome } from './test-outcome';
import type { FieldErrors } from './stream-form';

export const DEFAULT_TEST_TEXT = 'Test message from Peaksend';

/** Sends one message through a stream to a number the user types, and shows what happened. */
export function SendTestDialog({ stream, onClose }: { stream: StreamView; onClose(): void }) {
  const [phone, setPhone] = useState('');
  const [text, setText] = useState(DEFAULT_TEST_TEXT);
  const [sender, setSender] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const submit = async () => {
    const input = { id: stream.id, phone, text, sender: sender.trim() || undefined };
    const parsed = sendTestSchema.safeParse(input);
    const next: Record<string, string> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) next[issue.path.join('.')] ??= issue.message;
    }
    const senderProblem = input.sender ? validateSenderId(input.sender) : null;
    if (senderProblem) next.sender = senderProblem;
    setErrors(next);
    if (!parsed.success || Object.keys(next).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    setOutcome(null);
    const result = await peaksend().streams.sendTest(parsed.data);
    setBusy(false);
    if (result.ok) {
      setOutcome({ kind: 'answered', result: result.value satisfies TestSendResult });
    } else if (result.error.fields?.phone) {
      setErrors({ phone: result.error.fields.phone });
      setAttempt((n) => n + 1);
    } else {
      setOutcome({ kind: 'failed', message: result.error.message });
    }
  };

  const senderHint = stream.defaultSender
    ? `Empty: the stream’s default sender, ${stream.defaultSender}.`
    : 'Letters and digits up to 11 characters, or a number up to 15 digits.';

  return (
    <Dialog
      title={`Send a test message from ${stream.name}`}
      description={
        stream.builtIn
          ? 'The Sandbox only pretends to send: no real message leaves this computer.'
          : 'This sends a real SMS through CommPeak and may be charged.'
      }
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            {busy ? 'Sending…' : outcome ? 'Send again' : 'Send test message'}
          </button>
        </>
      }
    >
      <div ref={bodyRef} className="form-grid">
        <Field
          label="Phone number"
          error={errors.phone}
          className="span-2"
          hint="In international form, e.g. +44 7911 123456."
        >
          {(control) => (
            <input
              {...control}
              data-autofocus
              type="tel"
              autoComplete="off"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
            />
          )}
        </Field>
        <Field label="Message" error={errors.text} className="span-2">
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <Field label="Sender" optional error={errors.sender} className="span-2" hint={senderHint}>
          {(control) => (
            <input
              {...control}
              value={sender}
              placeholder={stream.defaultSender || undefined}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setSender(e.target.value)}
            />
          )}
        </Field>
        <div className="span-2">
          <TestOutcome streamId={stream.id} outcome={outcome} />
        </div>
      </div>
    </Dialog>
  );
}
