import type { StreamView } from '../../../shared/streams/stream-types';
import { plural } from '../../lib/format';
import { useAnswer, type Answer } from '../../lib/use-answer';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useToasts } from '../../ui/toast-store';
import { useStreams } from './streams-store';

type Usage = { campaigns: number; sending: readonly { id: number; name: string }[] };

function usageSentence(usage: Answer<Usage>): string {
  // Unknown usage must not block deleting, nor show a wrong number.
  if (usage.state === 'loading') return 'Checking which campaigns use it…';
  if (usage.state === 'failed') return 'Campaigns that use it keep their history.';
  const { campaigns } = usage.value;
  if (campaigns === 0) return 'No campaign uses it.';
  return `${plural(campaigns, 'campaign uses', 'campaigns use')} it; campaigns keep their history.`;
}

/** “Spring sale” and “Launch” — the campaigns sending through the stream now. */
function names(sending: Usage['sending']): string {
  const quoted = sending.map((c) => `“${c.name}”`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** Confirms deleting a stream, naming it and saying how many campaigns use it. */
export function DeleteStreamDialog({ stream, onClose }: { stream: StreamView; onClose(): void }) {
  const show = useToasts((s) => s.show);
  const { usage, remove } = useStreams();
  const campaigns = useAnswer(stream.id, () => usage(stream.id));
  const sending = campaigns.state === 'ok' ? campaigns.value.sending : [];

  const confirm = async () => {
    // The list is reloaded before closing: with the card gone, focus goes to the page heading.
    const result = await remove(stream.id);
    if (!result.ok) {
      show('error', result.error.message);
      return false;
    }
    show(
      'success',
      sending.length > 0
        ? `Stream “${stream.name}” deleted; ${names(sending)} ${sending.length === 1 ? 'was' : 'were'} paused first.`
        : `Stream “${stream.name}” deleted.`,
    );
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
      {sending.length > 0 ? (
        <p className="notice notice-warning">
          <strong>
            Sending now through it: <span dir="auto">{names(sending)}</span>.
          </strong>{' '}
          Deleting pauses {sending.length === 1 ? 'that campaign' : 'those campaigns'} first; the
          recipients not yet sent stay pending.
        </p>
      ) : null}
      <p>
        Its token is removed from this computer. Campaigns keep their history: sent messages and
        delivery statuses stay, and the stream can be added again later with its token.
      </p>
    </ConfirmDialog>
  );
}
