import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { benchHost } from './bench-host';

/**
 * The import's mapping step for a file of `columns` columns (3 data rows), in Chromium through
 * the preview: milliseconds from pressing "Next: columns" (once the preview is shown and the
 * button usable) to the step being shown (its first merge field rendered).
 */
export async function wideFileRun(
  browser: Browser,
  work: string,
  columns: number,
): Promise<number> {
  const header = ['phone', ...Array.from({ length: columns - 1 }, (_, i) => `col${i + 1}`)];
  const row = (n: number) => [
    `+97252${1_000_000 + n}`,
    ...Array.from({ length: columns - 1 }, (_, i) => `v${n}.${i}`),
  ];
  const file = join(work, 'wide.csv');
  writeFileSync(file, `${[header, row(1), row(2), row(3)].map((r) => r.join(',')).join('\n')}\n`);
  const host = await benchHost(join(work, 'wide-data'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${host.url}#contacts`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import CSV…' }).first().click();
    await (await chooser).setFiles(file);
    const dialog = page.getByRole('dialog', { name: 'Import contacts' });
    const next = dialog.getByRole('button', { name: 'Next: columns' });
    await next.waitFor({ state: 'visible', timeout: 60_000 });
    // "Next" shows while the engine still reads the file (disabled): the clock starts once the
    // preview is on screen and "Next" can be pressed, so the figure is the mapping step alone.
    await dialog
      .getByRole('table', { name: 'First rows of the file' })
      .waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('dialog[open] button')].some(
          (b) => b.textContent === 'Next: columns' && !(b as HTMLButtonElement).disabled,
        ),
      undefined,
      { timeout: 60_000 },
    );
    const t0 = performance.now();
    await next.click();
    await dialog.getByLabel('Field name for col1', { exact: true }).waitFor({ timeout: 120_000 });
    return performance.now() - t0;
  } finally {
    await page.close();
    await host.close();
  }
}
