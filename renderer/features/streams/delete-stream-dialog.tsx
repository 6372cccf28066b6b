import type { StreamView } from '../../../shared/streams/stream-types';
import { plural } from '../../lib/format';
import { useAnswer, type Answer } from '../../lib/use-answer';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useToasts } from '../../ui/toast-store';
import { useStreams } from './streams-store';

function usageSentence(usage: Answer<{ campaigns: number }>): string {
  // Unknown usage must not block deleting, nor show a wrong number.
  if (usage.state === 'loading') return 'Checking which campaigns use it…';
  if (usage.state === 'failed') return 'Campaigns that use it keep their history.';
  const { campaigns } = usage.value;
  if (campaigns === 0) return 'No campaign uses it.';
  return `${plural(campaigns, 'campaign uses', 'campaigns use')} it; campaigns keep their history.`;
}

/** Confirms deleting a stream, naming it and saying how many campaigns use it. */
export function DeleteStreamDialog({ stream, onClose }: { stream: StreamView; onClose(): void }) {
  const show = useToasts((s) => s.show);
  const { usage, remove } = useStreams();
  const campaigns = useAnswer(stream.id, () => usage(stream.id));

  const confirm = async () => {
    // The list is reloaded before closing: with the card gone, focus goes to the page heading.
    const result = await remove(stream.id);
    if (!result.ok) {
      show('error', result.error.message);
      return false;
    }
    show('success', `Stream “${stream.name}” deleted.`);
    onClose();
    return true;
  };

  return (
    <ConfirmDialog
      title={`Delete the stream “${stream.name}”?`}
      confirmLabel="Delete stream"
      danger
      onConfirm={confirm}
      onClose={onClose}
    >
      <p aria-live="polite">{usageSentence(campaigns)}</p>
      <p>
        Its token is removed from this computer. Campaigns keep their history: sent messages and
        delivery statuses stay, and the stream can be added again later with its token.
      </p>
    </ConfirmDialog>
  );
}
