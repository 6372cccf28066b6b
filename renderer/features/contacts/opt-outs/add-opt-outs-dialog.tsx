import { useState } from 'react';
import type { AddSuppressionsView } from '../../../../shared/contacts/contact-types';
import { countryHint } from '../../../../shared/contacts/example-number';
import { formatCount } from '../../../lib/format';
import { Dialog } from '../../../ui/dialog';
import { DialogActions } from '../../../ui/dialog-actions';
import { Field } from '../../../ui/field';
import { TextField } from '../../../ui/text-field';
import { CountTile } from '../count-tile';
import { CountrySelect } from '../country-select';
import { manualEntryCountry, useCountryDefaults } from '../../settings/use-country-defaults';
import { OptOutReportDialog } from './opt-out-report-dialog';
import { useOptOuts } from './opt-outs-store';
import { parseNumbers } from './parse-numbers';

const MAX_NUMBERS = 10_000;

/** Typed or pasted opt-outs; shows what was added, already there, or refused and why. */
export function AddOptOutsDialog({ onClose }: { onClose(): void }) {
  const addOptOuts = useOptOuts((s) => s.add);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  // Settings' default country, else the locale's, until the user picks one here.
  const defaults = useCountryDefaults();
  const [picked, setPicked] = useState<{ country: string | null } | null>(null);
  const country = picked ? picked.country : manualEntryCountry(defaults);
  const setCountry = (next: string | null) => setPicked({ country: next });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AddSuppressionsView | null>(null);

  const add = async () => {
    const phones = parseNumbers(text);
    if (phones.length === 0) {
      setError('Type or paste at least one number.');
      return;
    }
    if (phones.length > MAX_NUMBERS) {
      setError(`Add up to ${formatCount(MAX_NUMBERS)} numbers at a time, or import them as a CSV.`);
      return;
    }
    if (phones.some((p) => p.length > 40)) {
      setError('One of the entries is too long to be a phone number; put one number per line.');
      return;
    }
    setBusy(true);
    const answer = await addOptOuts({
      phones,
      note: note.trim() === '' ? null : note.trim(),
      defaultCountry: country,
    });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setResult(answer.value);
  };

  if (result) {
    return (
      <OptOutReportDialog
        title="Add opt-outs"
        countsLabel="Opt-outs added"
        onClose={onClose}
        counts={
          <>
            <CountTile label="Added" value={result.added} tone="ok" />
            <CountTile label="Already there" value={result.alreadySuppressed} />
            <CountTile
              label="Invalid"
              value={result.invalid.length}
              tone={result.invalid.length ? 'error' : undefined}
            />
          </>
        }
      >
        {result.invalid.length > 0 ? (
          <ul className="contacts-invalid-list" aria-label="Numbers not added">
            {result.invalid.map((item) => (
              <li key={item.input}>
                <code>{item.input}</code> — {item.detail}
              </li>
            ))}
          </ul>
        ) : null}
      </OptOutReportDialog>
    );
  }

  return (
    <Dialog
      title="Add opt-outs"
      description="These numbers will never be messaged: they are left out of imports and skipped when a campaign sends."
      onClose={onClose}
      onSubmit={() => void add()}
      footer={<DialogActions label="Add to opt-outs" busy={busy} onCancel={onClose} />}
    >
      <Field label="Phone numbers" hint="One per line, or separated by commas." error={error}>
        {(control) => (
          <textarea
            {...control}
            data-autofocus
            rows={6}
            value={text}
            spellCheck={false}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
          />
        )}
      </Field>
      <div className="form-grid">
        <Field label="Default country" hint={countryHint(country)}>
          {(control) => <CountrySelect {...control} value={country} onChange={setCountry} />}
        </Field>
        <TextField
          label="Note"
          optional
          hint="Why, e.g. “asked by phone”."
          value={note}
          onChange={setNote}
          input={{ type: 'text', maxLength: 200 }}
        />
      </div>
    </Dialog>
  );
}
