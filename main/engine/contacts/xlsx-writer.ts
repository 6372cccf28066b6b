import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** Excel's limits: rows per sheet (the header included) and characters per cell. */
export const XLSX_MAX_ROWS = 1_048_576;
const MAX_CELL_CHARS = 32_767;
/** Rows per chunk handed to the compressor: large enough to amortise, small enough to stay flat. */
const ROWS_PER_CHUNK = 500;

export interface XlsxSheet {
  readonly name: string;
  readonly header: readonly string[];
  /** Columns whose cells are text-formatted ("@"), so Excel keeps `+4915…` as typed on edit. */
  readonly textColumns?: readonly number[];
  /** Pulled lazily, as the compressor asks for more. */
  readonly rows: Iterable<readonly string[]>;
}

/**
 * Writes a one-sheet .xlsx (SpreadsheetML in a zip) with every cell an inline string: no shared
 * string table to hold in memory, and a cell that is never a formula. The sheet's XML is
 * generated row by row into yazl's deflate stream, so a million-row list exports with flat
 * memory. Returns the number of data rows written.
 */
export async function writeXlsx(path: string, sheet: XlsxSheet): Promise<number> {
  const zip = new ZipFile();
  const part = (xml: string, name: string) =>
    zip.addBuffer(Buffer.from(XML_DECLARATION + xml, 'utf8'), name);
  part(CONTENT_TYPES, '[Content_Types].xml');
  part(ROOT_RELS, '_rels/.rels');
  part(workbookXml(sheet.name), 'xl/workbook.xml');
  part(WORKBOOK_RELS, 'xl/_rels/workbook.xml.rels');
  part(STYLES, 'xl/styles.xml');
  let written = 0;
  const xml = Readable.from(
    sheetXml(sheet, (n) => {
      written = n;
    }),
    { objectMode: false },
  );
  zip.addReadStream(xml, 'xl/worksheets/sheet1.xml');
  zip.end();
  const out = createWriteStream(path);
  // yazl reports a failing input stream on the zip, not on its output: end the file with it.
  zip.on('error', (error: unknown) => out.destroy(error instanceof Error ? error : undefined));
  await pipeline(zip.outputStream, out);
  return written;
}

function* sheetXml(sheet: XlsxSheet, onDone: (rows: number) => void): Generator<string> {
  const text = new Set(sheet.textColumns ?? []);
  yield (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}"><sheetViews><sheetView workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>' +
    '</sheetViews><sheetData>'
  );
  yield rowXml(1, sheet.header, () => HEADER_STYLE);
  const style = (column: number) => (text.has(column) ? TEXT_STYLE : null);
  let rowNumber = 1;
  let chunk = '';
  let inChunk = 0;
  for (const values of sheet.rows) {
    rowNumber += 1;
    if (rowNumber > XLSX_MAX_ROWS) throw new Error('The sheet has more rows than Excel allows.');
    chunk += rowXml(rowNumber, values, style);
    if (++inChunk === ROWS_PER_CHUNK) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  yield `${chunk}</sheetData></worksheet>`;
  onDone(rowNumber - 1);
}

function rowXml(
  row: number,
  values: readonly string[],
  styleOf: (column: number) => number | null,
): string {
  let xml = `<row r="${row}">`;
  values.forEach((value, i) => {
    const style = styleOf(i);
    const s = style === null ? '' : ` s="${style}"`;
    xml += `<c r="${columnName(i)}${row}" t="inlineStr"${s}><is>${textXml(value)}</is></c>`;
  });
  return `${xml}</row>`;
}

/** A, B, … Z, AA, AB, … */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

// Characters XML 1.0 cannot carry at all (C0 controls but tab and line breaks, lone surrogates,
// U+FFFE/U+FFFF); a spreadsheet would refuse the whole file over one of them.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function textXml(value: string): string {
  const clean = value.replace(NOT_XML, '').slice(0, MAX_CELL_CHARS);
  const escaped = clean.replace(/[&<>]/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;',
  );
  // Without xml:space, readers drop leading and trailing spaces.
  return /^\s|\s$/.test(clean) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], not empty. */
export function sheetName(name: string): string {
  const clean = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31);
  return clean === '' ? 'Contacts' : clean;
}

function workbookXml(name: string): string {
  const escaped = sheetName(name).replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return (
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
    `<sheet name="${escaped}" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const HEADER_STYLE = 1;
const TEXT_STYLE = 2;

const CONTENT_TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
  '</Types>';

const ROOT_RELS =
  `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" ` +
  `Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS =
  `<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;

// Style 0 normal, 1 bold (the header), 2 text format "@" (numFmt 49) for phone numbers.
const STYLES =
  `<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
