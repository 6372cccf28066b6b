import { useState } from 'react';
import type { ContactListView } from '../../../../shared/contacts/contact-types';
import { Dialog } from '../../../ui/dialog';
import { DialogActions } from '../../../ui/dialog-actions';
import { TextField } from '../../../ui/text-field';
import { useToasts } from '../../../ui/toast-store';
import { useContactLists } from '../contact-lists-store';

/** Renames a list; the engine refuses a name another list has. */
export function RenameListDialog({ list, onClose }: { list: ContactListView; onClose(): void }) {
  const [name, setName] = useState(list.name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rename = useContactLists((s) => s.rename);
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
    const result = await rename(list.id, trimmed);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fields?.name ?? result.error.message);
      return;
    }
    toast('success', `Renamed the list to “${result.value.name}”.`);
    onClose();
  };
  return (
    <Dialog
      title="Rename list"
      size="small"
      onClose={onClose}
      onSubmit={() => void save()}
      footer={<DialogActions label="Rename" busy={busy} onCancel={onClose} />}
    >
      <TextField
        label="List name"
        error={error}
        value={name}
        onChange={(value) => {
          setName(value);
          setError(null);
        }}
        input={{ 'data-autofocus': true, type: 'text', maxLength: 100 }}
      />
    </Dialog>
  );
}
