import { sameNamedCodePages, type CsvEncoding } from './csv-format';

// jschardet's names (lower case) for the code pages we decode. Its ISO names are mapped to the
// Windows supersets where WHATWG does the same (ISO-8859-1 → Windows-1252, -9 → Windows-1254).
const FROM_DETECTOR: Readonly<Record<string, CsvEncoding>> = {
  ...sameNamedCodePages(),
  'iso-8859-1': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  shift_jis: 'shift_jis',
  cp932: 'shift_jis',
  'euc-jp': 'euc-jp',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  cp950: 'big5',
  'euc-kr': 'euc-kr',
  cp949: 'euc-kr',
};

// Only the code pages we can decode are scored: a Baltic guess for a sparse Western file (their
// scores differ by a hair) is then impossible.
const CANDIDATES = Object.keys(FROM_DETECTOR).filter((name) => name !== 'ascii');

// The Latin code pages share most letters, so their scores differ by a hair (measured: a real
// Windows-1250 file scores 0.050 against 0.024 for Windows-1252; five French rows score 0.024
// for Windows-1250 against 0.016). Another Latin page must win clearly and on enough evidence.
const LATIN = new Set<CsvEncoding>([
  'windows-1252',
  'iso-8859-15',
  'windows-1250',
  'iso-8859-2',
  'windows-1254',
]);
const LATIN_MARGIN = 1.5;
const LATIN_EVIDENCE_BYTES = 16;
// Other scripts and the CJK encodings score 0.09–0.23 on real files; below this it is noise.
const MIN_CONFIDENCE = 0.05;

/**
 * The statistical guess for a file that is not UTF-8. jschardet is loaded on first use: its
 * models cost about 70 MB of memory, which a UTF-8-only user never pays. Windows-1252 (what
 * Excel on Western Windows writes) when it has no answer; the preview always offers the others.
 */
export async function detectLegacyEncoding(sample: Uint8Array): Promise<CsvEncoding> {
  const { chardet } = await import('jschardet');
  const results = chardet.detectAll(sample, {
    includeEncodings: CANDIDATES,
    ignoreThreshold: true,
  });
  const top = results[0];
  const guess = top?.encoding ? FROM_DETECTOR[top.encoding.toLowerCase()] : undefined;
  if (!top || !guess || guess === 'windows-1252') return 'windows-1252';
  if (!LATIN.has(guess)) return top.confidence >= MIN_CONFIDENCE ? guess : 'windows-1252';
  const western =
    results.find((r) => r.encoding?.toLowerCase() === 'windows-1252')?.confidence ?? 0;
  const evidence = sample.reduce((n, byte) => (byte >= 0x80 ? n + 1 : n), 0);
  return evidence >= LATIN_EVIDENCE_BYTES && top.confidence >= western * LATIN_MARGIN
    ? guess
    : 'windows-1252';
}
