import type { SenderRule } from './sender-rules';

/** A shipped rule, with where it comes from (docs/ARCHITECTURE.md, "Sender rules", has the links). */
export interface SenderRuleDefault extends SenderRule {
  /** The public pages the rule was read from, in short. */
  readonly source: string;
  /** True where the sources disagree or are thin and the rule leans to the safe side. */
  readonly cautious: boolean;
}

const TWILIO = 'Twilio country guidelines';
const AWS = 'AWS End User Messaging country table';
const TELNYX = 'Telnyx international SMS compliance guide';

const letters = (
  registration: boolean,
  source: string,
  note = '',
  extra: Partial<SenderRuleDefault> = {},
): SenderRuleDefault => ({
  alphanumeric: true,
  registration,
  maxLength: 11,
  note,
  source,
  cautious: false,
  ...extra,
});

const numbersOnly = (
  registration: boolean,
  source: string,
  note: string,
  extra: Partial<SenderRuleDefault> = {},
): SenderRuleDefault => ({
  alphanumeric: false,
  registration,
  maxLength: 11,
  note,
  source,
  cautious: false,
  ...extra,
});

/**
 * The sender-ID rules Peaksend ships, by ISO country code: the one place they are written.
 * Users edit and reset them in Settings → Sender rules; their edits are stored apart, so a
 * reset brings back exactly this. Rules change often: each one names its source.
 */
export const senderRuleDefaults: Readonly<Record<string, SenderRuleDefault>> = {
  US: numbersOnly(
    true,
    `${TWILIO}; ${TELNYX}; CTIA`,
    'Send from a registered 10DLC number, a verified toll-free number or a short code.',
  ),
  CA: numbersOnly(
    false,
    `${TWILIO}; ${TELNYX}`,
    'Send from a long code or a toll-free number; short codes need approval (CSCA).',
  ),
  PR: numbersOnly(true, TWILIO, 'Follows the US rules: 10DLC, toll-free or a short code.'),
  MX: numbersOnly(false, `${AWS}; ${TELNYX}`, 'Letter senders are replaced by a number.', {
    cautious: true,
  }),
  BR: numbersOnly(false, `${AWS}; ${TELNYX}`, 'Letter senders are replaced by a short code.'),
  AR: numbersOnly(false, AWS, 'Letter senders are replaced by a number.', { cautious: true }),
  CO: numbersOnly(false, AWS, 'Messages go out from short codes.', { cautious: true }),
  CN: numbersOnly(true, `${AWS}; ${TWILIO}`, 'Only registered templates through local routes.'),
  KR: numbersOnly(true, TWILIO, 'Numeric senders must be registered before use.'),
  NZ: numbersOnly(false, `${AWS}; ${TWILIO}`, 'Send from a short code or a long number.', {
    cautious: true,
  }),
  MY: numbersOnly(false, AWS, 'Letter senders are replaced by a number.', { cautious: true }),
  GB: letters(
    false,
    `${TWILIO}; ${TELNYX}`,
    'Registering in the SMS SenderID Protection Registry is recommended.',
  ),
  IE: letters(
    true,
    TWILIO,
    'ComReg’s Sender ID Registry: unregistered names may be shown as “Likely SCAM”.',
    { cautious: true },
  ),
  DE: letters(false, `${TWILIO}; ${TELNYX}`),
  AT: letters(false, TWILIO),
  CH: letters(false, TWILIO),
  NL: letters(false, TWILIO),
  BE: letters(false, TWILIO),
  SE: letters(false, TWILIO),
  DK: letters(false, TWILIO),
  NO: letters(false, TWILIO),
  FI: letters(false, TWILIO),
  PL: letters(false, TWILIO),
  PT: letters(false, TWILIO),
  FR: letters(
    true,
    `${TWILIO}; ${TELNYX}`,
    'Names must be registered with the operators; long numbers are not accepted for business messages.',
  ),
  IT: letters(true, TWILIO, 'Names (“alias”) must be in AGCOM’s register.'),
  ES: letters(true, `${TWILIO}; ${TELNYX}`, 'Names must be in the CNMC’s sender register.', {
    cautious: true,
  }),
  IL: letters(false, TWILIO, 'Marketing texts must be marked as advertising (“פרסומת”).'),
  TR: letters(true, TWILIO, 'Names must be registered; marketing needs İYS consent records.'),
  RU: letters(true, TWILIO, 'Names must be registered with each operator.'),
  AE: letters(
    true,
    `${TWILIO}; ${AWS}`,
    'Names must be registered (TDRA); marketing names start with “AD-”.',
  ),
  SA: letters(
    true,
    `${TWILIO}; ${AWS}`,
    'Names must be registered (CST); marketing names end with “-AD”.',
  ),
  QA: letters(true, TWILIO, 'Names must be registered before use.', { cautious: true }),
  KW: letters(true, TWILIO, 'Names must be registered before use.', { cautious: true }),
  IN: letters(
    true,
    `${TWILIO}; ${AWS}; ${TELNYX}`,
    'TRAI’s DLT: the header (6 letters) and every template must be registered.',
    { maxLength: 6 },
  ),
  SG: letters(
    true,
    `${TWILIO}; ${AWS}`,
    'SGNIC’s Sender ID Registry: unregistered names are shown as “Likely-SCAM”.',
  ),
  AU: letters(
    true,
    `${TELNYX}; ${AWS}`,
    'ACMA’s SMS Sender ID Register: unregistered names are marked “Unverified”.',
    { cautious: true },
  ),
  TH: letters(true, TWILIO, 'Names must be registered before use.'),
  VN: letters(true, TWILIO, 'Brand names must be registered with each operator.'),
  ID: letters(true, TWILIO, 'Names must be registered before use.', { cautious: true }),
  PH: letters(true, TWILIO, 'Names must be registered before use.', { cautious: true }),
  JP: letters(false, TWILIO, 'Some operators replace letter senders with a number.', {
    cautious: true,
  }),
  ZA: letters(false, TWILIO, 'Some operators replace letter senders with a number.', {
    cautious: true,
  }),
};
