import { open } from 'node:fs/promises';
import { AppFailure } from '../../../../shared/contract/result';
import { openZip, type ZipArchive } from './zip-archive';

export type SpreadsheetKind = 'xlsx' | 'ods';
export type FileKind = 'csv' | SpreadsheetKind;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
// Workbooks, macro-enabled workbooks and templates share the worksheet format.
const XLSX_MAIN =
  /spreadsheetml\.sheet\.main\+xml|spreadsheetml\.template\.main\+xml|ms-excel\.sheet\.macroEnabled\.main\+xml|ms-excel\.template\.macroEnabled\.main\+xml/;
const XLSB_MAIN = /ms-excel\.sheet\.binary\.macroEnabled\.main/;

/**
 * What a file is, from its content and never its name: a renamed workbook is still read as one,
 * and a CSV called .xlsx as a CSV. Zip files are told apart by their manifest: `mimetype` for
 * OpenDocument, `[Content_Types].xml` for Office Open XML.
 */
export async function detectFileKind(path: string): Promise<FileKind> {
  if (!(await startsWithZipMagic(path))) return 'csv';
  let zip: ZipArchive;
  try {
    zip = await openZip(path);
  } catch {
    throw new AppFailure(
      'INVALID_INPUT',
      'This looks like an Excel workbook or another zip file, but it cannot be opened: it may be damaged or incomplete.',
    );
  }
  try {
    return await kindOfZip(zip);
  } finally {
    zip.close();
  }
}

export async function kindOfZip(zip: ZipArchive): Promise<SpreadsheetKind> {
  if (zip.has('mimetype') && (await zip.text('mimetype', 1024)).trim().startsWith(ODS_MIME)) {
    return 'ods';
  }
  if (zip.has('[Content_Types].xml')) {
    const types = await zip.text('[Content_Types].xml', 1024 * 1024);
    if (XLSX_MAIN.test(types)) return 'xlsx';
    if (XLSB_MAIN.test(types)) {
      throw new AppFailure(
        'INVALID_INPUT',
        'This is an Excel binary workbook (.xlsb), which cannot be read. In Excel, save it as .xlsx or "CSV UTF-8".',
      );
    }
  }
  throw new AppFailure(
    'INVALID_INPUT',
    'This is a zip file but not an Excel (.xlsx) or OpenDocument (.ods) spreadsheet.',
  );
}

async function startsWithZipMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(4);
    const { bytesRead } = await handle.read(bytes, 0, 4, 0);
    return bytesRead === 4 && ZIP_MAGIC.every((b, i) => bytes[i] === b);
  } finally {
    await handle.close();
  }
}
