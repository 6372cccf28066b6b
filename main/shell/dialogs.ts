import type { BrowserWindow, Dialog } from 'electron';

/**
 * The native "open" dialog for CSV files and spreadsheets; null when the user cancels. The
 * filter is a convenience: files are told apart by their content, whatever their name.
 */
export async function chooseOpenPath(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parent: BrowserWindow | null,
  title: string,
): Promise<string | null> {
  const options = {
    title,
    properties: ['openFile' as const],
    filters: [
      {
        name: 'CSV, text and spreadsheets',
        extensions: ['csv', 'txt', 'tsv', 'xlsx', 'xlsm', 'ods'],
      },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const r = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

/** The native "save as" dialog for an export (CSV or XLSX, from the name); null on cancel. */
export async function chooseSavePath(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  parent: BrowserWindow | null,
  defaultPath: string,
): Promise<string | null> {
  const filter = defaultPath.toLowerCase().endsWith('.xlsx')
    ? { name: 'Excel workbook', extensions: ['xlsx'] }
    : { name: 'CSV', extensions: ['csv'] };
  const options = { defaultPath, filters: [filter] };
  const r = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}
