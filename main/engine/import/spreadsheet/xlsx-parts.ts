import { posix } from 'node:path';
import { attribute, readXml, readXmlText } from './xml-stream';
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
 * joined, without phonetic guides (`<rPh>`, Japanese furigana). About 40 bytes per string held.
 */
export async function readSharedStrings(zip: ZipArchive, part: string | null): Promise<string[]> {
  if (part === null) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await readXml(await zip.stream(part), {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = true;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') {
        strings.push(unescapeOoxml(current ?? ''));
        current = null;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(text) {
      if (inText && phonetic === 0 && current !== null) current += text;
    },
  });
  return strings;
}

/** Office's escape for characters XML cannot hold: `_x000D_` is a carriage return. */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
