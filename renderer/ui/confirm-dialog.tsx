import { useState, type ReactNode } from 'react';
import { Dialog } from './dialog';

export interface ConfirmDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Names the action: "Delete stream", never a bare "OK". */
  readonly confirmLabel: string;
  /** Names the safe choice when "Cancel" would be ambiguous (e.g. next to "Cancel campaign"). */
  readonly dismissLabel?: string;
  readonly danger?: boolean;
  /** Resolves true when done (the caller closes the dialog), false to keep it open. */
  onConfirm(): Promise<boolean>;
  onClose(): void;
}

/** Asks before something that cannot be undone; the confirm button is busy while it runs. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  dismissLabel = 'Cancel',
  danger,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const done = await onConfirm();
    if (!done) setBusy(false);
  };
  return (
    <Dialog
      title={title}
      size="small"
      onClose={onClose}
      footer={
        <>
          <button type="button" data-autofocus onClick={onClose}>
            {dismissLabel}
          </button>
          <button
            type="button"
            className={danger ? 'danger-solid' : 'primary'}
            disabled={busy}
            aria-busy={busy}
            onClick={() => void confirm()}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
