import { describe, expect, it } from 'vitest';
import { countParts } from '../../../main/sandbox/parts-counter';

describe('sandbox parts counter', () => {
  it('uses GSM-7 limits 160/153 with double-width extension characters', () => {
    expect(countParts('')).toEqual({ encoding: 'gsm7', units: 0, parts: 0 });
    expect(countParts('a'.repeat(160))).toMatchObject({ encoding: 'gsm7', parts: 1 });
    expect(countParts('a'.repeat(161))).toMatchObject({ parts: 2 });
    expect(countParts('a'.repeat(306))).toMatchObject({ parts: 2 });
    expect(countParts('a'.repeat(307))).toMatchObject({ parts: 3 });
    expect(countParts('€'.repeat(80))).toMatchObject({ encoding: 'gsm7', units: 160, parts: 1 });
    expect(countParts(`${'€'.repeat(80)}a`)).toMatchObject({ units: 161, parts: 2 });
  });

  it('falls back to UCS-2 (70/67), counting astral characters as two units', () => {
    expect(countParts('Привет')).toMatchObject({ encoding: 'ucs2', units: 6, parts: 1 });
    expect(countParts('ж'.repeat(70))).toMatchObject({ parts: 1 });
    expect(countParts('ж'.repeat(71))).toMatchObject({ parts: 2 });
    expect(countParts('ж'.repeat(134))).toMatchObject({ parts: 2 });
    expect(countParts('😀'.repeat(35))).toMatchObject({ encoding: 'ucs2', units: 70, parts: 1 });
    expect(countParts(`${'a'.repeat(69)}’`)).toMatchObject({ encoding: 'ucs2', parts: 1 });
  });
});
