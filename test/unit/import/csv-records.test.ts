import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  readCsvRecords,
  RecordSplitter,
  type CsvRecord,
} from '../../../main/engine/import/csv-records';
import type { CsvEncoding } from '../../../main/engine/import/csv-format';
import { decodedText } from '../../../main/engine/import/decoded-text';
import { tempDir } from '../../support/temp-dir';
import { importCsvRows } from './support/collect-rows';

const dirs: { cleanup(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));
function file(bytes: Buffer | string): string {
  const d = tempDir();
  dirs.push(d);
  const path = join(d.path, 'data.csv');
  writeFileSync(path, bytes);
  return path;
}

async function records(
  path: string,
  encoding: CsvEncoding,
  highWaterMark?: number,
): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const chunk of readCsvRecords(path, { encoding, delimiter: ',', highWaterMark }))
    out.push(...chunk.records);
  return out;
}

const NAMES = ['François', 'Zoë', 'שירה', 'محمد', 'Emoji 👩‍💻🎉', '日本語', 'Ærøskøbing'];

describe('decoding before parsing', () => {
  it('keeps multi-byte characters that straddle read-chunk boundaries (UTF-8)', async () => {
    const lines = Array.from(
      { length: 200 },
      (_, i) => `${NAMES[i % NAMES.length]} ${i},05242652${String(i % 100).padStart(2, '0')}`,
    );
    const path = file(`name,phone\n${lines.join('\n')}\n`);
    // 7-byte reads put a boundary inside almost every multi-byte character.
    for (const highWaterMark of [1, 7, 64]) {
      const names: string[] = [];
      await importCsvRows(path, 'IL', (row) => names.push(row.name ?? ''), highWaterMark);
      expect(names).toHaveLength(200);
      expect(names.join('|')).not.toContain('\uFFFD');
      expect(names.slice(0, 7)).toEqual(NAMES.map((n, i) => `${n} ${i}`));
    }
  });

  it('keeps characters split across chunks in UTF-16 (odd chunk sizes)', async () => {
    const body = `name,phone\n${NAMES.map((n, i) => `${n},05242652${i}0`).join('\r\n')}\r\n`;
    for (const [encoding, bytes] of [
      ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])],
      [
        'utf-16be',
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(body, 'utf16le').swap16()]),
      ],
    ] as const) {
      const got = await records(file(bytes), encoding, 3);
      expect(got.map((r) => r.fields[0])).toEqual(['name', ...NAMES]);
    }
  });

  it('turns CRLF split across two reads into one line break', async () => {
    const chunks: string[] = [];
    for await (const chunk of decodedText(file('a,b\r\nc,d\r\ne,f\rg,h'), 'utf-8', {
      highWaterMark: 4,
    })) {
      chunks.push(chunk.text);
    }
    expect(chunks.join('')).toBe('a,b\nc,d\ne,f\ng,h');
  });

  it('strips the BOM and reports bytes read', async () => {
    const chunks = [];
    for await (const chunk of decodedText(file('\uFEFFa,b\n'), 'utf-8-bom')) chunks.push(chunk);
    expect(chunks.map((c) => c.text).join('')).toBe('a,b\n');
    expect(chunks.at(-1)?.bytesRead).toBe(7);
  });
});

describe('RecordSplitter', () => {
  it('keeps an unfinished record until its end arrives', () => {
    const splitter = new RecordSplitter(',');
    expect(splitter.push('a,"multi\nli')).toEqual([]);
    expect(splitter.push('ne",x\nb,c')).toEqual([{ fields: ['a', 'multi\nline', 'x'] }]);
    expect(splitter.end()).toEqual([{ fields: ['b', 'c'] }]);
  });

  it('skips blank and whitespace-only lines', () => {
    const splitter = new RecordSplitter(',');
    expect([...splitter.push('a,b\n\n  \n,\n \t, \nc,d\n'), ...splitter.end()]).toEqual([
      { fields: ['a', 'b'] },
      { fields: ['c', 'd'] },
    ]);
  });

  it('reports an unclosed quote as one broken line and reads on', () => {
    const splitter = new RecordSplitter(',');
    const got = [...splitter.push('a,1\n"b,2\nc,3\nd,"4\ne,5\n'), ...splitter.end()];
    expect(got).toEqual([
      { fields: ['a', '1'] },
      { fields: ['"b', '2'], problem: 'unclosed_quote' },
      { fields: ['c', '3'] },
      { fields: ['d', '"4'], problem: 'unclosed_quote' },
      { fields: ['e', '5'] },
    ]);
  });

  it('does not buffer the rest of the file behind a stray quote', () => {
    const splitter = new RecordSplitter(',', 1000);
    const out: CsvRecord[] = [];
    out.push(...splitter.push('"open,1\n'));
    for (let i = 0; i < 100; i++) out.push(...splitter.push(`row${i},${i}\n`));
    out.push(...splitter.end());
    expect(out[0]).toEqual({ fields: ['"open', '1'], problem: 'unclosed_quote' });
    expect(out).toHaveLength(101);
    expect(out.at(-1)).toEqual({ fields: ['row99', '99'] });
  });

  it('skips an over-long line without a line break in sight', () => {
    const splitter = new RecordSplitter(',', 100);
    const out = [
      ...splitter.push('x'.repeat(150)),
      ...splitter.push('y'.repeat(50)),
      ...splitter.push('z\nok,1\n'),
      ...splitter.end(),
    ];
    expect(out.map((r) => r.problem ?? r.fields.join(','))).toEqual(['too_long', 'ok,1']);
  });

  it('flags a quote in the middle of a quoted field', () => {
    const splitter = new RecordSplitter(',');
    expect([...splitter.push('"Jane "JJ" Doe",1\n'), ...splitter.end()]).toEqual([
      { fields: ['Jane "JJ" Doe', '1'], problem: 'odd_quotes' },
    ]);
  });

  it('reads a quote that closes early like Excel does, and only that row is flagged', () => {
    const splitter = new RecordSplitter(',');
    const text = 'n,p\n"abc"def,0524265258\nBob,0524265259\n"x" y,1\nok,2\n';
    expect([...splitter.push(text), ...splitter.end()]).toEqual([
      { fields: ['n', 'p'] },
      { fields: ['abcdef', '0524265258'], problem: 'odd_quotes' },
      { fields: ['Bob', '0524265259'] },
      { fields: ['x y', '1'], problem: 'odd_quotes' },
      { fields: ['ok', '2'] },
    ]);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const text = [
      'sep=,',
      'name,phone,note',
      '',
      '"abc"def,1,"multi',
      'line ""quoted"" note"',
      '"Jane "JJ" Doe",2,x',
      '"Jane" "JJ" Doe,3,"said "hi""',
      '   ',
      'plain,4,"a, b"',
      '"open,5',
      'after,6,\u0000nul',
      'last,7,end\x1a',
    ].join('\n');
    const whole = new RecordSplitter(',');
    const expected = [...whole.push(text), ...whole.end()];
    expect(expected.map((r) => r.fields[1])).toEqual(['phone', '1', '2', '3', '4', '5', '6', '7']);
    expect(expected.at(-1)?.fields).toEqual(['last', '7', 'end']);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const splitter = new RecordSplitter(',');
      const got: CsvRecord[] = [];
      for (let at = 0; at < text.length;) {
        const size = 1 + Math.floor(random() * (round % 2 === 0 ? 4 : 40));
        got.push(...splitter.push(text.slice(at, at + size)));
        at += size;
      }
      got.push(...splitter.end());
      expect(got).toEqual(expected);
    }
  });
});
