import type { SegmentView } from '../../../../shared/contacts/segment-types';
import { DeleteInUseDialog } from '../delete-in-use-dialog';
import { useSegments } from './segments-store';

/** Asks before deleting a segment, naming the campaigns that use it; its contacts stay. */
export function DeleteSegmentDialog({
  segment,
  onClose,
}: {
  segment: SegmentView;
  onClose(): void;
}) {
  const { usage, remove } = useSegments();
  return (
    <DeleteInUseDialog
      noun="segment"
      id={segment.id}
      name={segment.name}
      title={`Delete the segment “${segment.name}”?`}
      confirmLabel="Delete segment"
      consequence={<p>Its contacts stay in the list; only the saved conditions go.</p>}
      campaignsNote="A campaign that has not started yet will no longer reach or leave out these contacts:"
      usage={usage}
      remove={remove}
      onClose={onClose}
    />
  );
}
