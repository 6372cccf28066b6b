import { useId, useState } from 'react';
import type { ContactListView, ListExportFormat } from '../../../../shared/contacts/contact-types';
import { plural } from '../../../lib/format';
import { Dialog } from '../../../ui/dialog';
import { DialogActions } from '../../../ui/dialog-actions';
import { FieldError } from '../../../ui/field';
import { useToasts } from '../../../ui/toast-store';
import { useContactLists } from '../contact-lists-store';

const formats: readonly { id: ListExportFormat; label: string; hint: string }[] = [
  {
    id: 'csv',
    label: 'CSV (UTF-8)',
    hint: 'For other tools and CRMs. Numbers are written as +49…; Excel reads the accents.',
  },
  {
    id: 'xlsx',
    label: 'Excel workbook (.xlsx)',
    hint: 'Opens in Excel, LibreOffice and Google Sheets with phone numbers kept as text.',
  },
];

/** Exports a list to a file the user picks in the save dialog. */
export function ExportListDialog({ list, onClose }: { list: ContactListView; onClose(): void }) {
  const id = useId();
  const [format, setFormat] = useState<ListExportFormat>('csv');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exportList = useContactLists((s) => s.exportList);
  const toast = useToasts((s) => s.show);
  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await exportList(list.id, format);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (result.value === null) return; // The save dialog was canceled: stay here.
    toast('success', `Exported ${plural(result.value.rows, 'contact')} to ${result.value.path}`);
    onClose();
  };
  return (
    <Dialog
      title={`Export “${list.name}”`}
      size="small"
      onClose={onClose}
      onSubmit={() => void save()}
      footer={<DialogActions label="Export…" busy={busy} onCancel={onClose} />}
    >
      <fieldset className="export-formats">
        <legend>Format</legend>
        {formats.map((f, i) => (
          <div key={f.id}>
            <div className="radio-row">
              <input
                id={`${id}-${f.id}`}
                type="radio"
                name={`${id}-format`}
                checked={format === f.id}
                data-autofocus={i === 0 || undefined}
                aria-describedby={`${id}-${f.id}-hint`}
                onChange={() => setFormat(f.id)}
              />
              <label htmlFor={`${id}-${f.id}`}>{f.label}</label>
            </div>
            <p id={`${id}-${f.id}-hint`} className="field-hint">
              {f.hint}
            </p>
          </div>
        ))}
      </fieldset>
      {error ? <FieldError role="alert" message={error} /> : null}
    </Dialog>
  );
}
