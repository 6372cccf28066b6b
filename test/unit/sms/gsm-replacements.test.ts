import { describe, expect, it } from 'vitest';
import { isGsmText } from '../../../shared/sms/gsm-charset';
import { GSM_REPLACEMENTS, planReplacement } from '../../../shared/sms/gsm-replacements';
import { countSegments } from '../../../shared/sms/segment-count';

describe('planReplacement', () => {
  it('replaces curly quotes, dashes, ellipsis and bullets, with a diff', () => {
    const text = '“Sale” – it’s… • now';
    const plan = planReplacement(text);
    expect(plan.result).toBe('"Sale" - it\'s... - now');
    expect(plan.changes).toEqual([
      { index: 0, from: '“', to: '"' },
      { index: 5, from: '”', to: '"' },
      { index: 7, from: '–', to: '-' },
      { index: 11, from: '’', to: "'" },
      { index: 13, from: '…', to: '...' },
      { index: 15, from: '•', to: '-' },
    ]);
    expect(plan.becomesGsm).toBe(true);
    expect(plan.remainingNonGsm).toEqual([]);
    expect(countSegments(plan.result).encoding).toBe('GSM-7');
  });

  it.each([
    ['‘a’ ‚b‛', "'a' 'b'"],
    ['„c‟ «d» ‹e›', '"c" "d" \'e\''],
    ['´x` —y', "'x' -y"],
    ['a\u00a0b\u2009c\u202fd\u3000e\tf', 'a b c d e f'],
    ['zero\u200bwidth\ufeff', 'zerowidth'],
    ['½ × 2 ÷ 3™', '1/2 x 2 / 3TM'],
  ])('maps %j to %j', (text, expected) => {
    const plan = planReplacement(text);
    expect(plan.result).toBe(expected);
    expect(plan.becomesGsm).toBe(true);
  });

  it('keeps letters without a safe equivalent and lists them', () => {
    const plan = planReplacement('Ça va, François? ’ 😀 ç');
    expect(plan.result).toBe("Ça va, François? ' 😀 ç");
    expect(plan.changes).toEqual([{ index: 17, from: '’', to: "'" }]);
    expect(plan.remainingNonGsm).toEqual([
      { char: 'ç', codePoint: 'U+00E7', count: 2 },
      { char: '😀', codePoint: 'U+1F600', count: 1 },
    ]);
    expect(plan.becomesGsm).toBe(false);
  });

  it('composes a letter and a combining accent into the GSM letter', () => {
    const plan = planReplacement('Cafe\u0301 and a\u0308');
    expect(plan.result).toBe('Café and ä');
    expect(plan.changes).toEqual([
      { index: 3, from: 'e\u0301', to: 'é' },
      { index: 10, from: 'a\u0308', to: 'ä' },
    ]);
    expect(plan.becomesGsm).toBe(true);
  });

  it('leaves an accent that composes into a non-GSM letter for the user', () => {
    const plan = planReplacement('a\u0301');
    expect(plan.result).toBe('a\u0301');
    expect(plan.remainingNonGsm.map((c) => c.codePoint)).toEqual(['U+0301']);
  });

  it('changes nothing in a GSM message', () => {
    expect(planReplacement('Hello {world} €5')).toEqual({
      result: 'Hello {world} €5',
      changes: [],
      remainingNonGsm: [],
      becomesGsm: true,
    });
  });

  it('only maps non-GSM characters, and only to GSM text', () => {
    for (const [from, to] of GSM_REPLACEMENTS) {
      expect(isGsmText(from), `${from} should be non-GSM`).toBe(false);
      expect(isGsmText(to), `${to} should be GSM`).toBe(true);
    }
  });
});
