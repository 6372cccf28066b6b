/** A form dialog's buttons: the safe way out, then the action, busy while it runs. */
export function SubmitFooter({
  label,
  busy,
  onCancel,
  cancelLabel = 'Cancel',
}: {
  label: string;
  busy: boolean;
  onCancel(): void;
  cancelLabel?: string;
}) {
  return (
    <>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        {label}
      </button>
    </>
  );
}
