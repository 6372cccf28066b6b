import type { QuietHold } from '../../../shared/campaigns/campaign-types';
import { zoneOfNumber } from '../phone/number-zone';
import { shippedZoneMap } from '../phone/zone-map';
import type { QuietHours } from './quiet-hours';

/**
 * Counts, for the pre-flight, who would wait for their window at `startsAt` — with the zone
 * each row will get when the ledger is made (the same lookup), grouped by place so each window
 * opening is found once.
 */
export class QuietHoldCounter {
  private readonly map = shippedZoneMap();
  private readonly places = new Map<
    string,
    { country: string | null; zone: string | null; count: number }
  >();
  private held = 0;
  private sendable = 0;
  private uncertain = 0;

  constructor(
    private readonly quietHours: QuietHours,
    private readonly startsAt: number,
  ) {}

  add(phone: string, country: string | null): void {
    const { zone, uncertain } = zoneOfNumber(phone, this.map, this.startsAt);
    if (this.quietHours.isAllowed(country, this.startsAt, zone)) {
      this.sendable += 1;
      return;
    }
    this.held += 1;
    if (uncertain) this.uncertain += 1;
    const key = `${country ?? ''}|${zone ?? ''}`;
    const place = this.places.get(key) ?? { country, zone, count: 0 };
    place.count += 1;
    this.places.set(key, place);
  }

  result(): QuietHold {
    return {
      startsAt: this.startsAt,
      held: this.held,
      sendableNow: this.sendable,
      releases: [...this.places.values()].map((p) => ({
        at: this.quietHours.nextOpening(p.country, this.startsAt, p.zone),
        count: p.count,
      })),
      zoneUncertain: this.uncertain,
    };
  }
}
