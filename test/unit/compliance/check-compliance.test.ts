import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../../shared/compliance/check-compliance';
import type { ComplianceInput } from '../../../shared/compliance/check-compliance';
import { findOptOutInstruction } from '../../../shared/compliance/opt-out-keywords';
import { findUrlShorteners } from '../../../shared/compliance/url-shorteners';

const clean: ComplianceInput = {
  template:
    'Hi {first_name|there}, 20% off today at https://shop.example.com. Reply STOP to opt out',
  streamType: 'marketing',
  sender: 'ShopCo',
  maxParts: 1,
};

const rules = (input: Partial<ComplianceInput>): string[] =>
  checkCompliance({ ...clean, ...input }).map((i) => `${i.rule}:${i.severity}`);

describe('checkCompliance', () => {
  it('passes a clean marketing message', () => {
    expect(checkCompliance(clean)).toEqual([]);
  });

  it('stops at an empty template (besides the sender)', () => {
    expect(checkCompliance({ ...clean, template: '  \n' })).toEqual([
      {
        rule: 'empty_template',
        severity: 'error',
        message: 'The message is empty: write the text to send.',
      },
    ]);
    expect(rules({ template: '', sender: '' })).toEqual([
      'sender_id:error',
      'empty_template:error',
    ]);
  });

  it('requires an opt-out instruction on marketing streams only', () => {
    const template = 'Hi, 20% off today!';
    expect(rules({ template })).toEqual(['opt_out_missing:error']);
    expect(rules({ template, streamType: 'transactional' })).toEqual([]);
    expect(rules({ template, streamType: 'otp' })).toEqual([]);
    expect(rules({ template, streamType: 'two_way' })).toEqual([]);
    // The rendered sample counts: a footer may be added at render time.
    expect(rules({ template, renderedSample: `${template}\nSTOP? Reply UNSUB` })).toEqual([]);
  });

  it('flags public URL shorteners', () => {
    const issues = checkCompliance({
      ...clean,
      template: `${clean.template} https://bit.ly/x t.co/y`,
    });
    expect(issues).toEqual([
      {
        rule: 'url_shortener',
        severity: 'warning',
        message:
          'Carriers often block messages with public link shorteners (bit.ly, t.co). Use the full link or your own branded domain.',
      },
    ]);
  });

  it('checks the sender ID', () => {
    expect(checkCompliance({ ...clean, sender: 'My Big Shop Ltd' })).toEqual([
      {
        rule: 'sender_id',
        severity: 'error',
        message: 'A sender name can be at most 11 characters; this one has 15.',
      },
    ]);
    expect(rules({ sender: '+4915112345678' })).toEqual([]);
  });

  it('warns above 6 parts and refuses above 10', () => {
    expect(rules({ maxParts: 6 })).toEqual([]);
    expect(rules({ maxParts: 7 })).toEqual(['too_many_parts:warning']);
    expect(rules({ maxParts: 10 })).toEqual(['too_many_parts:warning']);
    expect(rules({ maxParts: 11 })).toEqual(['too_many_parts:error']);
  });

  it('flags quiet hours for marketing and two-way, not for OTP or transactional', () => {
    const schedule = { inQuietHours: true };
    expect(rules({ schedule })).toEqual(['quiet_hours:error']);
    expect(rules({ schedule, streamType: 'two_way' })).toEqual(['quiet_hours:warning']);
    expect(rules({ schedule, streamType: 'otp' })).toEqual([]);
    expect(rules({ schedule, streamType: 'transactional' })).toEqual([]);
    expect(rules({ schedule: { inQuietHours: false } })).toEqual([]);
  });

  it('warns about merge fields that render empty', () => {
    const issues = checkCompliance({
      ...clean,
      emptyFieldsWithoutFallback: [
        { field: 'city', rows: 12 },
        { field: 'zip', rows: 1 },
        { field: 'street', rows: 0 },
      ],
    });
    expect(issues.map((i) => i.message)).toEqual([
      '12 recipients have no value for {city}, so it will be left blank. Add a fallback like {city|there}.',
      '1 recipient has no value for {zip}, so it will be left blank. Add a fallback like {zip|there}.',
    ]);
  });

  it('lists errors before warnings', () => {
    expect(rules({ template: 'Go to bit.ly/x', maxParts: 8, sender: 'x'.repeat(20) })).toEqual([
      'sender_id:error',
      'opt_out_missing:error',
      'url_shortener:warning',
      'too_many_parts:warning',
    ]);
  });
});

describe('findOptOutInstruction', () => {
  it.each([
    'Reply STOP to opt out',
    'Text stopall',
    'unsubscribe: reply',
    'Send UNSUB to 2000',
    'reply END',
    'QUIT',
    'OPTOUT',
    'reply opt-out',
    'to opt out reply',
    'Cancel anytime',
    'REVOKE',
    'Répondez ARRET',
    'Répondez ARRÊT',
    'stop.',
    '(STOP)',
  ])('finds one in %j', (text) => {
    expect(findOptOutInstruction(text)).not.toBeNull();
  });

  it.each([
    'Unstoppable deals',
    'See you at the weekend',
    'Your friend sent this',
    'Stopped by?',
    '',
  ])('finds none in %j', (text) => {
    expect(findOptOutInstruction(text)).toBeNull();
  });
});

describe('findUrlShorteners', () => {
  it('finds each listed shortener with or without a scheme', () => {
    for (const domain of [
      'bit.ly',
      'tinyurl.com',
      'goo.gl',
      't.co',
      'ow.ly',
      'is.gd',
      'buff.ly',
      'rebrand.ly',
      'cutt.ly',
      'shorturl.at',
      'rb.gy',
      'tiny.cc',
      'bl.ink',
      's.id',
    ]) {
      expect(findUrlShorteners(`see https://${domain}/abc now`)).toEqual([domain]);
      expect(findUrlShorteners(`see ${domain.toUpperCase()}/abc`)).toEqual([domain]);
    }
  });

  it('finds www. and a domain at the end of a sentence', () => {
    expect(findUrlShorteners('Go to www.bit.ly/x. Or tinyurl.com.')).toEqual([
      'bit.ly',
      'tinyurl.com',
    ]);
  });

  it('ignores longer domains that only contain a shortener', () => {
    expect(
      findUrlShorteners(
        'Visit t.com, cat.co, https://bit.lyrics.com, mybit.ly, s.idea.org, shop.example.com',
      ),
    ).toEqual([]);
  });
});
