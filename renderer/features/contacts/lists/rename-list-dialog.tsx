import { useState } from 'react';
import type { ContactListView } from '../../../../shared/contacts/contact-types';
import { peaksend } from '../../../peaksend-api';
import { Dialog } from '../../../ui/dialog';
import { Field } from '../../../ui/field';
import { useToasts } from '../../../ui/toast-store';
import { useContacts } from '../contacts-store';

/** Renames a list; the engine refuses a name another list has. */
export function RenameListDialog({ list, onClose }: { list: ContactListView; onClose(): void }) {
  const [name, setName] = useState(list.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useContacts((s) => s.load);
  const toast = useToasts((s) => s.show);
  const save = async () => {
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('Give the list a name.');
      return;
    }
    if (trimmed === list.name) {
      onClose();
      return;
    }
    setBusy(true);
    const result = await peaksend().contacts.renameList({ id: list.id, name: trimmed });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fields?.name ?? result.error.message);
      return;
    }
    toast('success', `Renamed the list to “${result.value.name}”.`);
    await load();
    onClose();
  };
  return (
    <Dialog
      title="Rename list"
      size="small"
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
            Rename
          </button>
        </>
      }
    >
      <Field label="List name" error={error}>
        {(control) => (
          <input
            {...control}
            data-autofocus
            type="text"
            maxLength={100}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
        )}
      </Field>
    </Dialog>
  );
}
