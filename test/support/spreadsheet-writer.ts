import { ZipWriter } from './zip-writer';

/** A cell as a test writes it: text, a number (with an Excel format), a boolean, or empty. */
export type Cell =
  | string
  | number
  | boolean
  | null
  | { readonly number: number; readonly format?: string; readonly formatId?: number }
  | { readonly formula: string; readonly cached?: string };

export interface SheetSpec {
  readonly name: string;
  readonly hidden?: boolean;
  readonly rows: Iterable<readonly Cell[]>;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const columnName = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
};

/**
 * Writes an .xlsx the way Excel lays it out (sheets before the shared strings, styles by index),
 * streaming, so a benchmark can write a million rows. For fixtures and benchmarks only.
 */
export async function writeXlsx(
  path: string,
  sheets: readonly SheetSpec[],
  options: { date1904?: boolean } = {},
): Promise<void> {
  const zip = new ZipWriter(path);
  const strings = new Map<string, number>();
  const formats = new Map<string, number>(); // custom code → numFmtId
  const styles: number[] = [0]; // cellXfs → numFmtId; 0 is General
  const styleOf = (cell: { format?: string; formatId?: number }): number => {
    let id = cell.formatId ?? 0;
    if (cell.format !== undefined) {
      id = formats.get(cell.format) ?? 164 + formats.size;
      formats.set(cell.format, id);
    }
    const index = styles.indexOf(id);
    if (index !== -1) return index;
    styles.push(id);
    return styles.length - 1;
  };
  const sharedIndex = (text: string): number => {
    let index = strings.get(text);
    if (index === undefined) {
      index = strings.size;
      strings.set(text, index);
    }
    return index;
  };
  const cellXml = (cell: Cell, ref: string): string => {
    if (cell === null || cell === '') return '';
    if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${sharedIndex(cell)}</v></c>`;
    if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
    if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
    if ('formula' in cell) {
      const cached = cell.cached === undefined ? '' : `<v>${escapeXml(cell.cached)}</v>`;
      return `<c r="${ref}" t="str"><f>${escapeXml(cell.formula)}</f>${cached}</c>`;
    }
    return `<c r="${ref}" s="${styleOf(cell)}"><v>${cell.number}</v></c>`;
  };

  const sheetTypes = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  await zip.deflated('[Content_Types].xml', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetTypes}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  ]);
  await zip.deflated('_rels/.rels', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ]);
  // Relationship ids in reverse order: sheet file numbers are not the tab order in real files.
  const sheetList = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${sheets.length - i}"/>`,
    )
    .join('');
  await zip.deflated('xl/workbook.xml', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetList}</sheets></workbook>`,
  ]);
  const sheetRels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${sheets.length - i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  await zip.deflated('xl/_rels/workbook.xml.rels', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
  ]);
  for (const [i, sheet] of sheets.entries()) {
    await zip.deflated(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet, cellXml));
  }
  await zip.deflated('xl/sharedStrings.xml', sharedStringsXml(strings));
  const numFmts = [...formats]
    .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
    .join('');
  const xfs = styles.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('');
  await zip.deflated('xl/styles.xml', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="${formats.size}">${numFmts}</numFmts><cellXfs count="${styles.length}">${xfs}</cellXfs></styleSheet>`,
  ]);
  await zip.close();
}

function* sheetXml(
  sheet: SheetSpec,
  cellXml: (cell: Cell, ref: string) => string,
): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  let batch = '';
  let r = 0;
  for (const row of sheet.rows) {
    r++;
    let cells = '';
    row.forEach((cell, c) => (cells += cellXml(cell, `${columnName(c)}${r}`)));
    batch += `<row r="${r}">${cells}</row>`;
    if (batch.length > 64 * 1024) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}</sheetData></worksheet>`;
}

function* sharedStringsXml(strings: Map<string, number>): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${strings.size}">`;
  let batch = '';
  for (const text of strings.keys()) {
    batch += `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`;
    if (batch.length > 64 * 1024) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}</sst>`;
}

/** An .ods cell: text, or a number with the text LibreOffice would show for it. */
export type OdsCell = string | null | { readonly number: number; readonly text: string };

/** Writes an .ods as LibreOffice does, padding rows included. For fixtures only. */
export async function writeOds(
  path: string,
  sheets: readonly { name: string; rows: Iterable<readonly OdsCell[]> }[],
): Promise<void> {
  const zip = new ZipWriter(path);
  await zip.stored('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
  await zip.deflated('META-INF/manifest.xml', [
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  ]);
  const cellXml = (cell: OdsCell): string => {
    if (cell === null || cell === '') return '<table:table-cell/>';
    if (typeof cell === 'string') {
      return `<table:table-cell office:value-type="string"><text:p>${escapeXml(cell)}</text:p></table:table-cell>`;
    }
    return `<table:table-cell office:value-type="float" office:value="${cell.number}"><text:p>${escapeXml(cell.text)}</text:p></table:table-cell>`;
  };
  function* content(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>';
    for (const sheet of sheets) {
      yield `<table:table table:name="${escapeXml(sheet.name)}"><table:table-column table:number-columns-repeated="1024"/>`;
      for (const row of sheet.rows) {
        yield `<table:table-row>${row.map(cellXml).join('')}<table:table-cell table:number-columns-repeated="1019"/></table:table-row>`;
      }
      yield '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>';
    }
    yield '</office:spreadsheet></office:body></office:document-content>';
  }
  await zip.deflated('content.xml', content());
  await zip.close();
}
