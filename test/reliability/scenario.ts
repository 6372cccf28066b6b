import type { Audit } from './ledger-audit';

/** One line of the printed table. `skipped` says why a scenario could not run here. */
export interface ScenarioRow extends Audit {
  readonly scenario: string;
  readonly seconds: number;
  readonly note: string;
  readonly skipped?: string;
}

/** A scenario in its own file: `run` sets up its own data folder and cleans up after itself. */
export interface Scenario {
  /** The name `--only` selects it by. */
  readonly name: string;
  run(options: { readonly recipients: number }): Promise<ScenarioRow>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function secondsSince(start: number): number {
  return Math.round((performance.now() - start) / 100) / 10;
}

export async function until(check: () => boolean | Promise<boolean>, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** A row for a scenario that could not run (no tmpfs here), so the table still shows it. */
export function skippedRow(scenario: string, why: string): ScenarioRow {
  return {
    scenario,
    recipients: 0,
    accepted: 0,
    duplicates: 0,
    lost: 0,
    uncertain: 0,
    seconds: 0,
    note: `skipped: ${why}`,
    skipped: why,
  };
}
