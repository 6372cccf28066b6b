import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileRegistry } from '../../../main/files/file-registry';
import { guardHttpServer, parseRequestUrl } from '../../../main/preview/guard-http';
import { createUploadHandler } from '../../../main/preview/upload-endpoint';
import { tempDir } from '../../support/temp-dir';

const SECRET = 'a'.repeat(48);
let server: Server | null = null;
const dirs: { cleanup(): void }[] = [];

async function host(maxBytes: number) {
  const dir = tempDir();
  dirs.push(dir);
  const uploadsDir = join(dir.path, 'uploads');
  const files = new FileRegistry();
  let origin = '';
  const upload = createUploadHandler({
    secret: SECRET,
    origin: () => origin,
    uploadsDir,
    maxBytes,
    register: (path, onRelease) => files.register(path, onRelease),
  });
  server = createServer();
  guardHttpServer(server, async (req, res) => {
    const url = parseRequestUrl(req, origin);
    if (!url || !(await upload(req, res, url))) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  const folders = () => (existsSync(uploadsDir) ? readdirSync(uploadsDir) : []);
  return { port, origin, files, uploadsDir, folders };
}

/** A PUT that sends `chunks` one by one (no Content-Length), optionally dropped before the end. */
function put(
  port: number,
  headers: Record<string, string>,
  chunks: Buffer[],
  abortAfter?: number,
): Promise<{ status: number; body: unknown } | 'aborted'> {
  return new Promise((resolve) => {
    const req = request(
      { port, host: '127.0.0.1', method: 'PUT', path: '/upload?name=people.csv', headers },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', () => resolve('aborted'));
    chunks.forEach((chunk, i) => {
      if (abortAfter !== undefined && i === abortAfter) {
        setTimeout(() => {
          req.destroy();
          resolve('aborted');
        }, 100);
        return;
      }
      if (abortAfter === undefined || i < abortAfter) req.write(chunk);
    });
    if (abortAfter === undefined) req.end();
  });
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
  for (const d of dirs.splice(0)) d.cleanup();
});

describe('preview upload endpoint', () => {
  it('streams the body to an owner-only file and registers it; release deletes it', async () => {
    const h = await host(10 * 1024 * 1024);
    const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(64 * 1024, 48 + (i % 10)));
    const r = await put(h.port, { 'x-peaksend-secret': SECRET, origin: h.origin }, chunks);
    if (r === 'aborted') throw new Error('aborted');
    expect(r.status).toBe(200);
    const chosen = (r.body as { ok: true; value: { fileId: string; name: string; size: number } })
      .value;
    expect(chosen).toMatchObject({ name: 'people.csv', size: 40 * 64 * 1024 });
    const path = h.files.pathOf(chosen.fileId);
    expect(readFileSync(path).equals(Buffer.concat(chunks))).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await h.files.release(chosen.fileId);
    expect(h.folders()).toEqual([]);
  });

  it('refuses a wrong secret or another origin, writing nothing', async () => {
    const h = await host(1024);
    const body = [Buffer.from('phone\n+972521234567\n')];
    const wrong = await put(
      h.port,
      { 'x-peaksend-secret': 'b'.repeat(48), origin: h.origin },
      body,
    );
    const foreign = await put(
      h.port,
      { 'x-peaksend-secret': SECRET, origin: 'https://evil.test' },
      body,
    );
    expect(wrong).toMatchObject({ status: 403 });
    expect(foreign).toMatchObject({ status: 403 });
    expect(h.folders()).toEqual([]);
  });

  it('stops an upload past the cap and leaves no folder behind', async () => {
    const h = await host(100 * 1024);
    const chunks = Array.from({ length: 4 }, () => Buffer.alloc(64 * 1024, 49));
    const r = await put(h.port, { 'x-peaksend-secret': SECRET, origin: h.origin }, chunks);
    expect(r === 'aborted' || r.status === 413).toBe(true);
    const declared = await put(
      h.port,
      { 'x-peaksend-secret': SECRET, origin: h.origin, 'content-length': String(200 * 1024) },
      [],
    );
    expect(declared === 'aborted' || declared.status === 413).toBe(true);
    expect(h.folders()).toEqual([]);
  });

  it('cleans up an upload whose connection drops halfway', async () => {
    const h = await host(10 * 1024 * 1024);
    const chunks = Array.from({ length: 8 }, () => Buffer.alloc(64 * 1024, 50));
    expect(await put(h.port, { 'x-peaksend-secret': SECRET, origin: h.origin }, chunks, 4)).toBe(
      'aborted',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(h.folders()).toEqual([]);
  });
});
