import type { PreflightSummary, Ucs2CharSummary } from './preflight-aggregate';

const TOP_CHARS = 10;

function add<K>(map: Map<K, number>, key: K, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

const ranked = (map: Map<string, number>) =>
  [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/**
 * One summary for messages counted by several aggregators — one per variant, each with its own
 * fields. Counts add up; the per-field and per-character lists are merged by name.
 */
export function mergePreflightSummaries(all: readonly PreflightSummary[]): PreflightSummary {
  const histogram = new Map<number, number>();
  const ucs2BySource = new Map<string, number>();
  const overByField = new Map<string, number>();
  const empty = new Map<string, { rows: number; coveredByFallback: number; uncovered: number }>();
  const countries = new Map<string, { recipients: number; parts: number }>();
  const chars = new Map<string, Ucs2CharSummary & { sourceMap: Map<string, number> }>();
  let otherUcs2CharCount = 0;
  for (const s of all) {
    for (const h of s.partsHistogram) add(histogram, h.parts, h.rows);
    for (const u of s.ucs2RowsBySource) add(ucs2BySource, u.source, u.rows);
    for (const o of s.overBaselineByField) add(overByField, o.field, o.rows);
    for (const e of s.emptyFields) {
      const m = empty.get(e.field) ?? { rows: 0, coveredByFallback: 0, uncovered: 0 };
      m.rows += e.rows;
      m.coveredByFallback += e.coveredByFallback;
      m.uncovered += e.uncovered;
      empty.set(e.field, m);
    }
    for (const c of s.byCountry) {
      const m = countries.get(c.country) ?? { recipients: 0, parts: 0 };
      m.recipients += c.recipients;
      m.parts += c.parts;
      countries.set(c.country, m);
    }
    for (const c of s.ucs2Chars) {
      const m = chars.get(c.char) ?? { ...c, count: 0, rows: 0, sourceMap: new Map() };
      m.count += c.count;
      m.rows += c.rows;
      for (const src of c.sources) add(m.sourceMap, src.source, src.count);
      chars.set(c.char, m);
    }
    otherUcs2CharCount = Math.max(otherUcs2CharCount, s.otherUcs2CharCount);
  }
  const charList = [...chars.values()].sort((a, b) => b.count - a.count);
  const baselines = all.map((s) => s.baselineParts).filter((p): p is number => p !== null);
  return {
    recipients: sum(all, (s) => s.recipients),
    totalParts: sum(all, (s) => s.totalParts),
    maxParts: Math.max(0, ...all.map((s) => s.maxParts)),
    partsHistogram: [...histogram.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([parts, rows]) => ({ parts, rows })),
    ucs2Rows: sum(all, (s) => s.ucs2Rows),
    ucs2RowsBySource: ranked(ucs2BySource).map(([source, rows]) => ({ source, rows })),
    ucs2Chars: charList.slice(0, TOP_CHARS).map(({ sourceMap, ...c }) => ({
      ...c,
      sources: ranked(sourceMap).map(([source, count]) => ({ source, count })),
    })),
    otherUcs2CharCount: otherUcs2CharCount + Math.max(0, charList.length - TOP_CHARS),
    baselineParts: baselines.length === 0 ? null : Math.min(...baselines),
    rowsOverBaseline: sum(all, (s) => s.rowsOverBaseline),
    overBaselineByField: ranked(overByField).map(([field, rows]) => ({ field, rows })),
    emptyFields: [...empty.entries()].map(([field, e]) => ({ field, ...e })),
    byCountry: [...countries.entries()]
      .map(([country, c]) => ({ country, ...c }))
      .sort((a, b) => b.parts - a.parts || a.country.localeCompare(b.country)),
  };
}

function sum<T>(all: readonly T[], of: (t: T) => number): number {
  return all.reduce((n, t) => n + of(t), 0);
}
