import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../../shared/template/compile-template';
import {
  createPreflightAggregator,
  TEMPLATE_SOURCE,
} from '../../../shared/template/preflight-aggregate';

function run(
  template: string,
  rows: [Record<string, string>, string][],
  fields = ['name', 'city'],
): ReturnType<ReturnType<typeof createPreflightAggregator>['summary']> {
  const t = compileTemplate(template, fields);
  expect(t.ok).toBe(true);
  const aggregator = createPreflightAggregator({ fields: t.fields, baselineText: t.literalText });
  const stats = t.createStats();
  for (const [values, country] of rows)
    aggregator.add(t.renderWithStats(values, stats), country, stats);
  return aggregator.summary();
}

describe('createPreflightAggregator', () => {
  it('sums parts, encodings, blame, empty values and countries', () => {
    const summary = run('Hi {name|there} from {city}', [
      [{ name: 'Anna', city: 'Berlin' }, 'DE'], // 19 septets, 1 part
      [{ name: '', city: 'Paris' }, 'FR'], // fallback, 1 part
      [{ name: 'Zoë', city: 'Wien' }, 'AT'], // ë forces UCS-2, 1 part
      [{ name: 'x'.repeat(200), city: 'Rome' }, 'IT'], // 213 septets, 2 parts
      [{ name: 'Bob', city: '' }, 'DE'], // city empty, no fallback
      [{ name: 'Zoë', city: 'y'.repeat(80) }, 'DE'], // 92 UCS-2 units, 2 parts
    ]);
    expect(summary).toEqual({
      recipients: 6,
      totalParts: 8,
      maxParts: 2,
      partsHistogram: [
        { parts: 1, rows: 4 },
        { parts: 2, rows: 2 },
      ],
      ucs2Rows: 2,
      ucs2RowsBySource: [{ source: 'name', rows: 2 }],
      ucs2Chars: [
        {
          char: 'ë',
          codePoint: 'U+00EB',
          count: 2,
          rows: 2,
          sources: [{ source: 'name', count: 2 }],
        },
      ],
      otherUcs2CharCount: 0,
      baselineParts: 1,
      rowsOverBaseline: 2,
      // The UCS-2 row blames the field that switched the encoding, not the longer city.
      overBaselineByField: [{ field: 'name', rows: 2 }],
      emptyFields: [
        { field: 'name', rows: 1, coveredByFallback: 1, uncovered: 0 },
        { field: 'city', rows: 1, coveredByFallback: 0, uncovered: 1 },
      ],
      byCountry: [
        { country: 'DE', recipients: 3, parts: 4 },
        { country: 'IT', recipients: 1, parts: 2 },
        { country: 'AT', recipients: 1, parts: 1 },
        { country: 'FR', recipients: 1, parts: 1 },
      ],
    });
  });

  it('blames the longest field when the encoding did not change', () => {
    const summary = run('{name} {city}', [
      [{ name: 'n'.repeat(100), city: 'c'.repeat(80) }, 'DE'],
      [{ name: 'n'.repeat(10), city: 'c'.repeat(170) }, 'DE'],
      [{ name: 'short', city: 'short' }, 'DE'],
    ]);
    expect(summary.rowsOverBaseline).toBe(2);
    expect(summary.overBaselineByField).toEqual([
      { field: 'city', rows: 1 },
      { field: 'name', rows: 1 },
    ]);
  });

  it('attributes UCS-2 to the template text when the template itself is not GSM', () => {
    const summary = run(
      'Привет {name} 😀',
      [
        [{ name: 'Ivan' }, 'RU'],
        [{ name: 'Jürgen’s' }, 'RU'],
      ],
      ['name'],
    );
    expect(summary.ucs2Rows).toBe(2);
    expect(summary.ucs2RowsBySource).toEqual([
      { source: TEMPLATE_SOURCE, rows: 2 },
      { source: 'name', rows: 1 },
    ]);
    const byChar = new Map(summary.ucs2Chars.map((c) => [c.char, c]));
    expect(byChar.get('😀')).toMatchObject({
      count: 2,
      rows: 2,
      sources: [{ source: TEMPLATE_SOURCE, count: 2 }],
    });
    expect(byChar.get('’')).toMatchObject({
      count: 1,
      rows: 1,
      sources: [{ source: 'name', count: 1 }],
    });
    expect(byChar.get('П')?.count).toBe(2);
    expect(summary.rowsOverBaseline).toBe(0);
  });

  it('keeps only the top N characters and counts the rest', () => {
    const aggregator = createPreflightAggregator({ fields: [], topChars: 2 });
    aggregator.add('ççç ééé ñ ’’ 😀', '');
    aggregator.add('ç', '');
    const summary = aggregator.summary();
    expect(summary.ucs2Chars.map((c) => [c.char, c.count, c.rows])).toEqual([
      ['ç', 4, 2],
      ['’', 2, 1],
    ]);
    expect(summary.otherUcs2CharCount).toBe(1);
    expect(summary.baselineParts).toBeNull();
    expect(summary.byCountry).toEqual([{ country: '', recipients: 2, parts: 2 }]);
  });

  it('reports an empty run', () => {
    const summary = createPreflightAggregator({ fields: ['a'] }).summary();
    expect(summary).toMatchObject({
      recipients: 0,
      totalParts: 0,
      maxParts: 0,
      partsHistogram: [],
    });
  });
});
