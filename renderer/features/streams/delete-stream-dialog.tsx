import { useEffect, useState } from 'react';
import type { StreamView } from '../../../shared/streams/stream-types';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useToasts } from '../../ui/toast-store';
import { peaksend } from '../../peaksend-api';
import { useStreams } from './streams-store';

function usageSentence(campaigns: number | 'unknown' | null): string {
  if (campaigns === null) return 'Checking which campaigns use it…';
  if (campaigns === 'unknown') return 'Campaigns that use it keep their history.';
  if (campaigns === 0) return 'No campaign uses it.';
  return campaigns === 1
    ? '1 campaign uses it; campaigns keep their history.'
    : `${campaigns} campaigns use it; campaigns keep their history.`;
}

/** Confirms deleting a stream, naming it and saying how many campaigns use it. */
export function DeleteStreamDialog({ stream, onClose }: { stream: StreamView; onClose(): void }) {
  const [campaigns, setCampaigns] = useState<number | 'unknown' | null>(null);
  const show = useToasts((s) => s.show);
  const load = useStreams((s) => s.load);

  useEffect(() => {
    let live = true;
    void peaksend()
      .streams.deleteInfo({ id: stream.id })
      .then((r) => {
        // Unknown usage must not block deleting, nor show a wrong number.
        if (live) setCampaigns(r.ok ? r.value.campaigns : 'unknown');
      });
    return () => {
      live = false;
    };
  }, [stream.id]);

  const confirm = async () => {
    const result = await peaksend().streams.delete({ id: stream.id });
    if (!result.ok) {
      show('error', result.error.message);
      return false;
    }
    show('success', `Stream “${stream.name}” deleted.`);
    // Reload before closing: with the card gone, focus goes to the page heading, not to <body>.
    await load();
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
