import type { PollFailure } from '../../../../shared/campaigns/send-obstacle';

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * Delivery reports could not be fetched (the token was revoked, CommPeak answered 422 or
 * something unreadable). Sending is not affected, so this is a small notice, not a banner: the
 * figures under "Accepted" stay until a query works again.
 */
export function PollFailureNotice({ failure }: { failure: PollFailure | null }) {
  if (!failure) return null;
  const since = failure.since === failure.at ? '' : ` since ${clock(failure.since)}`;
  return (
    <p className="banner banner-warning cp-banner cp-poll-failure" role="status">
      Delivery reports could not be fetched{since}: {failure.message} Peaksend keeps asking.
    </p>
  );
}
