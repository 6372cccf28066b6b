import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MAX_UPLOAD_BYTES, type ChosenFile } from '../../shared/contract/files-contract';
import { fail, ok, type Result } from '../../shared/contract/result';

export const UPLOAD_PATH = '/upload';
export const UPLOAD_SECRET_HEADER = 'x-peaksend-secret';

export interface UploadEndpoint {
  readonly secret: string;
  /** The host's own origin: the only page allowed to upload. */
  readonly origin: () => string;
  readonly uploadsDir: string;
  readonly maxBytes?: number;
  /** Registers the written file; `onRelease` deletes its folder. */
  readonly register: (path: string, onRelease: () => Promise<void>) => Promise<ChosenFile>;
}

/**
 * `PUT /upload?name=…` with the per-run secret in a header: the preview bridge's stand-in for a
 * file's path. The body streams straight to a file (never a whole upload in memory, unlike a
 * base64 WebSocket frame), refused past the size cap, and the folder is removed whenever the
 * upload does not finish (cap, a dropped connection, a disk error). Answers a Result as JSON.
 * Returns false for any other request (the static handler takes it).
 */
export function createUploadHandler(
  options: UploadEndpoint,
): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const expected = Buffer.from(options.secret);
  const answer = (res: ServerResponse, status: number, result: Result<unknown>) => {
    res.writeHead(status, { 'Content-Type': 'application/json', Connection: 'close' });
    res.end(JSON.stringify(result));
  };
  return async (req, res, url) => {
    if (url.pathname !== UPLOAD_PATH) return false;
    const given = Buffer.from(String(req.headers[UPLOAD_SECRET_HEADER] ?? ''));
    const secretOk = given.length === expected.length && timingSafeEqual(given, expected);
    if (req.method !== 'PUT' || !secretOk || req.headers.origin !== options.origin()) {
      answer(res, 403, fail('FORBIDDEN_SENDER', 'Uploads come from the preview page only.'));
      req.resume();
      return true;
    }
    const name = basename(url.searchParams.get('name') ?? '').slice(0, 255);
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooBig = fail(
      'INVALID_INPUT',
      `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the preview's limit.`,
    );
    if (!name || name === '.' || name === '..') {
      answer(res, 400, fail('INVALID_INPUT', 'The upload has no file name.'));
      req.resume();
      return true;
    }
    if (declared > maxBytes) {
      answer(res, 413, tooBig);
      req.resume();
      return true;
    }
    // A folder per upload keeps the user's file name (shown in the import steps) unique;
    // owner-only like the rest of the data folder: the file holds phones and names.
    const folder = join(options.uploadsDir, randomBytes(8).toString('hex'));
    const remove = () => rm(folder, { recursive: true, force: true });
    let written = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        done(written > maxBytes ? new UploadTooBig() : null, chunk);
      },
    });
    try {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const path = join(folder, name);
      await pipeline(req, cap, createWriteStream(path, { mode: 0o600, flags: 'wx' }));
      answer(res, 200, ok(await options.register(path, remove)));
    } catch (error) {
      await remove();
      if (error instanceof UploadTooBig) answer(res, 413, tooBig);
      else if (!res.destroyed) answer(res, 500, fail('IO', 'The upload did not finish.'));
    }
    return true;
  };
}

class UploadTooBig extends Error {}
