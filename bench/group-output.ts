import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import type { Figure } from './stats';

/** A bench group's figures and notes, as `npm run bench` keeps them in bench/results.json. */
export interface GroupResult {
  readonly figures: Record<string, Figure>;
  readonly notes: Record<string, unknown>;
}

/** The 1-, 5- and 15-minute load averages, rounded (2 shared cores: say how busy they were). */
export const load = (): number[] => loadavg().map((l) => Math.round(l * 100) / 100);

/** Prints a group's figures and writes them to `file` (for a run of that group alone). */
export function printGroup(result: GroupResult, file: string): void {
  console.log('figure | median | min | max');
  for (const [k, f] of Object.entries(result.figures))
    console.log(`${k} | ${f.median} | ${f.min} | ${f.max}`);
  console.log(JSON.stringify(result.notes));
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2)}\n`,
  );
}
