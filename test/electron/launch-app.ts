import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, type ElectronApplication, type Page } from '@playwright/test';

export interface RunningApp {
  readonly electron: ElectronApplication;
  readonly page: Page;
  readonly dataDir: string;
  close(): Promise<void>;
}

/**
 * The built app (dist/electron/main.cjs through package.json's "main") with its own data
 * folder. scripts/test-electron.mjs passes the binary in PEAKSEND_ELECTRON_PATH.
 */
export async function launchApp(): Promise<RunningApp> {
  const executablePath = process.env.PEAKSEND_ELECTRON_PATH;
  if (!executablePath) throw new Error('Run these through `npm run test:electron`.');
  const dataDir = mkdtempSync(join(tmpdir(), 'peaksend-electron-'));
  const electron = await _electron.launch({
    executablePath,
    // CI's Linux runners cannot set up Chromium's setuid sandbox for an unpacked Electron; the
    // renderer's own `sandbox: true` still applies.
    args: [...(process.platform === 'linux' ? ['--no-sandbox'] : []), '.'],
    env: { ...process.env, PEAKSEND_DATA_DIR: dataDir },
  });
  const page = await electron.firstWindow();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  return {
    electron,
    page,
    dataDir,
    close: async () => {
      await electron.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function goTo(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

/** Adds a stream; where the OS has no keychain (Linux CI) the app asks for consent first. */
export async function addStream(page: Page, name: string, token: string): Promise<void> {
  await page.getByRole('button', { name: 'Add stream' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add stream' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Token', { exact: true }).fill(token);
  const consent = dialog.getByLabel('Store the token unprotected');
  if (await consent.isVisible()) await consent.check();
  await dialog.getByRole('button', { name: 'Add stream' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * Replaces `dialog.showMessageBox` in the main process: every question is recorded and answered
 * with the button the test chose (0 = confirm, 1 = Cancel). The page cannot reach this dialog;
 * only the test, through Playwright's hold on the main process, can.
 */
export async function answerMessageBoxes(
  electron: ElectronApplication,
  response: 0 | 1,
): Promise<void> {
  await electron.evaluate(({ dialog }, answer) => {
    const seen = ((globalThis as { __peaksendBoxes?: string[] }).__peaksendBoxes ??= []);
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = (args.length === 2 ? args[1] : args[0]) as { message: string };
      seen.push(options.message);
      return { response: answer, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  }, response);
}

export function messageBoxesShown(electron: ElectronApplication): Promise<string[]> {
  return electron.evaluate(
    () => (globalThis as { __peaksendBoxes?: string[] }).__peaksendBoxes ?? [],
  );
}

/** Makes the native "open" dialog pick `path`, as if the user had chosen it. */
export async function chooseFileInOpenDialog(
  electron: ElectronApplication,
  path: string,
): Promise<void> {
  await electron.evaluate(({ dialog }, file) => {
    dialog.showOpenDialog = (async () => ({
      canceled: false,
      filePaths: [file],
    })) as typeof dialog.showOpenDialog;
  }, path);
}
