import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

interface Reply {
  readonly status: number;
  readonly body: unknown;
}

interface WireMessage {
  readonly internal_id: string;
}

export interface FakeCommpeak {
  readonly baseUrl: string;
  /** Every request: its path and parsed body, in order. */
  readonly requests: { readonly path: string; readonly body: unknown }[];
  /** Replaces how `/messages_status/` answers from now on. */
  answerStatus(reply: (uuids: readonly string[]) => Reply): void;
}

/**
 * A stand-in for CommPeak with answers the sandbox does not give (upper-case statuses, a 422
 * for every batch whatever its size), for the few tests that need them. It accepts every
 * message (`uuid-<internal_id>`) unless `send` says otherwise. Closed when the test ends.
 */
export async function fakeCommpeak(
  options: {
    send?: (messages: readonly WireMessage[]) => Reply;
    status?: (uuids: readonly string[]) => Reply;
  } = {},
): Promise<FakeCommpeak> {
  const requests: { path: string; body: unknown }[] = [];
  const send =
    options.send ??
    ((messages: readonly WireMessage[]) => ({
      status: 200,
      body: {
        status: true,
        task_id: 't1',
        messages: messages.map((m) => ({
          internal_id: m.internal_id,
          message_uuid: `uuid-${m.internal_id}`,
          error: null,
        })),
      },
    }));
  let status =
    options.status ??
    ((uuids: readonly string[]) => ({
      status: 200,
      body: { status: true, messages: uuids.map((u) => ({ message_uuid: u, status: 'sent' })) },
    }));
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(text || 'null') as Record<string, unknown>;
      requests.push({ path: req.url ?? '', body });
      const reply = req.url?.startsWith('/simple_send')
        ? send((body.messages as WireMessage[]) ?? [])
        : status((body.message_uuids as string[]) ?? []);
      res.writeHead(reply.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    answerStatus: (reply) => {
      status = reply;
    },
  };
}
