import { useState } from 'react';
import { countryHint } from '../../../shared/contacts/example-number';
import { sendTestSchema } from '../../../shared/streams/stream-input';
import type { StreamView } from '../../../shared/streams/stream-types';
import { validateSenderId } from '../../../shared/validation/sender-id';
import { Dialog } from '../../ui/dialog';
import { DialogActions } from '../../ui/dialog-actions';
import { Field } from '../../ui/field';
import { TextField } from '../../ui/text-field';
import { useFormErrors } from '../../ui/use-form-errors';
import { CountrySelect } from '../contacts/country-select';
import { manualEntryCountry, useCountryDefaults } from '../settings/use-country-defaults';
import { useStreams } from './streams-store';
import { TestOutcome, type Outcome } from './test-outcome';

export const DEFAULT_TEST_TEXT = 'Test message from Peaksend';

/** Sends one message through a stream to a number the user types, and shows what happened. */
export function SendTestDialog({ stream, onClose }: { stream: StreamView; onClose(): void }) {
  const [phone, setPhone] = useState('');
  const [text, setText] = useState(DEFAULT_TEST_TEXT);
  const [sender, setSender] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Settings' default country, else the locale's, until the user picks one here.
  const defaults = useCountryDefaults();
  const [picked, setPicked] = useState<{ country: string | null } | null>(null);
  const country = picked ? picked.country : manualEntryCountry(defaults);
  const sendTest = useStreams((s) => s.sendTest);
  const { errors, bodyRef, refuse, clearAll } = useFormErrors();

  const submit = async () => {
    const input = {
      id: stream.id,
      phone,
      text,
      sender: sender.trim() || undefined,
      defaultCountry: country,
    };
    const parsed = sendTestSchema.safeParse(input);
    const next: Record<string, string> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) next[issue.path.join('.')] ??= issue.message;
    }
    const senderProblem = input.sender ? validateSenderId(input.sender) : null;
    if (senderProblem) next.sender = senderProblem;
    if (!parsed.success || Object.keys(next).length > 0) return refuse(next);
    clearAll();
    setBusy(true);
    setOutcome(null);
    const result = await sendTest(parsed.data);
    setBusy(false);
    if (result.ok) {
      setOutcome({ kind: 'answered', result: result.value });
    } else if (result.error.fields?.phone) {
      refuse({ phone: result.error.fields.phone });
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
        <DialogActions
          label={busy ? 'Sending…' : outcome ? 'Send again' : 'Send test message'}
          busy={busy}
          onCancel={onClose}
          cancelLabel="Close"
        />
      }
    >
      <div ref={bodyRef} className="form-grid">
        <TextField
          label="Phone number"
          error={errors.phone}
          className="span-2"
          hint="With its country code (+44 7911 123456), or as written in the country below."
          value={phone}
          onChange={setPhone}
          input={{ 'data-autofocus': true, type: 'tel', autoComplete: 'off' }}
        />
        <Field label="Country" className="span-2" hint={countryHint(country)}>
          {(control) => (
            <CountrySelect
              {...control}
              value={country}
              onChange={(next) => setPicked({ country: next })}
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
        <TextField
          label="Sender"
          optional
          error={errors.sender}
          className="span-2"
          hint={senderHint}
          value={sender}
          onChange={setSender}
          input={{
            placeholder: stream.defaultSender || undefined,
            autoComplete: 'off',
            spellCheck: false,
          }}
        />
        <div className="span-2">
          <TestOutcome streamId={stream.id} outcome={outcome} />
        </div>
      </div>
    </Dialog>
  );
}
