import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../shared/sms/analyze-message';

describe('analyzeMessage', () => {
  it('lists the characters that force UCS-2 with counts and positions', () => {
    const analysis = analyzeMessage('Hi ’there’ 😀 ok 😀');
    expect(analysis.encoding).toBe('UCS-2');
    expect(analysis.nonGsmChars).toEqual([
      { char: '’', codePoint: 'U+2019', count: 2, positions: [3, 9] },
      { char: '😀', codePoint: 'U+1F600', count: 2, positions: [11, 17] },
    ]);
  });

  it('names invisible characters by code point', () => {
    expect(analyzeMessage('a\u00a0b').nonGsmChars).toEqual([
      { char: '\u00a0', codePoint: 'U+00A0', count: 1, positions: [1] },
    ]);
  });

  it('reports nothing for GSM messages and the room left in the part', () => {
    const analysis = analyzeMessage('Hello €');
    expect(analysis).toMatchObject({ encoding: 'GSM-7', units: 8, parts: 1, remainingInPart: 152 });
    expect(analysis.nonGsmChars).toEqual([]);
    expect(analysis.segments).toEqual([{ start: 0, end: 7, units: 8, text: 'Hello €' }]);
  });

  it('reports the room left in the last part of a long message', () => {
    expect(analyzeMessage('a'.repeat(200)).remainingInPart).toBe(153 - 47);
    expect(analyzeMessage('я'.repeat(100)).remainingInPart).toBe(67 - 33);
    expect(analyzeMessage('')).toMatchObject({ parts: 0, segments: [], remainingInPart: 160 });
  });
});
