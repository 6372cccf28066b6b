/**
 * A dialog's two buttons: the safe way out, then the action, busy while it runs. Without
 * `onConfirm` the action submits the dialog's form (Enter does the same).
 */
export function DialogActions({
  label,
  onCancel,
  cancelLabel = 'Cancel',
  busy = false,
  disabled = false,
  onConfirm,
  autoFocus,
}: {
  label: string;
  onCancel(): void;
  cancelLabel?: string;
  busy?: boolean;
  disabled?: boolean;
  onConfirm?(): void;
  /** Focus the action when the dialog (or its step) opens. */
  autoFocus?: boolean;
}) {
  return (
    <>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button
        type={onConfirm ? 'button' : 'submit'}
        className="primary"
        disabled={busy || disabled}
        aria-busy={busy}
        data-autofocus={autoFocus || undefined}
        onClick={onConfirm}
      >
        {label}
      </button>
    </>
  );
}
