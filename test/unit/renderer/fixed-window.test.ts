import { describe, expect, it } from 'vitest';
import { fixedWindow } from '../../../renderer/features/contacts/lists/fixed-window';

const range = (startIndex: number, endIndex: number, count = 1_000_000) => ({
  startIndex,
  endIndex,
  count,
  overscan: 5,
});

describe("the contact table's window of rows", () => {
  it('keeps one length whether 16 or 17 rows are partly in view, so slot keys carry over', () => {
    const a = fixedWindow(range(100, 115), 27, 5);
    const b = fixedWindow(range(107, 123), 27, 5);
    expect(a).toHaveLength(27);
    expect(b).toHaveLength(27);
    expect(a[0]).toBe(95);
    // Seven rows further: the seven that left have exactly the slots of the seven that came in.
    const slots = (rows: number[]) => new Set(rows.map((i) => i % 27));
    expect(slots(a)).toEqual(slots(b));
    const left = a.filter((i) => !b.includes(i)).map((i) => i % 27);
    const came = b.filter((i) => !a.includes(i)).map((i) => i % 27);
    expect(came.sort()).toEqual(left.sort());
  });

  it('stays inside the list at both ends, and is the whole list when it is short', () => {
    expect(fixedWindow(range(0, 15), 27, 5)).toEqual(Array.from({ length: 27 }, (_, i) => i));
    const end = fixedWindow(range(999_984, 999_999), 27, 5);
    expect(end[0]).toBe(1_000_000 - 27);
    expect(end.at(-1)).toBe(999_999);
    expect(fixedWindow(range(0, 9, 10), 27, 5)).toEqual(Array.from({ length: 10 }, (_, i) => i));
  });

  it('grows when more rows are in view than it was sized for (before the first measure)', () => {
    expect(fixedWindow(range(0, 39), 0, 5)).toHaveLength(50);
  });
});
