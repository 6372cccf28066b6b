import {
  checkSenderRules,
  senderBlockReason,
  type SenderRule,
} from '../../../shared/compliance/sender-rules';
import type { SampleContact } from '../contacts/sample-list';
import type { QuietHours } from './quiet-hours';

/** One place with numbers set aside for fiction, and a sender that works there. */
interface SampleRegion {
  readonly country: string;
  readonly phones: readonly string[];
  /** A fictional number to send from where letter senders are refused. */
  readonly numberSender: string;
}

const names = ['Alex', 'Sam', 'Maria', 'Yusuf', 'Mei', 'Noah', 'Zoe', 'Luca'];
const lines = (prefix: string, first: number, width: number) =>
  names.map((_, i) => `${prefix}${String(first + i).padStart(width, '0')}`);

/**
 * Numbers reserved for drama and films, so no real person can get them: Ofcom's 07700 900xxx
 * (UK), the 555-01xx lines of the North American plan (US, Canada), ACMA's fictitious mobiles
 * (Australia). Their zones cover the whole day between them, which is why the sample picks one.
 */
const REGIONS: readonly SampleRegion[] = [
  { country: 'GB', phones: lines('+447700900', 101, 3), numberSender: '+447700900100' },
  { country: 'CA', phones: lines('+1613555', 101, 4), numberSender: '+16135550100' },
  {
    country: 'AU',
    phones: [
      '+61491570006',
      '+61491570156',
      '+61491570157',
      '+61491570158',
      '+61491570159',
      '+61491570110',
      '+61491570313',
      '+61491570737',
    ],
    numberSender: '+61491570006',
  },
  { country: 'US', phones: lines('+1202555', 101, 4), numberSender: '+12025550100' },
];

/** How long the sample must stay inside its window: it is sent within the first minute. */
const OPEN_FOR_MS = 30 * 60_000;

export interface SamplePlan {
  readonly country: string;
  readonly contacts: readonly SampleContact[];
  /** '' keeps the stream's default sender; else a fictional number the country accepts. */
  readonly sender: string;
}

/**
 * The sample goes where it is daytime (so quiet hours hold nobody and the newcomer sees the
 * whole send) and uses a sender that country accepts. With no region open — only possible after
 * the user narrowed their quiet hours — it goes to the UK and waits, which the Review says.
 */
export function planSample(
  quietHours: QuietHours,
  rules: ReadonlyMap<string, SenderRule>,
  defaultSender: string,
  now: number,
): SamplePlan {
  const open = REGIONS.find(
    (r) =>
      quietHours.isAllowed(r.country, now) && quietHours.isAllowed(r.country, now + OPEN_FOR_MS),
  );
  const region = open ?? (REGIONS[0] as SampleRegion);
  const blocked = senderBlockReason(
    checkSenderRules(defaultSender, [{ country: region.country, recipients: 1 }], rules),
  );
  return {
    country: region.country,
    contacts: region.phones.map((phone, i) => ({ phone, firstName: names[i] ?? 'there' })),
    sender: defaultSender === '' || blocked !== null ? region.numberSender : '',
  };
}

export const SAMPLE_CAMPAIGN_NAME = 'Sample campaign (Sandbox)';
export const SAMPLE_TEMPLATE =
  'Hi {first_name|there}, this is a test from the Peaksend Sandbox: no real message is sent. Reply STOP to opt out';
