import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { attribute, localName } from './xml-stream';
import type { SheetRowsChunk } from './xlsx-rows';
import type { ZipArchive } from './zip-archive';

const CONTENT = 'content.xml';
// A row or cell repeated more than this is padding LibreOffice writes to the sheet's end.
const MAX_REPEAT = 65_536;

/**
 * The sheet names of an .ods, in order. They are only written in content.xml, so its text is
 * scanned for table tags (a regular expression, no XML parse: about a second per 600 MB).
 */
export async function odsSheetNames(zip: ZipArchive): Promise<string[]> {
  const names: string[] = [];
  const tag = /<(?:[\w.-]+:)?table\s[^>]*?(?:[\w.-]+:)?name="([^"]*)"/g;
  const decoder = new TextDecoder('utf-8');
  let tail = '';
  for await (const chunk of await zip.stream(CONTENT)) {
    const text = tail + decoder.decode(chunk as Buffer, { stream: true });
    tag.lastIndex = 0;
    let consumed = 0;
    for (let m = tag.exec(text); m; m = tag.exec(text)) {
      names.push(decodeEntities(m[1] ?? ''));
      consumed = tag.lastIndex;
    }
    // Keep the end in case a tag straddles two chunks.
    tail = text.slice(Math.max(consumed, text.length - 4096));
  }
  return names;
}

/**
 * Streams one sheet's rows as the cells' display text (`<text:p>`, which holds the value as
 * LibreOffice formatted it), with saxes. Repeated empty rows and cells are counted, never
 * expanded; reading stops at the end of the wanted sheet.
 */
export async function* readOdsRows(
  zip: ZipArchive,
  sheetIndex: number,
  maxColumns: number,
): AsyncGenerator<SheetRowsChunk> {
  const stream: Readable = await zip.stream(CONTENT);
  const parser = new SaxesParser({ xmlns: false });
  let table = -1;
  let done = false;
  let row: string[] | null = null;
  let rowRepeat = 1;
  let column = 0;
  let cell: { repeat: number; value: string | undefined; text: string; paragraphs: number } | null =
    null;
  let inParagraph = 0;
  let queue: string[][] = [];

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const attrs = tag.attributes;
    if (name === 'table') {
      table++;
      if (table > sheetIndex) done = true;
    }
    if (table !== sheetIndex) return;
    if (name === 'table-row') {
      row = [];
      column = 0;
      rowRepeat = Math.min(Number(attribute(attrs, 'number-rows-repeated') ?? 1), MAX_REPEAT);
    } else if (name === 'table-cell' || name === 'covered-table-cell') {
      cell = {
        repeat: Number(attribute(attrs, 'number-columns-repeated') ?? 1),
        value:
          attribute(attrs, 'value') ??
          attribute(attrs, 'date-value') ??
          attribute(attrs, 'time-value') ??
          attribute(attrs, 'boolean-value'),
        text: '',
        paragraphs: 0,
      };
    } else if (cell && name === 'p') {
      if (cell.paragraphs++ > 0) cell.text += '\n';
      inParagraph++;
    } else if (cell && inParagraph > 0) {
      if (name === 's') cell.text += ' '.repeat(Number(attribute(attrs, 'c') ?? 1));
      else if (name === 'tab') cell.text += '\t';
      else if (name === 'line-break') cell.text += '\n';
    }
  });
  parser.on('text', (text: string) => {
    if (cell && inParagraph > 0) cell.text += text;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (table !== sheetIndex) return;
    const name = localName(tag.name);
    if (name === 'p') inParagraph--;
    else if ((name === 'table-cell' || name === 'covered-table-cell') && cell && row) {
      const text = cell.paragraphs > 0 ? cell.text : (cell.value ?? '');
      if (text !== '') {
        const last = Math.min(column + cell.repeat, maxColumns);
        for (let c = column; c < last; c++) {
          while (row.length < c) row.push('');
          row[c] = text;
        }
      }
      column += cell.repeat;
      cell = null;
    } else if (name === 'table-row' && row) {
      // Repeated empty rows are padding: skipped as blank lines are, never expanded.
      const times = row.length === 0 ? 1 : rowRepeat;
      for (let i = 0; i < times; i++) queue.push(row);
      row = null;
    }
  });

  const decoder = new TextDecoder('utf-8');
  let bytesRead = 0;
  try {
    for await (const chunk of stream) {
      bytesRead += (chunk as Buffer).length;
      parser.write(decoder.decode(chunk as Buffer, { stream: true }));
      if (queue.length > 0) {
        const rows = queue;
        queue = [];
        yield { rows, bytesRead };
      }
      if (done) return;
    }
    parser.write(decoder.decode());
    parser.close();
    if (queue.length > 0) yield { rows: queue, bytesRead };
  } finally {
    stream.destroy();
  }
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}
