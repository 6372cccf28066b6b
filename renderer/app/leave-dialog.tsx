import { Dialog } from '../ui/dialog';
import { useLeaveGuard } from './leave-guard';

function listed(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
}

/** "Save or discard your changes?" before a navigation would drop unsaved Settings edits. */
export function LeaveDialog() {
  const pending = useLeaveGuard((s) => s.pending);
  const unsaved = useLeaveGuard((s) => s.unsaved);
  const saving = useLeaveGuard((s) => s.saving);
  const answer = useLeaveGuard((s) => s.answer);
  if (pending === null) return null;
  const labels = [...new Set([...unsaved.values()].map((w) => w.label))];
  return (
    <Dialog
      title="Save or discard your changes?"
      size="small"
      onClose={() => void answer('stay')}
      footer={
        <>
          <button type="button" data-autofocus onClick={() => void answer('stay')}>
            Stay here
          </button>
          <button type="button" onClick={() => void answer('discard')}>
            Discard changes
          </button>
          <button
            type="button"
            className="primary"
            disabled={saving}
            aria-busy={saving}
            onClick={() => void answer('save')}
          >
            Save changes
          </button>
        </>
      }
    >
      <p>
        {listed(labels)} {labels.length === 1 ? 'has' : 'have'} changes that are not saved yet.
      </p>
    </Dialog>
  );
}
