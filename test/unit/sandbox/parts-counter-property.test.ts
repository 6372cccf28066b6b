import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countParts as sandboxParts } from '../../../main/sandbox/parts-counter';
import { countSegments } from '../../../shared/sms/segment-count';

// Characters picked so random text lands on every case: GSM basic, GSM extension (2 septets),
// BMP non-GSM (forces UCS-2), astral (surrogate pairs), lone surrogates.
const basic = fc.constantFrom('a', 'Z', '0', ' ', '@', 'é', 'Ç', '\n', 'Ø', 'ß', '¿', 'à');
const extension = fc.constantFrom('€', '^', '{', '}', '\\', '[', ']', '~', '|', '\f');
const bmp = fc.constantFrom('ж', 'ç', '’', '中', 'ü', '«');
const astral = fc.constantFrom('😀', '𝄞', '🇩🇪');
const lone = fc.constantFrom('\ud800', '\udfff');

const gsmText = fc
  .array(fc.oneof({ weight: 8, arbitrary: basic }, { weight: 2, arbitrary: extension }), {
    maxLength: 700,
  })
  .map((a) => a.join(''));
const ucs2Text = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: basic },
      { weight: 1, arbitrary: extension },
      { weight: 2, arbitrary: bmp },
      { weight: 2, arbitrary: astral },
      { weight: 1, arbitrary: lone },
    ),
    { maxLength: 400 },
  )
  .map((a) => a.join(''));
/** Long runs around the part boundaries, where a split pair shows. */
const boundary = fc
  .tuple(
    fc.integer({ min: 60, max: 160 }),
    fc.constantFrom('€', '😀', '^', '🇩🇪'),
    fc.integer({ min: 0, max: 160 }),
    fc.constantFrom('a', 'ж'),
  )
  .map(([n, pair, m, filler]) => `${filler.repeat(n)}${pair}${filler.repeat(m)}`);

/**
 * The sandbox plays CommPeak and must bill what a real route bills, so its counter is separate
 * code from the app's (a bug shared by both would hide in tests) — and must agree with it.
 */
describe('sandbox parts counter against the app counter', () => {
  it('keeps an ESC pair whole across a part boundary', () => {
    const text = `${'a'.repeat(152)}€${'a'.repeat(152)}`;
    expect(sandboxParts(text)).toMatchObject({ encoding: 'gsm7', units: 306, parts: 3 });
    expect(countSegments(text).parts).toBe(3);
  });

  it('keeps a surrogate pair whole across a part boundary', () => {
    const text = `${'ж'.repeat(66)}😀${'ж'.repeat(66)}`;
    expect(sandboxParts(text)).toMatchObject({ encoding: 'ucs2', units: 134, parts: 3 });
    expect(countSegments(text).parts).toBe(3);
  });

  it('agrees on parts, encoding and units for random text', () => {
    fc.assert(
      fc.property(fc.oneof(gsmText, ucs2Text, boundary), (text) => {
        const ours = sandboxParts(text);
        const app = countSegments(text);
        expect(ours.parts).toBe(app.parts);
        expect(ours.units).toBe(app.units);
        expect(ours.encoding).toBe(app.encoding === 'GSM-7' ? 'gsm7' : 'ucs2');
      }),
      { numRuns: 3000, seed: 1313 },
    );
  });
});
