import type { Audit } from './ledger-audit';

/** What every scenario gets from the command line. */
export interface ScenarioContext {
  /** Recipients for the in-process scenarios (--recipients, default 20 000). */
  readonly recipients: number;
  /** How many times the kill scenario kills the sender (--kills, default 20). */
  readonly kills: number;
  /** Seed of the flaky sandbox's faults (--seed; printed so a bad run can be replayed). */
  readonly seed: number;
  readonly token: string;
}

/** One line of the printed table. */
export interface ScenarioRow extends Audit {
  readonly scenario: string;
  readonly seconds: number;
  /** "ok", "FAIL: <what>" or "skipped: <why>". */
  readonly verdict: string;
  readonly note: string;
}

/**
 * A reliability scenario: one file under scenarios/, listed in scenarios/index.ts. `run` creates
 * its fault for real (a process, a signal, a full disk), audits the ledger against what the
 * sandbox received, and returns its rows. Duplicates and lost recipients fail every scenario;
 * `problems` adds what else this one promises (an exit code, 0 uncertain, …).
 */
export interface Scenario {
  /** The name `--only` selects. */
  readonly name: string;
  run(ctx: ScenarioContext): Promise<ScenarioRow[]>;
}

/** A row whose verdict is ok unless duplicates, lost recipients or `problems` say otherwise. */
export function rowOf(
  scenario: string,
  audit: Audit,
  seconds: number,
  note: string,
  problems: readonly (string | false | null | undefined)[] = [],
): ScenarioRow {
  const failed = [
    audit.duplicates > 0 && `${audit.duplicates} duplicates`,
    audit.lost > 0 && `${audit.lost} lost`,
    audit.countersOff > 0 && `counters differ from the ledger in ${audit.countersOff} groups`,
    ...problems,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  return {
    scenario,
    ...audit,
    seconds,
    note,
    verdict: failed.length === 0 ? 'ok' : `FAIL: ${failed.join('; ')}`,
  };
}

/** A row for a scenario that could not run here, and why. */
export function skippedRow(scenario: string, reason: string): ScenarioRow {
  return {
    scenario,
    recipients: 0,
    accepted: 0,
    duplicates: 0,
    lost: 0,
    uncertain: 0,
    countersOff: 0,
    seconds: 0,
    note: '',
    verdict: `skipped: ${reason}`,
  };
}

/** A row for a scenario that threw: the suite goes on with the others and fails at the end. */
export function crashedRow(scenario: string, error: unknown): ScenarioRow {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ...skippedRow(scenario, ''),
    verdict: `FAIL: the scenario threw: ${message.split('\n')[0]}`,
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function secondsSince(start: number): number {
  return Math.round((performance.now() - start) / 100) / 10;
}

export async function waitUntil(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(50);
  }
}

/** Like waitUntil, for checks that are themselves async; `what` names it in the error. */
export async function until(
  check: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
