import iconv from 'iconv-lite';
import { sameNamedCodePages, type CsvEncoding } from './csv-format';

/** Bytes in, text out, with a character split across two writes carried over to the next. */
export interface StreamDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

// iconv-lite's names. WHATWG decodes "Shift_JIS", "EUC-KR" and "Big5" as their Microsoft and
// HKSCS supersets, which is what files labelled so really contain; the same supersets here.
const ICONV_NAME: Readonly<Record<Exclude<CsvEncoding, 'utf-8' | 'utf-8-bom'>, string>> = {
  ...sameNamedCodePages(),
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  shift_jis: 'cp932',
  'euc-jp': 'euc-jp',
  gb18030: 'gb18030',
  big5: 'big5hkscs',
  'euc-kr': 'cp949',
};

/**
 * A streaming decoder for one file. UTF-8 uses the built-in TextDecoder (the hot path, and
 * available in every Node build); everything else uses iconv-lite, which is plain JavaScript and
 * so decodes the same in Node and in Electron, whose Node may lack the ICU legacy code pages.
 * Bytes that do not decode become U+FFFD, which the import reports on the row.
 */
export function createDecoder(encoding: CsvEncoding): StreamDecoder {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    return {
      write: (bytes) => decoder.decode(bytes, { stream: true }),
      end: () => decoder.decode(),
    };
  }
  const decoder = iconv.getDecoder(ICONV_NAME[encoding], { stripBOM: false });
  return {
    write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? '',
  };
}
