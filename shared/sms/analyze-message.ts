import { assertNever } from '../assert-never';
import { GSM_COST_TABLE } from './gsm-charset';
import {
  GSM_MULTI_PART,
  isSurrogatePairAt,
  measureSegments,
  emptySegmentCount,
  UCS2_MULTI_PART,
} from './segment-count';
import type { SegmentCount, SmsEncoding } from './segment-count';

/** A character that forces UCS-2, with where it occurs. */
export interface NonGsmChar {
  /** The whole code point (an emoji is one entry, not two surrogate halves). */
  char: string;
  /** "U+2019": lets the UI name characters that are invisible, like a no-break space. */
  codePoint: string;
  count: number;
  /** UTF-16 indices of every occurrence, in order. */
  positions: number[];
}

/** One billable part of the message: `text.slice(start, end)`. */
export interface MessagePart {
  start: number;
  end: number;
  /** Septets (GSM-7) or UTF-16 units (UCS-2) used in this part. */
  units: number;
  text: string;
}

export interface MessageAnalysis extends SegmentCount {
  /** Unique characters that force UCS-2, in order of first appearance; empty for GSM-7. */
  nonGsmChars: NonGsmChar[];
  /** How the message is split into parts (one entry per billable part). */
  segments: MessagePart[];
  /** Units still free in the last part before another part is needed. */
  remainingInPart: number;
}

/** Detailed view for the composer: what forces UCS-2 and where the parts split. */
export function analyzeMessage(text: string): MessageAnalysis {
  const count = measureSegments(text, emptySegmentCount());
  const nonGsmChars = count.encoding === 'UCS-2' ? collectNonGsm(text) : [];
  const segments = splitParts(text, count);
  const last = segments[segments.length - 1];
  const remainingInPart = last ? count.charsPerPart - last.units : count.charsPerPart;
  return { ...count, nonGsmChars, segments, remainingInPart };
}

function collectNonGsm(text: string): NonGsmChar[] {
  const byChar = new Map<string, NonGsmChar>();
  for (let i = 0; i < text.length; i++) {
    if (GSM_COST_TABLE[text.charCodeAt(i)] !== 0) continue;
    const width = isSurrogatePairAt(text, i) ? 2 : 1;
    const char = text.slice(i, i + width);
    let entry = byChar.get(char);
    if (!entry) {
      entry = { char, codePoint: formatCodePoint(char), count: 0, positions: [] };
      byChar.set(char, entry);
    }
    entry.count++;
    entry.positions.push(i);
    i += width - 1;
  }
  return [...byChar.values()];
}

export function formatCodePoint(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Same greedy packing as the counter, but keeping the boundaries. */
function splitParts(text: string, count: SegmentCount): MessagePart[] {
  if (count.parts === 0) return [];
  if (count.parts === 1) return [{ start: 0, end: text.length, units: count.units, text }];
  const capacity = capacityFor(count.encoding);
  const parts: MessagePart[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < text.length;) {
    const width = count.encoding === 'UCS-2' && isSurrogatePairAt(text, i) ? 2 : 1;
    const cost =
      count.encoding === 'UCS-2' ? width : (GSM_COST_TABLE[text.charCodeAt(i)] as number);
    if (used + cost > capacity) {
      parts.push({ start, end: i, units: used, text: text.slice(start, i) });
      start = i;
      used = 0;
    }
    used += cost;
    i += width;
  }
  parts.push({ start, end: text.length, units: used, text: text.slice(start) });
  return parts;
}

function capacityFor(encoding: SmsEncoding): number {
  switch (encoding) {
    case 'GSM-7':
      return GSM_MULTI_PART;
    case 'UCS-2':
      return UCS2_MULTI_PART;
    default:
      return assertNever(encoding, 'Unexpected encoding');
  }
}
