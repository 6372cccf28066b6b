import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const impacts = ['critical', 'serious', 'moderate', 'minor'] as const;
type Impact = (typeof impacts)[number];

interface Finding {
  readonly where: string;
  readonly rule: string;
  readonly impact: Impact;
  readonly nodes: number;
}

/** Every view checked in this worker, with what axe found there. */
const views: string[] = [];
const findings: Finding[] = [];

/** Waits for every finite animation on the page (open dialogs, toasts) to end. */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Runs axe-core on the page as it is now, or only on the open dialog (the page behind a modal
 * dialog is inert and was checked on its own). Serious and critical findings fail the test,
 * softly, so one run lists every view's; moderate and minor ones are counted for the summary.
 */
export async function checkA11y(page: Page, where: string, scope: 'page' | 'dialog' = 'page') {
  // A dialog fades in (140 ms): checked mid-fade, its colours are blends and contrast "fails".
  await settleAnimations(page);
  let axe = new AxeBuilder({ page });
  if (scope === 'dialog') axe = axe.include('dialog[open]');
  const { violations } = await axe.analyze();
  views.push(where);
  for (const v of violations) {
    findings.push({
      where,
      rule: v.id,
      impact: (v.impact ?? 'minor') as Impact,
      nodes: v.nodes.length,
    });
  }
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const targets = v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(' | ');
      return `${v.impact} ${v.id} (${v.help}): ${targets}`;
    });
  expect.soft(blocking, `${where}: serious or critical accessibility violations`).toEqual([]);
}

/** The figures the lead quotes: views checked, then findings by impact, then what is left. */
export function printA11ySummary(): void {
  const lines = [`axe-core: ${views.length} views checked (pages, steps and dialogs)`];
  for (const impact of impacts) {
    const of = findings.filter((f) => f.impact === impact);
    const nodes = of.reduce((n, f) => n + f.nodes, 0);
    lines.push(`  ${impact.padEnd(8)} ${String(of.length).padStart(3)} violations, ${nodes} nodes`);
  }
  for (const f of findings) {
    lines.push(`  - ${f.impact} ${f.rule} ×${f.nodes} in ${f.where}`);
  }
  console.log(lines.join('\n'));
}
