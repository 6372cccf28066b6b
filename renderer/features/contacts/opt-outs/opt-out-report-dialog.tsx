import type { ReactNode } from 'react';
import { Dialog } from '../../../ui/dialog';

/** What adding opt-outs did: counts first, then the entries that were refused and why. */
export function OptOutReportDialog({
  title,
  description,
  countsLabel,
  counts,
  children,
  onClose,
}: {
  title: string;
  description?: string;
  /** Names the counts for screen readers: "Opt-outs added". */
  countsLabel: string;
  /** `CountTile`s. */
  counts: ReactNode;
  children?: ReactNode;
  onClose(): void;
}) {
  return (
    <Dialog
      title={title}
      description={description}
      size="small"
      onClose={onClose}
      footer={
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Done
        </button>
      }
    >
      <dl className="contacts-counts contacts-counts-small" aria-label={countsLabel}>
        {counts}
      </dl>
      {children}
    </Dialog>
  );
}
