import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { malformedRequests, rawRequest, statusOf } from '../../support/raw-http';
import { testDataDir } from '../../support/test-engine';
import { tempDir } from '../../support/temp-dir';

interface HostProcess {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly port: number;
  readonly secret: string;
  output(): string;
}

/** The preview host as `npm run web` runs it (from source here, so no build is needed). */
async function startHost(dataDir: string, port = 0): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'main/preview/host-cli.ts', '--port', String(port), '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  lines.on('line', (line) => (output += `${line}\n`));
  const ready = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => line.startsWith('READY ') && resolve(line.slice(6)));
    child.once('exit', (code) => reject(new Error(`host exited ${code}: ${output}`)));
  });
  const url = new URL(ready);
  return {
    child,
    origin: url.origin,
    port: Number(url.port),
    secret: url.searchParams.get('secret') ?? '',
    output: () => output,
  };
}

function bridge(host: HostProcess): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/bridge?secret=${host.secret}`, {
      origin: host.origin,
    });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** One real call over a fresh bridge connection: proves the host (and its engine) still serve. */
async function stillServes(host: HostProcess): Promise<void> {
  expect(host.child.exitCode).toBeNull();
  const ws = await bridge(host);
  const answer = new Promise<unknown>((resolve) =>
    ws.once('message', (d) => resolve(JSON.parse(String(d)))),
  );
  ws.send(JSON.stringify({ type: 'call', id: 7, channel: 'app:info', input: undefined }));
  expect(await answer).toMatchObject({ type: 'result', id: 7, result: { ok: true } });
  ws.close();
  const page = await fetch(`${host.origin}/`);
  expect(page.status).toBeLessThan(500);
}

let host: HostProcess;
beforeAll(async () => {
  const dir = tempDir();
  host = await startHost(dir.path);
  return () => {
    host.child.kill('SIGKILL');
    dir.cleanup();
  };
}, 60_000);
afterAll(() => {
  expect(host.output()).not.toMatch(/TypeError|Unhandled|uncaught/i);
});

describe('the preview host answers malformed HTTP requests and keeps serving', () => {
  it.each(malformedRequests)('%s', async (_, bytes) => {
    const status = statusOf(await rawRequest(host.port, bytes, 500));
    if (status !== null) expect(status).toBeLessThan(500);
    await stillServes(host);
  });

  it('answers 400 to an unparsable URL, as a page request and as an upgrade', async () => {
    expect(statusOf(await rawRequest(host.port, 'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n'))).toBe(400);
    const upgrade =
      'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n';
    expect(statusOf(await rawRequest(host.port, upgrade))).toBe(400);
  });

  it('answers a POST with a huge body without reading it into memory', async () => {
    const res = await fetch(`${host.origin}/`, {
      method: 'POST',
      body: 'x'.repeat(20 * 1024 * 1024),
    });
    expect(res.status).toBe(405);
    await stillServes(host);
  });
});

describe('malformed WebSocket upgrades are refused, the host keeps serving', () => {
  const handshake = (path: string, extra = '') =>
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
    `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n${extra}\r\n`;
  const cases: [string, () => string][] = [
    [
      'a percent-garbled secret',
      () => handshake('/bridge?secret=%zz%', `Origin: ${host.origin}\r\n`),
    ],
    ['the right secret without an Origin', () => handshake(`/bridge?secret=${host.secret}`)],
    [
      'a Host of [',
      () => handshake(`/bridge?secret=${host.secret}`).replace('Host: 127.0.0.1', 'Host: ['),
    ],
    [
      'a bad WebSocket version',
      () =>
        handshake(`/bridge?secret=${host.secret}`, `Origin: ${host.origin}\r\n`).replace(
          'Version: 13',
          'Version: 99',
        ),
    ],
    [
      'no WebSocket key',
      () =>
        handshake(`/bridge?secret=${host.secret}`, `Origin: ${host.origin}\r\n`).replace(
          /Sec-WebSocket-Key: .*\r\n/,
          '',
        ),
    ],
  ];
  it.each(cases)('%s', async (_, request) => {
    const status = statusOf(await rawRequest(host.port, request(), 500));
    expect(status).not.toBe(101);
    await stillServes(host);
  });
});

describe('an authenticated bridge ignores frames that are not calls', () => {
  const frames: [string, string | Buffer, { binary?: boolean }][] = [
    ['null', 'null', {}],
    ['an array', '[]', {}],
    ['a string', '"x"', {}],
    ['an empty object', '{}', {}],
    ['a call without an id', '{"type":"call","channel":"app:info"}', {}],
    ['a call with a string id', '{"type":"call","id":"1","channel":"app:info"}', {}],
    ['a call with an object channel', '{"type":"call","id":1,"channel":{"x":1}}', {}],
    ['not JSON', '{"type":', {}],
    ['10 MB of text', `"${'x'.repeat(10 * 1024 * 1024)}"`, {}],
    ['binary bytes', randomBytes(4096), { binary: true }],
    ['invalid UTF-8 in a text frame', Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), { binary: false }],
  ];
  it.each(frames)('%s', async (_, frame, options) => {
    const ws = await bridge(host);
    const answers: unknown[] = [];
    ws.on('message', (d) => answers.push(String(d)));
    ws.on('error', () => {});
    ws.send(frame, options);
    await new Promise((r) => setTimeout(r, 200));
    expect(answers).toEqual([]);
    ws.terminate();
    await stillServes(host);
  });

  it('survives a frame that breaks the WebSocket protocol (unmasked from a client)', async () => {
    const hello = Buffer.from([0x81, 0x05, ...Buffer.from('hello')]);
    const handshake =
      `GET /bridge?secret=${host.secret} HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${host.origin}\r\n` +
      'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n';
    const answer = await rawRequest(host.port, Buffer.concat([Buffer.from(handshake), hello]), 500);
    expect(statusOf(answer)).toBe(101);
    await stillServes(host);
  });
});

describe('a port in use', () => {
  it('prints one clear line and exits 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => void taken.close());
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'main/preview/host-cli.ts',
        '--port',
        String(port),
        '--data-dir',
        testDataDir(),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Port ${port} is in use; pass --port N or stop the other program.\n`);
  });
});
