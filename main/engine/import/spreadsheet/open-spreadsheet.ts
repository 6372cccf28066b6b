import { AppFailure } from '../../../../shared/contract/result';
import { builtInFormat, CellText } from './cell-text';
import { kindOfZip, type SpreadsheetKind } from './file-kind';
import { odsSheetNames, readOdsRows } from './ods-reader';
import {
  readCellFormats,
  readSharedStrings,
  readStructure,
  type SharedStrings,
  type XlsxStructure,
} from './xlsx-parts';
import { readSheetRows, type SheetRowsChunk } from './xlsx-rows';
import { openZip, type ZipArchive } from './zip-archive';

export interface SpreadsheetSheet {
  readonly name: string;
  readonly hidden: boolean;
}

export interface SheetRows extends SheetRowsChunk {
  /** Share of the sheet read, 0–1 (for progress). */
  readonly fraction: number;
}

export interface Spreadsheet {
  readonly kind: SpreadsheetKind;
  /** The sheets that hold cells (chart sheets are left out), in tab order. */
  readonly sheets: readonly SpreadsheetSheet[];
  /** The sheet shown first: the first one not hidden. */
  readonly defaultSheet: number;
  rows(sheet: number, maxColumns: number): AsyncGenerator<SheetRows>;
  close(): void;
}

/** Opens an .xlsx or .ods (already told apart by content) for reading its sheets. */
export async function openSpreadsheet(path: string, locale: string): Promise<Spreadsheet> {
  const zip = await openZip(path);
  try {
    const kind = await kindOfZip(zip);
    const spreadsheet = kind === 'xlsx' ? await openXlsx(zip, locale) : await openOds(zip);
    if (spreadsheet.sheets.length === 0) {
      throw new AppFailure('INVALID_INPUT', 'This spreadsheet has no sheet with cells in it.');
    }
    return spreadsheet;
  } catch (error) {
    zip.close();
    if (error instanceof AppFailure) throw error;
    throw new AppFailure(
      'INVALID_INPUT',
      `This spreadsheet cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

async function openXlsx(zip: ZipArchive, locale: string): Promise<Spreadsheet> {
  const structure = await readStructure(zip);
  const readable = structure.sheets.filter((s) => s.part !== null);
  let decoding: Promise<{ sharedStrings: SharedStrings; cellText: CellText }> | null = null;
  // Styles and shared strings are read once, when rows are first asked for.
  const loadDecoding = (s: XlsxStructure) =>
    (decoding ??= (async () => ({
      cellText: new CellText(
        await readCellFormats(zip, s.stylesPart, builtInFormat(locale)),
        s.date1904,
        locale,
      ),
      sharedStrings: await readSharedStrings(zip, s.sharedStringsPart),
    }))());
  return {
    kind: 'xlsx',
    sheets: readable.map(({ name, hidden }) => ({ name, hidden })),
    defaultSheet: Math.max(
      0,
      readable.findIndex((s) => !s.hidden),
    ),
    async *rows(sheet, maxColumns) {
      const part = readable[sheet]?.part;
      if (!part) throw new AppFailure('INVALID_INPUT', `The workbook has no sheet ${sheet + 1}.`);
      const { sharedStrings, cellText } = await loadDecoding(structure);
      const size = Math.max(zip.sizeOf(part), 1);
      const stream = await zip.stream(part);
      try {
        for await (const chunk of readSheetRows(stream, { sharedStrings, cellText, maxColumns })) {
          yield { ...chunk, fraction: Math.min(chunk.bytesRead / size, 1) };
        }
      } finally {
        stream.destroy();
      }
    },
    close: () => zip.close(),
  };
}

async function openOds(zip: ZipArchive): Promise<Spreadsheet> {
  const names = await odsSheetNames(zip);
  const size = Math.max(zip.sizeOf('content.xml'), 1);
  return {
    kind: 'ods',
    sheets: names.map((name) => ({ name, hidden: false })),
    defaultSheet: 0,
    async *rows(sheet, maxColumns) {
      if (sheet >= names.length) {
        throw new AppFailure('INVALID_INPUT', `The spreadsheet has no sheet ${sheet + 1}.`);
      }
      for await (const chunk of readOdsRows(zip, sheet, maxColumns)) {
        yield { ...chunk, fraction: Math.min(chunk.bytesRead / size, 1) };
      }
    },
    close: () => zip.close(),
  };
}
