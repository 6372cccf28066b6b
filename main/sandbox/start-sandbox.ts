import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { ControlResult } from './handle-control';
import type { ReceivedMessage } from './message-log';
import { between } from './random';
import { json } from './reply';
import { isControlPath, routeRequest } from './route-request';
import {
  sandboxConfigSchema,
  type FaultName,
  type ProfileName,
  type SandboxConfigInput,
} from './sandbox-config';
import { SandboxState, type ApiRoute, type SandboxStats } from './sandbox-state';
import {
  badRequest,
  failRequest,
  guardServer,
  readBody,
  requestUrl,
  writeReply,
  type SandboxHooks,
} from './serve-request';

export type { SandboxHooks } from './serve-request';

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

function formatBaseUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Starts the CommPeak look-alike on `config.host:config.port` (port 0 = a free one). Every
 * request runs inside one catch: a handler that throws or rejects, a reply that cannot be
 * written, an unparseable URL or a broken socket costs that request (400/500), never the
 * process — which for the embedded sandbox is the engine, sending real campaigns.
 */
export async function startSandbox(
  input: SandboxConfigInput = {},
  hooks: SandboxHooks = {},
): Promise<SandboxHandle> {
  const config = sandboxConfigSchema.parse(input);
  const state = new SandboxState(config);
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  let listening = false;

  const later = (ms: number, work: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      try {
        work();
      } catch {
        // Work from a timer has no request to fail; it must not fail the process either.
      }
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
    const after = result.afterReply;
    // Runs after the answer is out (e.g. switching to `down`); its failure has no one to tell.
    if (after)
      res.once(
        'finish',
        () =>
          void Promise.resolve()
            .then(after)
            .catch(() => {}),
      );
    if (delayMs <= 0) writeReply(res, result.reply);
    else later(delayMs, () => writeReply(res, result.reply));
  };

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const url = requestUrl(req);
    if (url === null) {
      req.resume();
      writeReply(res, badRequest);
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      const tooLarge = json(413, { detail: 'Request Entity Too Large' });
      respond(res, { reply: tooLarge }, 0, false);
      return;
    }
    const control = isControlPath(url.pathname);
    if (!control) state.stats.requests += 1;
    const call = {
      method: req.method ?? 'GET',
      url,
      authorization: req.headers.authorization,
      remoteIp: req.socket.remoteAddress,
      body,
    };
    const result = (await hooks.onCall?.(call)) ?? routeRequest(state, handle, call, Date.now());
    respond(res, result, control ? 0 : between(state.random, state.behaviour.latencyMs), !control);
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    // A client that goes away mid-request is its own problem, not an 'error' nobody listens to.
    req.on('error', () => {});
    res.on('error', () => {});
    serve(req, res).catch(() => failRequest(res));
  };

  const server = createServer(onRequest);
  guardServer(server);
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

  const baseUrl = formatBaseUrl(config.host, port);
  const handle: SandboxHandle = {
    baseUrl,
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
      if (revertAfterMs !== undefined) {
        later(revertAfterMs, () => void handle.setProfile(previous).catch(() => {}));
      }
    },
    profile: () => state.profile,
    stats: () => state.snapshot(),
    injectFault(fault, options = {}) {
      state.inject(fault, options.route ?? 'simple_send', options.times ?? 1);
    },
  };
  hooks.listening?.(baseUrl);
  return handle;
}
