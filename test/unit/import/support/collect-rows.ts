import { resolveCsv } from '../../../../main/engine/import/csv-settings';
import { runImportPipeline } from '../../../../main/engine/import/import-pipeline';

/** Runs the real pipeline on a file and hands each accepted row (phone + fields) to `onRow`. */
export async function importCsvRows(
  path: string,
  defaultCountry: string,
  onRow: (row: Record<string, string>) => void,
  highWaterMark?: number,
): Promise<void> {
  const resolved = await resolveCsv({ path, defaultCountry });
  await runImportPipeline(
    { path, csv: resolved, highWaterMark },
    {
      batch: (work) => work(),
      place(contact) {
        onRow({ phone: contact.phone, ...contact.fields });
        return { kind: 'imported' };
      },
      report: () => undefined,
    },
  );
}
