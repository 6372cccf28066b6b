import { GSM_COST_TABLE, isGsmText } from '../sms/gsm-charset';
import { formatCodePoint } from '../sms/analyze-message';
import { emptySegmentCount, isSurrogatePairAt, measureSegments } from '../sms/segment-count';
import { FIELD_EMPTY, FIELD_FILLED } from './compile-template';
import type { RenderStats } from './compile-template';

/** Source name used when a character or a part comes from the template's own text. */
export const TEMPLATE_SOURCE = '(template text)';

export interface PreflightOptions {
  /** Field names in the order of `CompiledTemplate.fields` (the order of `RenderStats`). */
  fields: readonly string[];
  /**
   * The message with every field empty (`CompiledTemplate.literalText` plus any footer).
   * Rows with more parts than this baseline are attributed to a field.
   */
  baselineText?: string;
  /** How many UCS-2 characters to report (most frequent first). Default 10. */
  topChars?: number;
}

export interface Ucs2CharSummary {
  char: string;
  codePoint: string;
  /** Occurrences across all UCS-2 messages. */
  count: number;
  rows: number;
  /** Occurrences per source (a field name or TEMPLATE_SOURCE), most first. */
  sources: { source: string; count: number }[];
}

export interface PreflightSummary {
  recipients: number;
  totalParts: number;
  maxParts: number;
  /** Rows per part count, ascending by parts; only counts that occurred. */
  partsHistogram: { parts: number; rows: number }[];
  ucs2Rows: number;
  /** Which source made rows UCS-2 (a row can count for several fields). */
  ucs2RowsBySource: { source: string; rows: number }[];
  ucs2Chars: Ucs2CharSummary[];
  /** Distinct UCS-2 characters left out of `ucs2Chars` by the top-N cut. */
  otherUcs2CharCount: number;
  /** Parts of the baseline message, or null when no baseline was given. */
  baselineParts: number | null;
  rowsOverBaseline: number;
  /** The field blamed for rows with more parts than the baseline, most rows first. */
  overBaselineByField: { field: string; rows: number }[];
  /** Only fields that were empty at least once. */
  emptyFields: { field: string; rows: number; coveredByFallback: number; uncovered: number }[];
  byCountry: { country: string; recipients: number; parts: number }[];
}

export interface PreflightAggregator {
  /** One rendered message. `country` is ISO alpha-2 ('' when unknown). */
  add(text: string, country: string, stats?: RenderStats): void;
  summary(): PreflightSummary;
}

interface CharStats {
  count: number;
  rows: number;
  lastRow: number;
  sources: Map<string, number>;
}

