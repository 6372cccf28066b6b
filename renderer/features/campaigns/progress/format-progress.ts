import { plural } from '../../../lib/format';

const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const dayAndTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** "less than a minute", "about 4 minutes", "about 2 hours 10 minutes", "about 3 days". */
export function humanizeDuration(seconds: number): string {
  if (seconds < 60) return 'less than a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${plural(minutes, 'minute')}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 24) {
    return rest === 0 || hours >= 10
      ? `about ${plural(hours, 'hour')}`
      : `about ${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
  }
  return `about ${plural(Math.round(hours / 24), 'day')}`;
}

/** "14:03:22" for table cells; the full date goes in the tooltip. */
export function formatClock(iso: string): { short: string; long: string } {
  const d = new Date(iso);
  return { short: clock.format(d), long: full.format(d) };
}

/** "Tue 08:00 CET": when a quiet-hours window opens, in the user's own time zone. */
export function formatOpening(ms: number): string {
  return dayAndTime.format(new Date(ms));
}

/** "13:00 UTC" (with the date when it is not today's, in UTC). */
export function formatUtc(ms: number, nowMs: number = Date.now()): string {
  const iso = new Date(ms).toISOString();
  const sameDay = iso.slice(0, 10) === new Date(nowMs).toISOString().slice(0, 10);
  return `${sameDay ? '' : `${iso.slice(0, 10)} `}${iso.slice(11, 16)} UTC`;
}

/**
 * Why a row not yet sent waits and until when: "Held until 08:00 their time (13:00 UTC)", and
 * whether its zone is a guess (a number that could be in zones with different clocks).
 */
export function heldText(
  row: {
    readonly heldUntil: { readonly at: string; readonly local: string } | null;
    readonly zoneUncertain: boolean;
  },
  nowMs: number = Date.now(),
): string | null {
  if (!row.heldUntil) return null;
  const utc = formatUtc(Date.parse(row.heldUntil.at), nowMs);
  const guess = row.zoneUncertain ? '; zone uncertain, the latest of its zones is used' : '';
  return `Held until ${row.heldUntil.local} their time (${utc})${guess}`;
}
