import { connect } from 'node:net';

/**
 * Writes raw bytes to a loopback HTTP server and returns what came back before the server closed
 * the connection (or `ms` passed): malformed requests fetch() would refuse to send.
 */
export function rawRequest(port: number, bytes: string | Buffer, ms = 2000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(done, ms);
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // One answer is enough; keep-alive would otherwise hold the socket until the timer.
      if (/\r\n\r\n/.test(Buffer.concat(chunks).toString('latin1'))) setTimeout(done, 50);
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes);
  });
}

/** The status code of the first response line, or null when none came. */
export function statusOf(response: string): number | null {
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(response);
  return m ? Number(m[1]) : null;
}

/** Requests no well-behaved client sends; each must get an answer (or a close), never a crash. */
export const malformedRequests: readonly (readonly [string, string])[] = [
  ['GET //[', 'GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ['GET /%', 'GET /% HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ['GET /%zz', 'GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ['absolute-form', 'GET http://x/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ['asterisk-form', 'OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ['Host: [', 'GET /simple_send/ HTTP/1.1\r\nHost: [\r\n\r\n'],
  ['very long URL', `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`],
  ['garbage request line', 'HELLO\r\n\r\n'],
  [
    'WebSocket upgrade to //[',
    'GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
      'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
  ],
  [
    'bad JSON body',
    'POST /simple_send/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
      'Content-Length: 8\r\n\r\n{"messag',
  ],
  [
    'body shorter than its Content-Length',
    'POST /simple_send/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{}',
  ],
];