/** Accumulates the pre-flight figures; allocation-free per row except for UCS-2 rows. */
export function createPreflightAggregator(options: PreflightOptions): PreflightAggregator {
  const fields = options.fields;
  const topChars = options.topChars ?? 10;
  const scratch = emptySegmentCount();
  const baseline =
    options.baselineText === undefined
      ? null
      : measureSegments(options.baselineText, emptySegmentCount());
  const baselineParts = baseline ? baseline.parts : null;
  const baselineIsGsm = baseline ? baseline.encoding === 'GSM-7' : true;
  const baselineChars = options.baselineText
    ? nonGsmCounts(options.baselineText)
    : new Map<number, number>();

  let recipients = 0;
  let totalParts = 0;
  let ucs2Rows = 0;
  let rowsOverBaseline = 0;
  const histogram: number[] = [];
  const emptyRows = new Int32Array(fields.length);
  const uncoveredRows = new Int32Array(fields.length);
  const ucs2BySource = new Map<string, number>();
  const overByField = new Map<string, number>();
  // Keyed by code point, not by string, so counting allocates nothing for known characters.
  const chars = new Map<number, CharStats>();
  const countries = new Map<string, { recipients: number; parts: number }>();

  const add = (text: string, country: string, stats?: RenderStats): void => {
    const count = measureSegments(text, scratch);
    const row = recipients++;
    totalParts += count.parts;
    histogram[count.parts] = (histogram[count.parts] ?? 0) + 1;
    let perCountry = countries.get(country);
    if (!perCountry) {
      perCountry = { recipients: 0, parts: 0 };
      countries.set(country, perCountry);
    }
    perCountry.recipients++;
    perCountry.parts += count.parts;

    if (stats) {
      for (let f = 0; f < fields.length; f++) {
        const state = stats.states[f];
        if (state === FIELD_FILLED) continue;
        emptyRows[f] = (emptyRows[f] as number) + 1;
        if (state === FIELD_EMPTY) uncoveredRows[f] = (uncoveredRows[f] as number) + 1;
      }
    }

    let ucs2Field = -1;
    if (count.encoding === 'UCS-2') {
      ucs2Rows++;
      ucs2Field = recordUcs2Row(text, row, stats);
    }
    if (baselineParts !== null && count.parts > baselineParts) {
      rowsOverBaseline++;
      const blamed = ucs2Field >= 0 && baselineIsGsm ? ucs2Field : longestField(stats);
      if (blamed >= 0) bump(overByField, fields[blamed] as string, 1);
    }
  };

  /** Returns the first field whose value is non-GSM, or -1. */
  const recordUcs2Row = (text: string, row: number, stats?: RenderStats): number => {
    forEachNonGsm(text, (codePoint) => {
      let entry = chars.get(codePoint);
      if (!entry) {
        entry = { count: 0, rows: 0, lastRow: -1, sources: new Map() };
        chars.set(codePoint, entry);
      }
      entry.count++;
      if (entry.lastRow !== row) entry.rows++;
      entry.lastRow = row;
    });
    if (!baselineIsGsm) bump(ucs2BySource, TEMPLATE_SOURCE, 1);
    for (const [codePoint, n] of baselineChars) bumpSource(codePoint, TEMPLATE_SOURCE, n);
    let first = -1;
    if (!stats) return first;
    for (let f = 0; f < fields.length; f++) {
      const value = stats.values[f] as string;
      if (isGsmText(value)) continue;
      if (first === -1) first = f;
      const name = fields[f] as string;
      bump(ucs2BySource, name, 1);
      forEachNonGsm(value, (codePoint) => bumpSource(codePoint, name, 1));
    }
    return first;
  };

  const bumpSource = (codePoint: number, source: string, n: number): void => {
    const entry = chars.get(codePoint);
    if (entry) bump(entry.sources, source, n);
  };

  const summary = (): PreflightSummary => {
    const ranked = [...chars.entries()].sort((a, b) => b[1].count - a[1].count);
    return {
      recipients,
      totalParts,
      maxParts: histogram.length === 0 ? 0 : histogram.length - 1,
      partsHistogram: histogram.flatMap((rows, parts) => (rows ? [{ parts, rows }] : [])),
      ucs2Rows,
      ucs2RowsBySource: sortedEntries(ucs2BySource).map(([source, rows]) => ({ source, rows })),
      ucs2Chars: ranked.slice(0, topChars).map(([codePoint, s]) => ({
        char: String.fromCodePoint(codePoint),
        codePoint: formatCodePoint(String.fromCodePoint(codePoint)),
        count: s.count,
        rows: s.rows,
        sources: sortedEntries(s.sources).map(([source, count]) => ({ source, count })),
      })),
      otherUcs2CharCount: Math.max(0, ranked.length - topChars),
      baselineParts,
      rowsOverBaseline,
      overBaselineByField: sortedEntries(overByField).map(([field, rows]) => ({ field, rows })),
      emptyFields: fields.flatMap((field, f) => {
        const rows = emptyRows[f] as number;
        const uncovered = uncoveredRows[f] as number;
        return rows === 0 ? [] : [{ field, rows, coveredByFallback: rows - uncovered, uncovered }];
      }),
      byCountry: [...countries.entries()]
        .map(([country, c]) => ({ country, recipients: c.recipients, parts: c.parts }))
        .sort((a, b) => b.parts - a.parts || a.country.localeCompare(b.country)),
    };
  };

  return { add, summary };
}

/** Cheap blame: the longest field contribution is what most likely added the part. */
function longestField(stats: RenderStats | undefined): number {
  if (!stats) return -1;
  let best = -1;
  let bestLength = 0;
  for (let f = 0; f < stats.values.length; f++) {
    const length = (stats.values[f] as string).length;
    if (length > bestLength) {
      best = f;
      bestLength = length;
    }
  }
  return best;
}

function nonGsmCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  forEachNonGsm(text, (codePoint) => bump(counts, codePoint, 1));
  return counts;
}

function forEachNonGsm(text: string, visit: (codePoint: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (GSM_COST_TABLE[code] !== 0) continue;
    if (isSurrogatePairAt(text, i)) {
      visit(text.codePointAt(i) as number);
      i++;
    } else {
      visit(code);
    }
  }
}

function bump<K>(map: Map<K, number>, key: K, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function sortedEntries(map: Map<string, number>): [string, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
