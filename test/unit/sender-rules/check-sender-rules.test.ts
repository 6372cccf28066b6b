import { describe, expect, it } from 'vitest';
import { senderRuleDefaults } from '../../../shared/compliance/sender-rule-defaults';
import {
  checkSenderRules,
  effectiveSenderRules,
  isLetterSender,
  senderBlockReason,
  senderRuleRows,
  senderRuleSchema,
} from '../../../shared/compliance/sender-rules';

const shipped = effectiveSenderRules({});

describe('sender rules by country', () => {
  it('refuses a letter sender for the US and Canada, with the recipient count', () => {
    const findings = checkSenderRules(
      'Peaksend',
      [
        { country: 'US', recipients: 412 },
        { country: 'CA', recipients: 3 },
        { country: 'DE', recipients: 50 },
      ],
      shipped,
    );
    expect(findings.map((f) => [f.country, f.kind, f.severity])).toEqual([
      ['US', 'letters_refused', 'error'],
      ['CA', 'letters_refused', 'error'],
    ]);
    expect(findings[0]?.message).toMatch(
      /^412 recipients in the United States: letter senders such as “Peaksend” are not accepted there\./,
    );
    expect(senderBlockReason(findings)).toContain('412 recipients in the United States');
  });

  it('lets a number through the US, warning that it must be registered', () => {
    const findings = checkSenderRules('+12025550100', [{ country: 'US', recipients: 2 }], shipped);
    expect(findings).toMatchObject([{ kind: 'registration', severity: 'warning', recipients: 2 }]);
    expect(senderBlockReason(findings)).toBeNull();
  });

  it('warns about registration for letter senders in France and refuses long names in India', () => {
    const findings = checkSenderRules(
      'Peaksend',
      [
        { country: 'FR', recipients: 1 },
        { country: 'IN', recipients: 7 },
      ],
      shipped,
    );
    expect(findings.map((f) => [f.country, f.kind])).toEqual([
      ['IN', 'too_long'],
      ['FR', 'registration'],
    ]);
    expect(findings[0]?.message).toBe(
      '7 recipients in India: sender names there can have at most 6 characters; “Peaksend” has 8.',
    );
    expect(findings[1]?.message).toMatch(/^1 recipient in France: sender names must be registered/);
    expect(checkSenderRules('SHOPIN', [{ country: 'IN', recipients: 7 }], shipped)).toMatchObject([
      { kind: 'registration' },
    ]);
  });

  it('says nothing about countries without a rule or recipients without a country', () => {
    expect(
      checkSenderRules(
        'Peaksend',
        [
          { country: null, recipients: 10 },
          { country: 'GB', recipients: 10 },
          { country: 'ZZ', recipients: 10 },
        ],
        shipped,
      ),
    ).toEqual([]);
  });

  it('tells letters from numbers', () => {
    expect(isLetterSender('Shop 24')).toBe(true);
    expect(isLetterSender('+4915112345678')).toBe(false);
    expect(isLetterSender('2000')).toBe(false);
  });

  it('puts the user’s rules over the shipped ones, and a reset brings the shipped one back', () => {
    const overrides = {
      US: { alphanumeric: true, registration: false, maxLength: 11, note: 'Our own route' },
      XK: { alphanumeric: false, registration: false, maxLength: 11, note: '' },
    };
    const rows = senderRuleRows(overrides);
    expect(rows.find((r) => r.country === 'US')).toMatchObject({
      origin: 'edited',
      rule: { alphanumeric: true },
      shipped: { alphanumeric: false },
    });
    expect(rows.find((r) => r.country === 'XK')).toMatchObject({ origin: 'added', shipped: null });
    expect(rows.find((r) => r.country === 'DE')?.origin).toBe('default');
    expect(
      checkSenderRules(
        'Peaksend',
        [{ country: 'US', recipients: 1 }],
        effectiveSenderRules(overrides),
      ),
    ).toEqual([]);
    const { US: _reset, ...afterReset } = overrides;
    expect(senderRuleRows(afterReset).find((r) => r.country === 'US')?.origin).toBe('default');
  });

  it('ships rules that parse, each with a source', () => {
    for (const [country, rule] of Object.entries(senderRuleDefaults)) {
      expect(country).toMatch(/^[A-Z]{2}$/);
      expect(senderRuleSchema.safeParse(rule).success).toBe(true);
      expect(rule.source.length).toBeGreaterThan(3);
    }
    expect(senderRuleDefaults.US?.alphanumeric).toBe(false);
    expect(senderRuleDefaults.FR).toMatchObject({ alphanumeric: true, registration: true });
    expect(senderRuleDefaults.IN).toMatchObject({ registration: true, maxLength: 6 });
  });
});
