import { z } from 'zod';
import { countryCodeSchema } from '../contacts/country-code-schema';
import { countryInSentence } from '../countries/country-name';
import { MAX_ALPHANUMERIC_SENDER } from '../validation/sender-id';
import { senderRuleDefaults, type SenderRuleDefault } from './sender-rule-defaults';

/** What one country accepts as a sender. */
export const senderRuleSchema = z.object({
  /** Letter senders ("Peaksend") are delivered; false: only numbers and short codes are. */
  alphanumeric: z.boolean(),
  /** Senders must be registered (with a regulator or the operators) before use. */
  registration: z.boolean(),
  /** The longest letter sender the country shows whole. */
  maxLength: z
    .number()
    .int('Use a whole number of characters.')
    .min(1, 'At least 1 character.')
    .max(MAX_ALPHANUMERIC_SENDER, `At most ${MAX_ALPHANUMERIC_SENDER} characters.`),
  /** Numbers only, short codes, prefixes: said in words. */
  note: z.string().trim().max(300, 'Keep the note under 300 characters.'),
});
export type SenderRule = z.infer<typeof senderRuleSchema>;

/** The user's rules: countries they edited or added. Every other country keeps its default. */
export const senderRuleOverridesSchema = z.record(countryCodeSchema, senderRuleSchema);
export type SenderRuleOverrides = z.infer<typeof senderRuleOverridesSchema>;

export type SenderRuleOrigin = 'default' | 'edited' | 'added';

/** One row of Settings → Sender rules. */
export interface SenderRuleRow {
  readonly country: string;
  readonly rule: SenderRule;
  readonly origin: SenderRuleOrigin;
  /** The shipped rule (null for a country the user added). */
  readonly shipped: SenderRuleDefault | null;
}

const shippedRule = (country: string): SenderRuleDefault | null =>
  Object.hasOwn(senderRuleDefaults, country) ? (senderRuleDefaults[country] ?? null) : null;

/** The rules in force: the shipped ones with the user's on top. */
export function effectiveSenderRules(overrides: SenderRuleOverrides): Map<string, SenderRule> {
  const rules = new Map<string, SenderRule>();
  for (const [country, d] of Object.entries(senderRuleDefaults)) {
    rules.set(country, {
      alphanumeric: d.alphanumeric,
      registration: d.registration,
      maxLength: d.maxLength,
      note: d.note,
    });
  }
  for (const [country, rule] of Object.entries(overrides)) rules.set(country, rule);
  return rules;
}

/** Every rule with where it comes from, sorted by country code. */
export function senderRuleRows(overrides: SenderRuleOverrides): SenderRuleRow[] {
  const rows: SenderRuleRow[] = [];
  for (const [country, rule] of effectiveSenderRules(overrides)) {
    const shipped = shippedRule(country);
    const edited = Object.hasOwn(overrides, country);
    rows.push({
      country,
      rule,
      origin: shipped === null ? 'added' : edited ? 'edited' : 'default',
      shipped,
    });
  }
  return rows.sort((a, b) => a.country.localeCompare(b.country));
}

/** A letter sender ("Shop 24"); a phone number or short code is all digits. */
export function isLetterSender(sender: string): boolean {
  return !/^\+?\d+$/.test(sender.trim());
}

export type SenderFindingKind = 'letters_refused' | 'too_long' | 'registration';

export interface SenderRuleFinding {
  readonly country: string;
  readonly recipients: number;
  readonly kind: SenderFindingKind;
  /** 'error': this sender cannot reach these recipients; 'warning': it may not. */
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/**
 * The countries of the audience where the chosen sender cannot work (errors) or needs a
 * registration the user should check (warnings), with how many recipients each; errors first,
 * then by recipients. Countries without a rule, and recipients without a country, pass.
 */
export function checkSenderRules(
  sender: string,
  audience: readonly { readonly country: string | null; readonly recipients: number }[],
  rules: ReadonlyMap<string, SenderRule>,
): SenderRuleFinding[] {
  const letters = isLetterSender(sender);
  const out: SenderRuleFinding[] = [];
  for (const { country, recipients } of audience) {
    const rule = country ? rules.get(country) : undefined;
    if (!country || !rule || recipients <= 0) continue;
    const who = recipients === 1 ? '1 recipient' : `${recipients.toLocaleString('en')} recipients`;
    const where = `${who} in ${countryInSentence(country)}`;
    const add = (kind: SenderFindingKind, severity: 'error' | 'warning', text: string) =>
      out.push({ country, recipients, kind, severity, message: `${where}: ${text}` });
    const note = rule.note ? ` ${rule.note}` : '';
    if (letters && !rule.alphanumeric) {
      add(
        'letters_refused',
        'error',
        `letter senders such as “${sender}” are not accepted there. Choose a number as the sender, or leave these recipients out.${note}`,
      );
      continue;
    }
    if (letters && sender.length > rule.maxLength) {
      add(
        'too_long',
        'error',
        `sender names there can have at most ${rule.maxLength} characters; “${sender}” has ${sender.length}.`,
      );
      continue;
    }
    if (rule.registration) {
      add(
        'registration',
        'warning',
        letters
          ? `sender names must be registered there. Check that “${sender}” is, or the messages may be blocked or show another sender.${note}`
          : `senders must be registered there; unregistered numbers may be blocked.${note}`,
      );
    }
  }
  const rank = (f: SenderRuleFinding) => (f.severity === 'error' ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b) || b.recipients - a.recipients);
}

/** The reason sending is refused, or null when the sender can reach everyone. */
export function senderBlockReason(findings: readonly SenderRuleFinding[]): string | null {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return null;
  return errors.map((f) => f.message).join(' ');
}
