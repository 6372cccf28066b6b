import { describe, expect, it } from 'vitest';
import { GSM_BASIC_CHARS, GSM_EXTENSION_CHARS } from '../../../shared/sms/gsm-charset';
import { countParts, countSegments } from '../../../shared/sms/segment-count';
import { analyzeMessage } from '../../../shared/sms/analyze-message';

// Written out from 3GPP TS 23.038 / unicode.org GSM0338.TXT independently of the module's
// string, in table order; 0x09 is capital Ç by our policy, 0x1B (escape) has no character.
const BASIC_CODE_POINTS = [
  0x40, 0xa3, 0x24, 0xa5, 0xe8, 0xe9, 0xf9, 0xec, 0xf2, 0xc7, 0x0a, 0xd8, 0xf8, 0x0d, 0xc5, 0xe5,
  0x394, 0x5f, 0x3a6, 0x393, 0x39b, 0x3a9, 0x3a0, 0x3a8, 0x3a3, 0x398, 0x39e, 0xc6, 0xe6, 0xdf,
  0xc9, 0x20, 0x21, 0x22, 0x23, 0xa4, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e,
  0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e,
  0x3f, 0xa1, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e,
  0x4f, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0xc4, 0xd6, 0xd1, 0xdc,
  0xa7, 0xbf, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e,
  0x6f, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0xe4, 0xf6, 0xf1, 0xfc,
  0xe0,
];
const EXTENSION_CODE_POINTS = [0x0c, 0x5e, 0x7b, 0x7d, 0x5c, 0x5b, 0x7e, 0x5d, 0x7c, 0x20ac];

describe('GSM 03.38 table', () => {
  it('lists 127 basic and 10 extension characters, matching the module', () => {
    expect(BASIC_CODE_POINTS).toHaveLength(127);
    expect(new Set(BASIC_CODE_POINTS).size).toBe(127);
    expect(String.fromCodePoint(...BASIC_CODE_POINTS)).toBe(GSM_BASIC_CHARS);
    expect(String.fromCodePoint(...EXTENSION_CODE_POINTS)).toBe(GSM_EXTENSION_CHARS);
  });

  it.each(BASIC_CODE_POINTS.map((cp) => [cp.toString(16), String.fromCodePoint(cp)]))(
    'basic U+%s counts 1 septet',
    (_, char) => {
      expect(countSegments(char)).toEqual({
        encoding: 'GSM-7',
        units: 1,
        parts: 1,
        charsPerPart: 160,
      });
    },
  );

  it.each(EXTENSION_CODE_POINTS.map((cp) => [cp.toString(16), String.fromCodePoint(cp)]))(
    'extension U+%s counts 2 septets',
    (_, char) => {
      expect(countSegments(char)).toEqual({
        encoding: 'GSM-7',
        units: 2,
        parts: 1,
        charsPerPart: 160,
      });
    },
  );

  it('treats every other UTF-16 code unit as non-GSM (1 UCS-2 unit)', () => {
    const gsm = new Set([...BASIC_CODE_POINTS, ...EXTENSION_CODE_POINTS]);
    let nonGsm = 0;
    for (let code = 0; code <= 0xffff; code++) {
      if (gsm.has(code)) continue;
      const count = countSegments(String.fromCharCode(code));
      if (count.encoding !== 'UCS-2' || count.units !== 1 || count.parts !== 1) {
        throw new Error(`U+${code.toString(16)} counted as ${JSON.stringify(count)}`);
      }
      nonGsm++;
    }
    expect(nonGsm).toBe(0x10000 - 137);
  });

  it('maps capital Ç into GSM but not lowercase ç, tab or no-break space', () => {
    expect(countSegments('Ç').encoding).toBe('GSM-7');
    expect(countSegments('ç').encoding).toBe('UCS-2');
    expect(countSegments('\t').encoding).toBe('UCS-2');
    expect(countSegments('\u00a0').encoding).toBe('UCS-2');
  });
});

