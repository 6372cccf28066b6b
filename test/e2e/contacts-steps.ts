import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ContactListView, ImportReportView } from '../../shared/contacts/contact-types';
import type { PeaksendApi } from '../../shared/contract/contract';
import type { AppFixture } from './fixtures';

export const csvFixture = (name: string) => `test/fixtures/csv/${name}`;

/** Opens the app on the Contacts page and waits until the lists have loaded. */
export async function openContacts(page: Page, app: AppFixture): Promise<void> {
  await app.open(page, '#contacts');
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect(page.getByText('Loading lists…')).toBeHidden();
}

export function importDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Import contacts' });
}

/** "Import CSV…" through the file chooser (the preview's stand-in for the native dialog). */
export async function chooseCsv(
  page: Page,
  file: string,
  button = 'Import CSV…',
): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Drops a file on the page the way a browser does: a drop event carrying a DataTransfer. */
export async function dropCsv(page: Page, content: string, name: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([text, fileName]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: 'text/csv' }));
      return transfer;
    },
    [content, name] as const,
  );
  const zone = page.getByTestId('contacts-drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

export const fixtureText = (name: string) => readFileSync(csvFixture(name), 'utf8');

/** One number of the report, by its label ("Imported"). */
export function reportCount(dialog: Locator, label: string): Locator {
  return dialog
    .locator('.contacts-count')
    .filter({ has: dialog.page().locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.contacts-count-value');
}

export async function expectCounts(dialog: Locator, counts: Record<string, number>): Promise<void> {
  for (const [label, value] of Object.entries(counts)) {
    await expect(reportCount(dialog, label), label).toHaveText(String(value));
  }
}

/** Moves from the preview to the mapping step. */
export async function toMapping(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Next: columns' }).click();
  await expect(dialog.getByLabel('Phone number column')).toBeVisible();
}

/**
 * Takes a chosen file of opt-outs through the import's steps with what was detected (or the
 * country given), up to the report, which is titled "Opt-outs imported".
 */
export async function throughOptOutSteps(page: Page, country?: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Import opt-outs' });
  await toMapping(dialog);
  if (country) await dialog.getByLabel('Default country').selectOption(country);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('dialog', { name: 'Opt-outs imported' });
  await expect(report).toBeVisible();
  return report;
}

/** What the engine holds, asked through the same API the page uses. */
export async function savedLists(page: Page): Promise<ContactListView[]> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { peaksend: PeaksendApi }).peaksend;
    const result = await api.contacts.lists();
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  });
}

export async function listPhones(page: Page, listId: number): Promise<string[]> {
  return page.evaluate(async (id) => {
    const api = (globalThis as unknown as { peaksend: PeaksendApi }).peaksend;
    const result = await api.contacts.query({ listId: id, offset: 0, limit: 1000 });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.rows.map((r) => r.phone);
  }, listId);
}

/** Sets up a list without the UI: upload, import, wait for the report. */
export async function importThroughApi(
  page: Page,
  input: { name: string; csv: string; listName: string; country: string | null },
): Promise<ImportReportView> {
  return page.evaluate(async ({ name, csv, listName, country }) => {
    const api = (globalThis as unknown as { peaksend: PeaksendApi }).peaksend;
    const file = await api.files.fromDrop(new File([csv], name, { type: 'text/csv' }));
    if (!file.ok) throw new Error(file.error.message);
    const finished = new Map<string, (e: unknown) => void>();
    const seen = new Map<string, unknown>();
    const off = api.contacts.onImportFinished((e) => {
      seen.set(e.importId, e);
      finished.get(e.importId)?.(e);
    });
    const started = await api.contacts.startImport({
      fileId: file.value.fileId,
      newListName: listName,
      phoneColumn: 1,
      fieldColumns: { '0': 'name' },
      defaultCountry: country,
      encoding: 'utf-8',
      delimiter: ',',
      hasHeader: true,
    });
    if (!started.ok) throw new Error(started.error.message);
    const { importId } = started.value;
    const event = (await (seen.has(importId)
      ? seen.get(importId)
      : new Promise<unknown>((resolve) => finished.set(importId, resolve)))) as {
      ok: boolean;
      report?: ImportReportView;
      message?: string;
    };
    off();
    if (!event.ok || !event.report) throw new Error(event.message ?? 'import failed');
    return event.report;
  }, input);
}
