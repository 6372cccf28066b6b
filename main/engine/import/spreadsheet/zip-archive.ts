import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** A zip file opened for random access: parts are read in the order the reader needs them. */
export interface ZipArchive {
  has(name: string): boolean;
  /** Uncompressed size, for progress; 0 when the part is missing. */
  sizeOf(name: string): number;
  stream(name: string): Promise<Readable>;
  /** A small part as text; refuses parts over `limit` bytes (a zip bomb or the wrong part). */
  text(name: string, limit?: number): Promise<string>;
  close(): void;
}

const SMALL_PART_LIMIT = 64 * 1024 * 1024;

/**
 * Opens a zip with yauzl: it reads the central directory at the end of the file, so a part is
 * found wherever the writer put it (Excel writes the sheets before the shared strings) without
 * reading the file front to back or copying anything to a temp file.
 */
export async function openZip(path: string): Promise<ZipArchive> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true },
      (error, file) => (error ? reject(error) : resolve(file)),
    ),
  );
  let entries: Map<string, Entry>;
  try {
    entries = await listEntries(zip);
  } catch (error) {
    zip.close();
    throw error;
  }
  const entry = (name: string): Entry => {
    const found = entries.get(name);
    if (!found) throw new Error(`the workbook has no part "${name}"`);
    return found;
  };
  const stream = (name: string) =>
    new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry(name), (error, readable) =>
        error ? reject(error) : resolve(readable),
      ),
    );
  return {
    has: (name) => entries.has(name),
    sizeOf: (name) => entries.get(name)?.uncompressedSize ?? 0,
    stream,
    async text(name, limit = SMALL_PART_LIMIT) {
      if (entry(name).uncompressedSize > limit) {
        throw new Error(`the part "${name}" is too large to be read (over ${limit} bytes)`);
      }
      const decoder = new TextDecoder('utf-8');
      let out = '';
      for await (const chunk of await stream(name)) {
        out += decoder.decode(chunk as Buffer, { stream: true });
      }
      return out + decoder.decode();
    },
    close: () => zip.close(),
  };
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}
