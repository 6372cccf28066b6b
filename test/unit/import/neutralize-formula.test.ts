import { describe, expect, it } from 'vitest';
import {
  neutralizeFormula,
  toCsvCell,
  toCsvLine,
  toCsvRow,
} from '../../../shared/csv/neutralize-formula';

describe('formula neutralisation for exported CSV', () => {
  it('prefixes an apostrophe to cells a spreadsheet would run', () => {
    for (const cell of ['=1+1', '+972524265292', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd']) {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['Dana', '', '0524265292', ' =not first', "'already"]) {
      expect(neutralizeFormula(cell)).toBe(cell);
    }
  });

  it('quotes after neutralising, and leaves numbers alone', () => {
    expect(toCsvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(toCsvCell('a,b')).toBe('"a,b"');
    expect(toCsvCell('a;b', ';')).toBe('"a;b"');
    expect(toCsvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(toCsvCell(-5)).toBe('-5');
    expect(toCsvCell(null)).toBe('');
    expect(toCsvLine(['-x', 1, null, 'ok'])).toBe("'-x,1,,ok");
    expect(toCsvRow(['a', 'b'])).toBe('a,b\r\n');
  });
});