describe('part boundaries', () => {
  const gsmCases: [number, number][] = [
    [0, 0],
    [1, 1],
    [160, 1],
    [161, 2],
    [306, 2],
    [307, 3],
    [459, 3],
    [460, 4],
  ];
  it.each(gsmCases)('%i GSM characters make %i parts', (length, parts) => {
    const count = countSegments('a'.repeat(length));
    expect(count).toMatchObject({ encoding: 'GSM-7', units: length, parts });
    expect(count.charsPerPart).toBe(length > 160 ? 153 : 160);
    expect(countParts('a'.repeat(length))).toBe(parts);
  });

  const ucs2Cases: [number, number][] = [
    [1, 1],
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
  ];
  it.each(ucs2Cases)('%i UCS-2 characters make %i parts', (length, parts) => {
    const count = countSegments('я'.repeat(length));
    expect(count).toMatchObject({ encoding: 'UCS-2', units: length, parts });
    expect(count.charsPerPart).toBe(length > 70 ? 67 : 70);
  });

  it('counts the empty message as 0 parts', () => {
    expect(countSegments('')).toEqual({ encoding: 'GSM-7', units: 0, parts: 0, charsPerPart: 160 });
  });

  it('fits 80 extension characters (160 septets) in one part, 81 in two', () => {
    expect(countSegments('€'.repeat(80))).toMatchObject({ units: 160, parts: 1 });
    expect(countSegments('€'.repeat(81))).toMatchObject({ units: 162, parts: 2 });
  });

  it('never splits an escape pair: 153 × "]" is 3 parts, 76 per part', () => {
    expect(countSegments(']'.repeat(153))).toMatchObject({ units: 306, parts: 3 });
    expect(countSegments(']'.repeat(152))).toMatchObject({ units: 304, parts: 2 });
  });

  it('moves an extension character that would straddle a boundary to the next part', () => {
    const straddling = 'a'.repeat(152) + '€' + 'a'.repeat(152);
    expect(countSegments(straddling)).toMatchObject({ units: 306, parts: 3 });
    const parts = analyzeMessage(straddling).segments;
    expect(parts.map((p) => [p.start, p.units])).toEqual([
      [0, 152],
      [152, 153],
      [304, 1],
    ]);
    const fitting = 'a'.repeat(151) + '€' + 'a'.repeat(153);
    expect(countSegments(fitting)).toMatchObject({ units: 306, parts: 2 });
  });

  it('counts CR LF as two septets', () => {
    expect(countSegments('a\r\nb')).toMatchObject({ encoding: 'GSM-7', units: 4 });
  });
});

describe('UCS-2', () => {
  it('switches the whole message for one non-GSM character at start, middle or end', () => {
    const body = 'a'.repeat(100);
    for (const text of ['ç' + body, 'a'.repeat(50) + '’' + 'a'.repeat(50), body + '😀']) {
      const count = countSegments(text);
      expect(count.encoding).toBe('UCS-2');
      expect(count.units).toBe(text.length);
      expect(count.parts).toBe(2);
    }
    expect(countSegments(body + "'")).toMatchObject({ encoding: 'GSM-7', units: 101, parts: 1 });
  });

  it('counts extension characters as 1 unit, not 2', () => {
    expect(countSegments('ç€')).toMatchObject({ encoding: 'UCS-2', units: 2, parts: 1 });
    expect(countSegments('ç' + '€'.repeat(69))).toMatchObject({ units: 70, parts: 1 });
    expect(countSegments('ç' + '[]'.repeat(35))).toMatchObject({ units: 71, parts: 2 });
  });

  it('counts emoji as 2 units and skin-tone modifiers as 2 more', () => {
    expect(countSegments('😀')).toMatchObject({ encoding: 'UCS-2', units: 2, parts: 1 });
    expect(countSegments('👍🏽')).toMatchObject({ units: 4, parts: 1 });
    expect(countSegments('😀'.repeat(35))).toMatchObject({ units: 70, parts: 1 });
    expect(countSegments('😀'.repeat(36))).toMatchObject({ units: 72, parts: 2 });
  });

  it('never splits a surrogate pair across parts', () => {
    const straddling = 'я'.repeat(66) + '😀' + 'я'.repeat(66);
    expect(countSegments(straddling)).toMatchObject({ units: 134, parts: 3 });
    expect(analyzeMessage(straddling).segments.map((p) => p.units)).toEqual([66, 67, 1]);
    const fitting = 'я'.repeat(65) + '😀' + 'я'.repeat(67);
    expect(countSegments(fitting)).toMatchObject({ units: 134, parts: 2 });
  });

  it('counts combining marks separately, while precomposed letters stay GSM', () => {
    expect(countSegments('é')).toMatchObject({ encoding: 'GSM-7', units: 1 });
    expect(countSegments('e\u0301')).toMatchObject({ encoding: 'UCS-2', units: 2 });
    expect(countSegments('a\u0308')).toMatchObject({ encoding: 'UCS-2', units: 2 });
  });

  it('counts a lone surrogate as one unit', () => {
    expect(countSegments('\ud83d' + 'я'.repeat(69))).toMatchObject({ units: 70, parts: 1 });
  });
});

describe('counter and splitter agree', () => {
  it('on 2,000 random messages', () => {
    const pool = ['a', 'a', 'a', ' ', '€', ']', 'ç', '😀', '👍🏽', 'я', 'e\u0301', '\n'];
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const pieces =
        next(3) === 0 ? pool.filter((p) => p.length === 1 && p !== 'ç' && p !== 'я') : pool;
      let text = '';
      const length = next(420);
      while (text.length < length) text += pieces[next(pieces.length)];
      const count = countSegments(text);
      const analysis = analyzeMessage(text);
      expect(analysis.segments.length).toBe(count.parts);
      expect(countParts(text)).toBe(count.parts);
      expect(analysis.segments.map((s) => s.text).join('')).toBe(text);
      for (const segment of analysis.segments) {
        expect(segment.units).toBeLessThanOrEqual(count.charsPerPart);
        const first = segment.text.charCodeAt(0);
        expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
      }
    }
  });
});
