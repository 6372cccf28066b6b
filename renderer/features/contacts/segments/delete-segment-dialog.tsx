import type { SegmentView } from '../../../../shared/contacts/segment-types';
import { plural } from '../../../lib/format';
import { useAnswer } from '../../../lib/use-answer';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useToasts } from '../../../ui/toast-store';
import { useSegments } from './segments-store';

/** Asks before deleting a segment, naming the campaigns that use it; its contacts stay. */
export function DeleteSegmentDialog({
  segment,
  onClose,
}: {
  segment: SegmentView;
  onClose(): void;
}) {
  const toast = useToasts((s) => s.show);
  const { usage, remove } = useSegments();
  const answer = useAnswer(String(segment.id), () => usage(segment.id));
  const campaigns =
    answer.state === 'loading' ? null : answer.state === 'ok' ? answer.value.campaigns : [];
  const confirm = async () => {
    const result = await remove(segment.id);
    if (!result.ok) {
      toast('error', result.error.message);
      return false;
    }
    toast('success', `Deleted the segment “${segment.name}”.`);
    onClose();
    return true;
  };
  return (
    <ConfirmDialog
      title={`Delete the segment “${segment.name}”?`}
      confirmLabel="Delete segment"
      danger
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>Its contacts stay in the list; only the saved conditions go.</p>
      {campaigns === null ? (
        <p className="muted">Checking which campaigns use this segment…</p>
      ) : campaigns.length === 0 ? (
        <p>No campaign uses this segment.</p>
      ) : (
        <div className="contacts-usage">
          <p>
            Used by {plural(campaigns.length, 'campaign')}. A campaign that has not started yet will
            no longer reach or leave out these contacts:
          </p>
          <ul aria-label="Campaigns using this segment">
            {campaigns.map((name) => (
              <li key={name} dir="auto">
                {name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </ConfirmDialog>
  );
}
