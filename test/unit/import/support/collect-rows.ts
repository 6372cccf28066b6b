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
      wants: { fields: true, searchColumns: null },
      batch: (work) => work(),
      place(block) {
        block.phones.forEach((phone, i) => {
          const fields = JSON.parse(block.fieldsJson[i] ?? '{}') as Record<string, string>;
          onRow({ phone, ...fields });
        });
        return new Map();
      },
      report: () => undefined,
    },
  );
}
