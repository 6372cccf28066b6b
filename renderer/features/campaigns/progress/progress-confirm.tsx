import type { ReactNode } from 'react';
import { ConfirmDialog } from '../../../ui/confirm-dialog';

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
export function ProgressConfirm({ onConfirm, onClose, ...rest }: ProgressConfirmProps) {
  return (
    <ConfirmDialog
      {...rest}
      onClose={onClose}
      onConfirm={async () => {
        try {
          await onConfirm();
        } finally {
          onClose();
        }
        return true;
      }}
    />
  );
}
