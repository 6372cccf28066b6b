import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { constants, crc32, createDeflateRaw } from 'node:zlib';

interface CentralRecord {
  readonly name: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

/**
 * A minimal streaming zip writer for test fixtures and benchmarks (spreadsheets are zips).
 * Entries are deflated as they are written, with sizes in a data descriptor, so a 200 MB sheet
 * never sits in memory. Not for the app: the app only reads zips.
 */
export class ZipWriter {
  private readonly out: WriteStream;
  private offset = 0;
  private readonly records: CentralRecord[] = [];

  constructor(path: string) {
    this.out = createWriteStream(path);
  }

  /** Stored, not deflated: what OpenDocument requires of its `mimetype` entry. */
  async stored(name: string, text: string): Promise<void> {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const offset = this.offset;
    await this.write(localHeader(nameBytes, 0, 0, crc, data.length, data.length));
    await this.write(data);
    this.records.push({
      name: nameBytes,
      method: 0,
      crc,
      compressed: data.length,
      size: data.length,
      offset,
    });
  }

  /** A deflated entry from text chunks (strings or an iterable producing them). */
  async deflated(name: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    await this.write(localHeader(nameBytes, 8, 0x08, 0, 0, 0));
    const deflate = createDeflateRaw({ level: constants.Z_BEST_SPEED });
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const pumped = (async () => {
      for await (const piece of deflate) {
        compressed += (piece as Buffer).length;
        await this.write(piece as Buffer);
      }
    })();
    for await (const text of chunks) {
      const bytes = Buffer.from(text, 'utf8');
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, 'drain');
    }
    deflate.end();
    await pumped;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.write(descriptor);
    this.records.push({ name: nameBytes, method: 8, crc, compressed, size, offset });
  }

  async close(): Promise<void> {
    const start = this.offset;
    for (const r of this.records) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(r.method === 8 ? 0x08 : 0, 8);
      header.writeUInt16LE(r.method, 10);
      header.writeUInt32LE(r.crc >>> 0, 16);
      header.writeUInt32LE(r.compressed, 20);
      header.writeUInt32LE(r.size, 24);
      header.writeUInt16LE(r.name.length, 28);
      header.writeUInt32LE(r.offset, 42);
      await this.write(header);
      await this.write(r.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.records.length, 8);
    end.writeUInt16LE(this.records.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    this.out.end();
    await once(this.out, 'finish');
  }

  private async write(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (!this.out.write(bytes)) await once(this.out, 'drain');
  }
}

function localHeader(
  name: Buffer,
  method: number,
  flags: number,
  crc: number,
  compressed: number,
  size: number,
): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(flags, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(compressed, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}
