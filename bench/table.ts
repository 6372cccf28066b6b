import { FIGURES } from './targets';
import type { Figure } from './stats';

export interface BenchResults {
  readonly figures: Readonly<Record<string, Figure>>;
  readonly notes?: Readonly<Record<string, unknown>>;
}

const COLUMNS = ['figure', 'measured', 'floor', 'ratio', 'target', 'met?'] as const;

function number(n: number): string {
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  if (Math.abs(n) >= 100) return String(Math.round(n));
  return String(Math.round(n * 100) / 100);
}

/** One row per catalogued figure: measured (median), its floor, the ratio, the target, met?. */
export function tableRows(results: BenchResults): string[][] {
  const rows: string[][] = [];
  for (const [key, spec] of Object.entries(FIGURES)) {
    const measured = results.figures[key]?.median;
    const floor = spec.floor ? results.figures[spec.floor]?.median : undefined;
    const ratio = measured !== undefined && floor ? measured / floor : undefined;
    const judged = spec.judge === 'ratio' ? ratio : measured;
    const target = spec.target
      ? `${spec.target.op === '<=' ? '≤' : '≥'} ${number(spec.target.value)}${spec.judge === 'ratio' ? '×' : ` ${spec.unit}`}`
      : '—';
    const met =
      !spec.target || judged === undefined
        ? '—'
        : (spec.target.op === '<=' ? judged <= spec.target.value : judged >= spec.target.value)
          ? 'yes'
          : 'no';
    rows.push([
      spec.label,
      measured === undefined ? '—' : `${number(measured)} ${spec.unit}`,
      floor === undefined ? '—' : `${number(floor)} ${spec.unit}`,
      ratio === undefined ? '—' : `${number(ratio)}×`,
      target,
      met,
    ]);
  }
  return rows;
}

/** The table as Markdown (README) or as aligned text (the terminal); same rows either way. */
export function renderTable(results: BenchResults): string {
  const rows = [[...COLUMNS], ...tableRows(results)];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) =>
    `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}
