import { useState } from 'react';
import { senderRuleSchema, type SenderRule } from '../../../../shared/compliance/sender-rules';
import { lookupCountry } from '../../../../shared/pricing/country-lookup';
import { countryLabel } from '../../../lib/country-name';
import { CheckboxRow } from '../../../ui/checkbox-row';
import { Dialog } from '../../../ui/dialog';
import { DialogActions } from '../../../ui/dialog-actions';
import { Field } from '../../../ui/field';

export interface SenderRuleDialogProps {
  /** The country being edited; null to add one. */
  readonly country: string | null;
  readonly rule: SenderRule;
  /** Countries that already have a rule (an added one must be new). */
  hasRule(country: string): boolean;
  /** Saves; resolves to an error message, or null when saved (the caller closes the dialog). */
  onSave(country: string, rule: SenderRule): Promise<string | null>;
  onClose(): void;
}

type Errors = Partial<Record<'country' | 'maxLength' | 'note' | 'form', string>>;

/** Edit one country's rule, or add a country; checked with the shared schema before saving. */
export function SenderRuleDialog({
  country,
  rule,
  hasRule,
  onSave,
  onClose,
}: SenderRuleDialogProps) {
  const [code, setCode] = useState('');
  const [alphanumeric, setAlphanumeric] = useState(rule.alphanumeric);
  const [registration, setRegistration] = useState(rule.registration);
  const [maxLength, setMaxLength] = useState(String(rule.maxLength));
  const [note, setNote] = useState(rule.note);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const found: Errors = {};
    let target = country;
    if (target === null) {
      const looked = lookupCountry(code);
      if (code.trim() === '') found.country = 'Enter a two-letter country code, like DE.';
      else if (!looked.ok) found.country = looked.message;
      else if (hasRule(looked.country))
        found.country = `${countryLabel(looked.country)} has a rule already: edit it instead.`;
      else target = looked.country;
    }
    const length = /^\d+$/.test(maxLength.trim()) ? Number(maxLength) : null;
    if (length === null) found.maxLength = 'Enter a number of characters, like 11.';
    const parsed = senderRuleSchema.safeParse({
      alphanumeric,
      registration,
      maxLength: length,
      note,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === 'note' ? 'note' : 'maxLength';
        found[key] ??= issue.message;
      }
    }
    if (Object.keys(found).length > 0 || target === null || !parsed.success) {
      setErrors(found);
      return;
    }
    setBusy(true);
    const problem = await onSave(target, parsed.data);
    setBusy(false);
    if (problem !== null) setErrors({ form: problem });
  };

  return (
    <Dialog
      title={country ? `Sender rule for ${countryLabel(country)}` : 'Add a sender rule'}
      description="What this country accepts as a sender. The Review warns with these rules, and a sender that cannot work there stops the send."
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={<DialogActions label="Save rule" busy={busy} onCancel={onClose} />}
    >
      <div className="sender-rule-form">
        {errors.form ? (
          <p role="alert" className="notice notice-error">
            {errors.form}
          </p>
        ) : null}
        {country === null ? (
          <Field
            label="Country code"
            error={errors.country}
            hint="ISO code like DE, or an English name."
          >
            {(control) => (
              <input
                {...control}
                data-autofocus
                className="mono"
                value={code}
                maxLength={60}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <CheckboxRow
          label="Letter senders (like “Peaksend”) are delivered"
          checked={alphanumeric}
          onChange={setAlphanumeric}
        />
        <CheckboxRow
          label="Senders must be registered before use"
          checked={registration}
          onChange={setRegistration}
        />
        <Field
          label="Longest sender name"
          error={errors.maxLength}
          hint="Characters shown in full; the usual limit is 11."
          className="sender-rule-length"
        >
          {(control) => (
            <input
              {...control}
              data-autofocus={country !== null || undefined}
              inputMode="numeric"
              value={maxLength}
              maxLength={2}
              onChange={(e) => setMaxLength(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Note"
          optional
          error={errors.note}
          hint="Numbers only, short codes, prefixes: whatever the route needs."
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
      </div>
    </Dialog>
  );
}
