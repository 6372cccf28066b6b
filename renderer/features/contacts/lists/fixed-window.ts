import type { Range } from '@tanstack/react-virtual';

/**
 * The rows to render: always `size` of them (all, when the list has fewer), starting `overscan`
 * above the first in view. With a window of constant length, keying rows by index modulo that
 * length makes the rows that leave at one end hand their keys to those that enter at the other:
 * React rewrites their cells instead of unmounting and building whole rows. The window grows
 * past `size` only when more rows are in view than `size` allows for (before it is measured).
 */
export function fixedWindow(range: Range, size: number, overscan: number): number[] {
  const visible = range.endIndex - range.startIndex + 1;
  const n = Math.min(range.count, Math.max(size, visible + 2 * overscan));
  const start = Math.max(0, Math.min(range.startIndex - overscan, range.count - n));
  return Array.from({ length: n }, (_, i) => start + i);
}
