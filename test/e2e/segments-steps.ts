import examples from 'libphonenumber-js/mobile/examples';
import { getExampleNumber } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import type { Page } from '@playwright/test';
import type { ImportReportView } from '../../shared/contacts/contact-types';
import type { PeaksendApi } from '../../shared/contract/contract';

/**
 * `count` mobile numbers of `country` in E.164, made from the library's example number by
 * changing its last digits (the same range, so they stay valid).
 */
export function mobileNumbers(country: string, count: number): string[] {
  const example = getExampleNumber(country as CountryCode, examples)?.number;
  if (!example) throw new Error(`No example number for ${country}`);
  const stem = example.slice(0, -3);
  return Array.from({ length: count }, (_, i) => `${stem}${String(i).padStart(3, '0')}`);
}

/** Imports a CSV through the real pipeline (the import dialog has its own tests). */
export async function importList(
  page: Page,
  input: {
    name: string;
    csv: string;
    listName: string;
    phoneColumn: number;
    fieldColumns: Record<string, string>;
    country: string | null;
  },
): Promise<ImportReportView> {
  return page.evaluate(async ({ name, csv, listName, phoneColumn, fieldColumns, country }) => {
    const api = (globalThis as unknown as { peaksend: PeaksendApi }).peaksend;
    const file = await api.files.fromDrop(new File([csv], name, { type: 'text/csv' }));
    if (!file.ok) throw new Error(file.error.message);
    const done = new Promise<unknown>((resolve) => {
      const off = api.contacts.onImportFinished((e) => {
        off();
        resolve(e);
      });
    });
    const started = await api.contacts.startImport({
      fileId: file.value.fileId,
      newListName: listName,
      phoneColumn,
      fieldColumns,
      defaultCountry: country,
    });
    if (!started.ok) throw new Error(started.error.message);
    const event = (await done) as { ok: boolean; report?: ImportReportView; message?: string };
    if (!event.ok || !event.report) throw new Error(event.message ?? 'import failed');
    return event.report;
  }, input);
}
