import { createServer } from 'node:http';

export interface EchoCall {
  /** `/simple_send/` or `/messages_status/` (or anything else the client asked for). */
  readonly path: string;
  /** The Authorization header exactly as it arrived. */
  readonly token: string;
  /** The parsed JSON body, or undefined when it was not JSON. */
  readonly body: unknown;
  /** 0 for the first request, then 1, 2, … */
  readonly n: number;
}

export interface EchoReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface EchoServer {
  readonly baseUrl: string;
  /** Every call so far. */
  readonly calls: EchoCall[];
  close(): Promise<void>;
}

/**
 * A hostile CommPeak stand-in on loopback: `reply` decides each answer and usually puts the
 * token it was sent into it (see test/support/token-forms.ts).
 */
export async function startEchoServer(reply: (call: EchoCall) => EchoReply): Promise<EchoServer> {
  const calls: EchoCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      const call: EchoCall = {
        path: new URL(req.url ?? '/', 'http://echo').pathname,
        token: String(req.headers.authorization ?? ''),
        body,
        n: calls.length,
      };
      calls.push(call);
      const answer = reply(call);
      res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
      res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The `internal_id`s of a simple_send body. */
export function internalIdsOf(body: unknown): string[] {
  const messages = (body as { messages?: { internal_id?: unknown }[] } | undefined)?.messages;
  return (messages ?? []).map((m) => String(m.internal_id));
}

/** The uuids of a messages_status body. */
export function uuidsOf(body: unknown): string[] {
  const uuids = (body as { message_uuids?: unknown[] } | undefined)?.message_uuids;
  return (uuids ?? []).map(String);
}

/** Only forms a header can carry (Latin-1 without control characters). */
export function headerSafe(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}
