import { useState } from 'react';
import type { ContactListView, ContactView } from '../../../../shared/contacts/contact-types';
import { formatPhoneInternational } from '../../../../shared/contacts/format-phone';
import { countryLabel } from '../../../lib/country-name';
import { Dialog } from '../../../ui/dialog';
import { DialogActions } from '../../../ui/dialog-actions';
import { FieldError } from '../../../ui/field';
import { TextField } from '../../../ui/text-field';
import { useToasts } from '../../../ui/toast-store';
import { useFormErrors } from '../../../ui/use-form-errors';
import { useContactLists } from '../contact-lists-store';

export interface ContactDialogProps {
  readonly list: ContactListView;
  /** The contact to edit; absent to add one. */
  readonly contact?: ContactView;
  onClose(): void;
  /** Edit only: asks to delete this contact (the caller confirms). */
  onDelete?(contact: ContactView): void;
}

/**
 * Adds or edits one contact. The engine checks the number as an import would (the list's default
 * country for numbers without a code, no repeat in the list) and says what is wrong per field.
 */
export function ContactDialog({ list, contact, onClose, onDelete }: ContactDialogProps) {
  const [phone, setPhone] = useState(contact?.phone ?? '');
  const [fields, setFields] = useState<Record<string, string>>(() =>
    Object.fromEntries(list.columns.map((c) => [c, contact?.fields[c] ?? ''])),
  );
  const [busy, setBusy] = useState(false);
  const { errors, bodyRef, refuse, clear } = useFormErrors();
  const { addContact, updateContact } = useContactLists();
  const toast = useToasts((s) => s.show);

  const save = async () => {
    if (phone.trim() === '') {
      refuse({ phone: 'Type a phone number.' });
      return;
    }
    setBusy(true);
    const input = { listId: list.id, phone: phone.trim(), fields };
    const result = contact
      ? await updateContact({ ...input, id: contact.id })
      : await addContact(input);
    setBusy(false);
    if (!result.ok) {
      refuse(result.error.fields ?? { _: result.error.message });
      return;
    }
    const shown = formatPhoneInternational(result.value.phone);
    const optedOut = result.value.optedOut
      ? ' It is on the opt-out list and is never sent to.'
      : '';
    toast('success', `${contact ? 'Saved' : 'Added'} ${shown} in “${list.name}”.${optedOut}`);
    onClose();
  };

  return (
    <Dialog
      title={contact ? 'Edit contact' : `Add a contact to “${list.name}”`}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          {contact && onDelete ? (
            <button
              type="button"
              className="danger dialog-footer-start"
              onClick={() => onDelete(contact)}
            >
              Delete contact…
            </button>
          ) : null}
          <DialogActions label={contact ? 'Save' : 'Add contact'} busy={busy} onCancel={onClose} />
        </>
      }
    >
      <div ref={bodyRef}>
        {errors._ ? <FieldError role="alert" message={errors._} /> : null}
        <TextField
          label="Phone number"
          error={errors.phone}
          hint={
            list.defaultCountry
              ? `Numbers without a country code are read as ${countryLabel(list.defaultCountry)}, the list’s default country.`
              : 'Write the number with + and its country code; this list has no default country.'
          }
          value={phone}
          onChange={(value) => {
            setPhone(value);
            clear('phone');
          }}
          input={{
            'data-autofocus': true,
            type: 'tel',
            maxLength: 40,
            autoComplete: 'off',
            dir: 'ltr',
          }}
        />
        {list.columns.map((name) => (
          <TextField
            key={name}
            label={name}
            optional
            error={errors[`fields.${name}`]}
            value={fields[name] ?? ''}
            onChange={(value) => {
              setFields((f) => ({ ...f, [name]: value }));
              clear(`fields.${name}`);
            }}
            input={{ type: 'text', maxLength: 2000, dir: 'auto' }}
          />
        ))}
      </div>
    </Dialog>
  );
}
