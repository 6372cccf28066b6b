import { getCountry } from 'countries-and-timezones';
import type { QuietHoursPolicy, SendingWindow } from '../../../shared/schedule/quiet-hours-policy';

const MINUTE = 60_000;
const weekdayIndex: Record<string, number> = {
  Sun: 0,
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
};

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Decides whether a recipient may be messaged now: the window is the country's, kept in the
 * recipient's own zone (from the number, decided when the ledger row was made). Without a zone
 * the stricter window applies: every zone of the country must be inside it.
 * Results are cached per country, zone and minute, so checking a million rows stays cheap.
 */
export class QuietHours {
  private readonly formatters = new Map<string, Intl.DateTimeFormat>();
  private readonly cache = new Map<string, boolean>();
  private cacheMinute = -1;

  constructor(private readonly policy: QuietHoursPolicy) {}

  windowFor(country: string | null): SendingWindow {
    return (country && this.policy.countries[country]) || this.policy.default;
  }

  isAllowed(country: string | null, atMs: number, zone: string | null = null): boolean {
    const minute = Math.floor(atMs / MINUTE);
    if (minute !== this.cacheMinute) {
      this.cache.clear();
      this.cacheMinute = minute;
    }
    const key = `${country ?? ''}|${zone ?? ''}`;
    let allowed = this.cache.get(key);
    if (allowed === undefined) {
      allowed = this.compute(country, zone, minute * MINUTE);
      this.cache.set(key, allowed);
    }
    return allowed;
  }

  /** The first moment at or after `fromMs` when the window is open (null if never in 8 days). */
  nextOpening(country: string | null, fromMs: number, zone: string | null = null): number | null {
    const start = Math.ceil(fromMs / MINUTE) * MINUTE;
    for (let t = start; t < start + 8 * 24 * 60 * MINUTE; t += 5 * MINUTE) {
      if (this.compute(country, zone, t)) {
        // Refine to the minute inside the 5-minute step.
        for (let u = Math.max(start, t - 4 * MINUTE); u <= t; u += MINUTE) {
          if (this.compute(country, zone, u)) return u;
        }
      }
    }
    return null;
  }

  /** The recipient's local clock ("08:00") at `atMs`, in its zone or its country's first. */
  localClock(country: string | null, atMs: number, zone: string | null = null): string {
    const { minutes } = this.localTime(zone ?? this.zonesOf(country)[0] ?? 'UTC', atMs);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }

  private zonesOf(country: string | null): string[] {
    const zones = country ? getCountry(country)?.timezones : undefined;
    return zones && zones.length > 0 ? zones : ['UTC'];
  }

  private compute(country: string | null, zone: string | null, atMs: number): boolean {
    const window = this.windowFor(country);
    const from = minutesOf(window.start);
    const to = minutesOf(window.end);
    return (zone ? [zone] : this.zonesOf(country)).every((zone) => {
      const { weekday, minutes } = this.localTime(zone, atMs);
      if (!window.days.includes(weekday)) return false;
      return from <= to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
    });
  }

  private localTime(zone: string, atMs: number): { weekday: number; minutes: number } {
    let f = this.formatters.get(zone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      this.formatters.set(zone, f);
    }
    let weekday = 0;
    let hour = 0;
    let minute = 0;
    for (const part of f.formatToParts(atMs)) {
      if (part.type === 'weekday') weekday = weekdayIndex[part.value] ?? 0;
      else if (part.type === 'hour') hour = Number(part.value);
      else if (part.type === 'minute') minute = Number(part.value);
    }
    return { weekday, minutes: hour * 60 + minute };
  }
}
