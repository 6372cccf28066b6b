import type { Readable } from 'node:stream';
import type { CellText } from './cell-text';
import { unescapeOoxml, unescapeXml, type SharedStrings } from './xlsx-parts';

export interface SheetRowsChunk {
  readonly rows: string[][];
  /** Uncompressed bytes of the sheet part read so far. */
  readonly bytesRead: number;
}

export interface RowDecoding {
  readonly sharedStrings: SharedStrings;
  readonly cellText: CellText;
  /** Cells beyond this column are dropped (one stray cell at XFD would make 16,384 columns). */
  readonly maxColumns: number;
}

// Prefix-tolerant tags: `<row>` and `<x:row>` are the same element.
const P = '(?:[A-Za-z_][\\w.-]*:)?';
const ROW_OPEN = new RegExp(`<${P}row\\b([^>]*?)(/?)>`, 'g');
const ROW_CLOSE = new RegExp(`</${P}row>`, 'g');
const CELL = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g');
const CELL_ATTRIBUTE = /\b(r|s|t)="([^"]*)"/g;
const VALUE = new RegExp(`<${P}v>([\\s\\S]*?)</${P}v>`);
const TEXT = new RegExp(`<${P}t(?:\\s[^>]*)?>([\\s\\S]*?)</${P}t>`, 'g');
const PHONETIC = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g');

/**
 * Streams a worksheet's rows as the cells' display text, a batch per decompressed chunk.
 *
 * Sheet XML is machine-written and regular, so complete `<row>…</row>` slices are tokenised with
 * regular expressions instead of a general XML parser (measured: about a quarter less CPU on a
 * million rows). Cells are placed by their reference (`C7`), or after the previous cell when a
 * writer leaves it out; empty rows come out as empty arrays and are skipped by the caller.
 */
export async function* readSheetRows(
  stream: Readable,
  decoding: RowDecoding,
): AsyncGenerator<SheetRowsChunk> {
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  let started = false;
  let bytesRead = 0;
  for await (const chunk of stream) {
    bytesRead += (chunk as Buffer).length;
    buffer += decoder.decode(chunk as Buffer, { stream: true });
    if (!started) {
      const at = buffer.search(new RegExp(`<${P}sheetData\\b`));
      if (at === -1) {
        buffer = buffer.slice(-256); // the tag may straddle two chunks
        continue;
      }
      started = true;
      buffer = buffer.slice(at);
    }
    const cut = lastRowEnd(buffer);
    if (cut === -1) continue;
    const rows = parseRows(buffer.slice(0, cut), decoding);
    buffer = buffer.slice(cut);
    if (rows.length > 0) yield { rows, bytesRead };
  }
  buffer += decoder.decode();
  const rows = started ? parseRows(buffer, decoding) : [];
  if (rows.length > 0) yield { rows, bytesRead };
}

function lastRowEnd(text: string): number {
  let end = -1;
  ROW_CLOSE.lastIndex = Math.max(0, text.length - 64 * 1024);
  for (let m = ROW_CLOSE.exec(text); m; m = ROW_CLOSE.exec(text)) end = m.index + m[0].length;
  if (end !== -1 || text.length <= 64 * 1024) return end;
  ROW_CLOSE.lastIndex = 0;
  for (let m = ROW_CLOSE.exec(text); m; m = ROW_CLOSE.exec(text)) end = m.index + m[0].length;
  return end;
}

function parseRows(text: string, decoding: RowDecoding): string[][] {
  const out: string[][] = [];
  ROW_OPEN.lastIndex = 0;
  for (let open = ROW_OPEN.exec(text); open; open = ROW_OPEN.exec(text)) {
    if (open[2] === '/') {
      out.push([]);
      continue;
    }
    ROW_CLOSE.lastIndex = ROW_OPEN.lastIndex;
    const close = ROW_CLOSE.exec(text);
    const end = close ? close.index : text.length;
    out.push(parseCells(text.slice(ROW_OPEN.lastIndex, end), decoding));
    ROW_OPEN.lastIndex = close ? end + close[0].length : end;
  }
  return out;
}

function parseCells(body: string, decoding: RowDecoding): string[] {
  const row: string[] = [];
  let previous = -1;
  CELL.lastIndex = 0;
  for (let cell = CELL.exec(body); cell; cell = CELL.exec(body)) {
    let ref: string | null = null;
    let style = 0;
    let type = 'n';
    CELL_ATTRIBUTE.lastIndex = 0;
    const attrs = cell[1] ?? '';
    for (let a = CELL_ATTRIBUTE.exec(attrs); a; a = CELL_ATTRIBUTE.exec(attrs)) {
      if (a[1] === 'r') ref = a[2] ?? null;
      else if (a[1] === 's') style = Number(a[2]);
      else type = a[2] ?? 'n';
    }
    const column = ref ? columnIndex(ref) : previous + 1;
    previous = column;
    const inner = cell[2];
    if (!inner || column >= decoding.maxColumns) continue;
    const text = cellValue(inner, type, style, decoding);
    if (text !== '') {
      while (row.length < column) row.push('');
      row[column] = text;
    }
  }
  return row;
}

function cellValue(inner: string, type: string, style: number, decoding: RowDecoding): string {
  if (type === 'inlineStr') {
    let text = '';
    const clean = inner.replace(PHONETIC, '');
    TEXT.lastIndex = 0;
    for (let t = TEXT.exec(clean); t; t = TEXT.exec(clean)) text += t[1];
    return unescapeOoxml(unescapeXml(text));
  }
  const value = VALUE.exec(inner)?.[1];
  // A formula without a cached result (never calculated) shows nothing.
  if (value === undefined) return '';
  switch (type) {
    case 's':
      return decoding.sharedStrings.get(Number(value)) ?? '';
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
    case 'd':
      return unescapeOoxml(unescapeXml(value));
    default: {
      const number = Number(value);
      return Number.isFinite(number) ? decoding.cellText.number(number, style) : value;
    }
  }
}

/** "C7" → 2; "AA1" → 26. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 32; // lower case
    if (code < 97 || code > 122) break;
    n = n * 26 + (code - 96);
  }
  return n - 1;
}
