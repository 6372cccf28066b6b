import { createReadStream } from 'node:fs';
import type { CsvEncoding } from './csv-format';
import { createDecoder } from './text-decoder';

export interface DecodedChunk {
  /** Text with every line break normalised to "\n". */
  readonly text: string;
  /** Bytes of the file consumed so far (for progress). */
  readonly bytesRead: number;
}

export interface DecodeOptions {
  /** Read size; tests use a tiny one to put multi-byte characters across chunk boundaries. */
  readonly highWaterMark?: number;
}

/**
 * Streams a file as decoded text, one chunk per read.
 *
 * Decoding happens before papaparse ever sees the data: the streaming decoder carries a
 * character split across two reads over to the next chunk, which papaparse's own Buffer handling
 * does not (it turns such a character into two U+FFFD without an error). The file stream is
 * pulled with an async iterator, so nothing is read ahead while the caller is busy writing to the
 * database: that is the back-pressure.
 *
 * CRLF and lone CR become LF so the parser needs a single line-break setting even for files that
 * mix them; a CR at the very end of a chunk waits for the next one in case an LF follows.
 */
export async function* decodedText(
  path: string,
  encoding: CsvEncoding,
  options: DecodeOptions = {},
): AsyncGenerator<DecodedChunk> {
  const decoder = createDecoder(encoding);
  const stream = createReadStream(path, {
    highWaterMark: options.highWaterMark ?? 256 * 1024,
  });
  let bytesRead = 0;
  let heldCr = false;
  let first = true;

  const normalise = (raw: string, final: boolean): string => {
    let text = heldCr ? `\r${raw}` : raw;
    heldCr = false;
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length > 0) first = false;
    if (!final && text.endsWith('\r')) {
      heldCr = true;
      text = text.slice(0, -1);
    }
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  };

  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      bytesRead += bytes.length;
      const text = normalise(decoder.write(bytes), false);
      if (text.length > 0) yield { text, bytesRead };
    }
    const tail = normalise(decoder.end(), true);
    if (tail.length > 0) yield { text: tail, bytesRead };
  } finally {
    stream.destroy();
  }
}
