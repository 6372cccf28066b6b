import { useEffect, useState } from 'react';
import { peaksend } from '../../peaksend-api';

export const POLL_EVERY_MS = 2000;
export const POLL_FOR_MS = 2 * 60 * 1000;

export type DeliveryPoll =
  | { readonly kind: 'waiting'; readonly status: string | null }
  | { readonly kind: 'final'; readonly status: string }
  | { readonly kind: 'gave-up'; readonly status: string | null }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Asks for a test message's delivery status every 2 seconds until it is final, two minutes have
 * passed, or the dialog closes.
 */
export function useDeliveryStatus(streamId: string, messageUuid: string | null): DeliveryPoll {
  const [poll, setPoll] = useState<{ uuid: string | null; state: DeliveryPoll }>({
    uuid: null,
    state: { kind: 'waiting', status: null },
  });

  useEffect(() => {
    if (messageUuid === null) return undefined;
    let stopped = false;
    let timer: number | undefined;
    const startedAt = Date.now();
    const report = (state: DeliveryPoll) => {
      if (!stopped) setPoll({ uuid: messageUuid, state });
    };
    const tick = async () => {
      const result = await peaksend().streams.testStatus({ id: streamId, messageUuid });
      if (stopped) return;
      if (!result.ok) return report({ kind: 'failed', message: result.error.message });
      const { status, final } = result.value;
      if (final && status !== null) return report({ kind: 'final', status });
      if (Date.now() - startedAt >= POLL_FOR_MS) return report({ kind: 'gave-up', status });
      report({ kind: 'waiting', status });
      timer = window.setTimeout(() => void tick(), POLL_EVERY_MS);
    };
    timer = window.setTimeout(() => void tick(), POLL_EVERY_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [streamId, messageUuid]);

  // A new message starts from "waiting", without a synchronous reset inside the effect.
  return poll.uuid === messageUuid ? poll.state : { kind: 'waiting', status: null };
}

const statusWords: Record<string, string> = {
  accepted: 'Accepted, not yet sent',
  sent: 'Sent to the operator, waiting for the handset',
  delivered: 'Delivered',
  undelivered: 'Not delivered',
  sent_failed: 'The operator could not send it',
  rejected: 'Rejected',
  no_routes: 'No route to this number',
};

export function deliveryWords(status: string): string {
  return statusWords[status] ?? status;
}
