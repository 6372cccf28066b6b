import { useState, type ReactNode } from 'react';
import { Dialog } from '../../../ui/dialog';

export interface ProgressConfirmProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Names the action ("Cancel campaign"), never a bare "OK". */
  readonly confirmLabel: string;
  /** Names the safe choice ("Keep sending"); it has the focus when the dialog opens. */
  readonly dismissLabel: string;
  readonly danger?: boolean;
  /** Runs the action; the dialog closes afterwards whatever the outcome (failures are toasts). */
  onConfirm(): Promise<unknown>;
  onClose(): void;
}

/**
 * A confirmation whose buttons both say what they do: on this page "Cancel" would be ambiguous
 * next to "Cancel campaign", so the safe choice gets its own words.
 */
export function ProgressConfirm({
  title,
  children,
  confirmLabel,
  dismissLabel,
  danger,
  onConfirm,
  onClose,
}: ProgressConfirmProps) {
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      onClose();
    }
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
