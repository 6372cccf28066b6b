import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { assertNever } from '../../shared/assert-never';
import type { ControlResult } from './handle-control';
import type { ReceivedMessage } from './message-log';
import { between } from './random';
import type { Reply } from './reply';
import { isControlPath, routeRequest } from './route-request';
import {
  sandboxConfigSchema,
  type FaultName,
  type ProfileName,
  type SandboxConfigInput,
} from './sandbox-config';
import { SandboxState, type ApiRoute, type SandboxStats } from './sandbox-state';

export interface SandboxHandle {
  /** e.g. `http://127.0.0.1:8787` (no trailing slash). */
  readonly baseUrl: string;
  readonly port: number;
  /** Stops listening and drops every connection, hanging ones included. */
  close(): Promise<void>;
  /** Every message received, in order, never de-duplicated. */
  received(): readonly ReceivedMessage[];
  /** `down` closes the listener (connection refused) and any other profile reopens it. */
  setProfile(profile: ProfileName, revertAfterMs?: number): Promise<void>;
  profile(): ProfileName;
  stats(): SandboxStats;
  /** Makes the next `times` calls to `route` (default simple_send) fail with `fault`. */
  injectFault(fault: FaultName, options?: { times?: number; route?: ApiRoute }): void;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

function write(res: ServerResponse, reply: Reply): void {
  switch (reply.kind) {
    case 'json': {
      const text = JSON.stringify(reply.body);
      res.writeHead(reply.status, { ...reply.headers, 'Content-Type': 'application/json' });
      res.end(text);
      return;
    }
    case 'text':
      res.writeHead(reply.status, { ...reply.headers, 'Content-Type': reply.contentType });
      res.end(reply.text);
      return;
    case 'reset':
      res.socket?.resetAndDestroy();
      return;
    case 'hang':
      return;
    default:
      assertNever(reply);
  }
}

function formatBaseUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Starts the CommPeak look-alike on `config.host:config.port` (port 0 = a free one). */
export async function startSandbox(input: SandboxConfigInput = {}): Promise<SandboxHandle> {
  const config = sandboxConfigSchema.parse(input);
  const state = new SandboxState(config);
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  let listening = false;

  const later = (ms: number, work: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      work();
    }, ms);
    timers.add(timer);
  };

  const respond = (res: ServerResponse, result: ControlResult, delayMs: number, api: boolean) => {
    if (api) {
      const { reply } = result;
      state.count(
        state.stats.responses,
        reply.kind === 'hang' || reply.kind === 'reset' ? reply.kind : String(reply.status),
      );
    }
    if (result.then) res.once('finish', () => void result.then?.());
    if (delayMs <= 0) write(res, result.reply);
    else later(delayMs, () => write(res, result.reply));
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) {
        respond(
          res,
          { reply: { kind: 'json', status: 413, body: { detail: 'Request Entity Too Large' } } },
          0,
          false,
        );
        return;
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      const control = isControlPath(url.pathname);
      if (!control) state.stats.requests += 1;
      const result = routeRequest(
        state,
        handle,
        {
          method: req.method ?? 'GET',
          url,
          authorization: req.headers.authorization,
          remoteIp: req.socket.remoteAddress,
          body: Buffer.concat(chunks).toString('utf8'),
        },
        Date.now(),
      );
      respond(
        res,
        result,
        control ? 0 : between(state.random, state.behaviour.latencyMs),
        !control,
      );
    });
  };

  const server = createServer(onRequest);
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, config.host, () => {
        server.off('error', reject);
        listening = true;
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!listening) return resolve();
      listening = false;
      server.close(() => resolve());
      // Keep-alive and hanging connections would otherwise keep answering (or keep close waiting).
      server.closeAllConnections();
    });

  await listen(config.port);
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The sandbox has no TCP address');
  const port = address.port;
  if (config.profile === 'down') await stopListening();

  const handle: SandboxHandle = {
    baseUrl: formatBaseUrl(config.host, port),
    port,
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await stopListening();
    },
    received: () => state.log.received.slice(),
    async setProfile(profile, revertAfterMs) {
      if (closed) return;
      const previous = state.profile;
      state.setProfile(profile);
      if (profile === 'down') await stopListening();
      else if (!listening) await listen(port);
      if (revertAfterMs !== undefined) later(revertAfterMs, () => void handle.setProfile(previous));
    },
    profile: () => state.profile,
    stats: () => state.snapshot(),
    injectFault(fault, options = {}) {
      state.inject(fault, options.route ?? 'simple_send', options.times ?? 1);
    },
  };
  return handle;
}
