import { isStalled, type SendWaiting } from '../../../../shared/campaigns/send-obstacle';

const hourMinute = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * "Waiting: connection refused at 127.0.0.1:9 since 07:10; next try in 8 s" — what keeps a
 * stalled run from sending, since when, and when it tries again.
 */
export function waitingText(w: SendWaiting, now: number): string {
  const next =
    w.nextTryAt === null
      ? ''
      : `; next try in ${Math.max(0, Math.ceil((w.nextTryAt - now) / 1000))} s`;
  const reason = w.reason.charAt(0).toUpperCase() + w.reason.slice(1);
  return `Waiting: ${reason} since ${hourMinute.format(new Date(w.since))}${next}`;
}

/** A sending campaign that has handed nothing over for 15 s is waiting, not sending. */
export function isWaiting(status: string, w: SendWaiting | null, now: number): boolean {
  return status === 'sending' && isStalled(w, now);
}
