import { posix } from 'node:path';
import { attribute, readXmlText } from './xml-stream';
import type { ZipArchive } from './zip-archive';

export interface XlsxSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** The worksheet part; null for a chart sheet or a dangling relationship. */
  readonly part: string | null;
}

export interface XlsxStructure {
  readonly sheets: XlsxSheet[];
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900. */
  readonly date1904: boolean;
  readonly stylesPart: string | null;
  readonly sharedStringsPart: string | null;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/**
 * The workbook's sheets in tab order, found through the relationship files rather than by
 * file name: sheet file numbers are not the tab order, and targets may be absolute.
 */
export async function readStructure(zip: ZipArchive): Promise<XlsxStructure> {
  const root = await relationships(zip, '');
  const workbookPart =
    [...root.values()].find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const links = await relationships(zip, workbookPart);
  const sheets: XlsxSheet[] = [];
  let date1904 = false;
  readXmlText(await zip.text(workbookPart), {
    open(name, attrs) {
      if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      if (name !== 'sheet') return;
      const link = links.get(attribute(attrs, 'id') ?? '');
      sheets.push({
        name: attrs.name ?? `Sheet ${sheets.length + 1}`,
        hidden: attrs.state === 'hidden' || attrs.state === 'veryHidden',
        part: link?.type === 'worksheet' && zip.has(link.target) ? link.target : null,
      });
    },
  });
  const partOf = (type: string) => {
    const target = [...links.values()].find((r) => r.type === type)?.target;
    return target && zip.has(target) ? target : null;
  };
  return {
    sheets,
    date1904,
    stylesPart: partOf('styles'),
    sharedStringsPart: partOf('sharedStrings'),
  };
}

async function relationships(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const dir = posix.dirname(part);
  const relsPart = posix.join(dir, '_rels', `${posix.basename(part)}.rels`);
  const out = new Map<string, Relationship>();
  if (!zip.has(relsPart)) return out;
  readXmlText(await zip.text(relsPart), {
    open(name, attrs) {
      if (name !== 'Relationship' || !attrs.Id || !attrs.Target) return;
      if (attrs.TargetMode === 'External') return;
      const target = attrs.Target.startsWith('/')
        ? attrs.Target.slice(1)
        : posix.normalize(posix.join(dir, attrs.Target));
      out.set(attrs.Id, { type: (attrs.Type ?? '').split('/').pop() ?? '', target });
    },
  });
  return out;
}

/** Number format per cell style (`cellXfs` index → format code). */
export async function readCellFormats(
  zip: ZipArchive,
  part: string | null,
  builtIn: (id: number) => string,
): Promise<string[]> {
  if (part === null) return [];
  const custom = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  readXmlText(await zip.text(part), {
    open(name, attrs) {
      if (name === 'numFmt' && attrs.numFmtId && attrs.formatCode !== undefined) {
        custom.set(Number(attrs.numFmtId), attrs.formatCode);
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attrs.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styleFormats.map((id) => custom.get(id) ?? builtIn(id));
}

/**
 * The shared string table: each `<si>` is its `<t>` text, or the `<t>` of its rich-text runs
 * joined, without phonetic guides (`<rPh>`, Japanese furigana). Read with regular expressions
 * over complete `<si>…</si>` slices like the rows (a general XML parser made four times the
 * garbage: 230 MB of peak memory for a million strings), and kept as one string per block of
 * about a megabyte with offsets, so a million strings cost about 2 bytes a character plus 4 bytes
 * each instead of an object per string.
 */
export async function readSharedStrings(
  zip: ZipArchive,
  part: string | null,
): Promise<SharedStrings> {
  const table = new SharedStrings();
  if (part === null) return table;
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  for await (const chunk of await zip.stream(part)) {
    buffer += decoder.decode(chunk as Buffer, { stream: true });
    const end = lastItemEnd(buffer);
    if (end === -1) continue;
    addItems(table, buffer.slice(0, end));
    buffer = buffer.slice(end);
  }
  addItems(table, buffer + decoder.decode());
  table.seal();
  return table;
}

const P = '(?:[A-Za-z_][\\w.-]*:)?';
const ITEM = new RegExp(`<${P}si>([\\s\\S]*?)</${P}si>|<${P}si/>`, 'g');
const ITEM_END = new RegExp(`</${P}si>|<${P}si/>`, 'g');
const TEXT = new RegExp(`<${P}t(?:\\s[^>]*)?>([\\s\\S]*?)</${P}t>|<${P}t\\s*/>`, 'g');
const PHONETIC = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g');

function lastItemEnd(text: string): number {
  let end = -1;
  ITEM_END.lastIndex = Math.max(0, text.length - 64 * 1024);
  for (let m = ITEM_END.exec(text); m; m = ITEM_END.exec(text)) end = m.index + m[0].length;
  return end;
}

function addItems(table: SharedStrings, text: string): void {
  ITEM.lastIndex = 0;
  for (let item = ITEM.exec(text); item; item = ITEM.exec(text)) {
    const body = item[1] ?? '';
    const clean = body.includes('rPh') ? body.replace(PHONETIC, '') : body;
    let value = '';
    TEXT.lastIndex = 0;
    for (let t = TEXT.exec(clean); t; t = TEXT.exec(clean)) value += t[1] ?? '';
    table.add(unescapeOoxml(unescapeXml(value)));
  }
}

const BLOCK_CHARS = 1 << 20;

/** Strings by index, packed into large blocks (see `readSharedStrings`). */
export class SharedStrings {
  private readonly blocks: string[] = [];
  private current: string[] = [];
  private currentChars = 0;
  private starts = new Uint32Array(1024);
  private blockOf = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(value: string): void {
    if (this.count + 1 >= this.starts.length) this.grow();
    this.starts[this.count] = this.currentChars;
    this.blockOf[this.count] = this.blocks.length;
    this.count++;
    this.current.push(value);
    this.currentChars += value.length;
    if (this.currentChars >= BLOCK_CHARS) this.flush();
  }

  seal(): void {
    this.flush();
  }

  get(index: number): string | undefined {
    if (index < 0 || index >= this.count) return undefined;
    const block = this.blocks[this.blockOf[index] as number];
    if (block === undefined) return undefined;
    const start = this.starts[index] as number;
    const next = index + 1 < this.count && this.blockOf[index + 1] === this.blockOf[index];
    const end = next ? (this.starts[index + 1] as number) : block.length;
    return block.slice(start, end);
  }

  private flush(): void {
    if (this.current.length === 0) return;
    this.blocks.push(this.current.join(''));
    this.current = [];
    this.currentChars = 0;
  }

  private grow(): void {
    const starts = new Uint32Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
    const blockOf = new Uint32Array(this.blockOf.length * 2);
    blockOf.set(this.blockOf);
    this.blockOf = blockOf;
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, entity: string) => {
    if (entity[0] !== '#') return NAMED[entity] ?? match;
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : match;
  });
}

/** Office's escape for characters XML cannot hold: `_x000D_` is a carriage return. */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
