import { originOf } from '../../shared/streams/endpoint-origin';
import type { Engine } from '../engine/engine';
import type { StreamCredentials } from '../engine-contract/stream-credentials';
import { UsageError } from './cli-command';

/**
 * The CLI has no stream records: a campaign's stream is its base URL (stream id `cli:<url>`),
 * remembered in the engine settings so `resume` can continue with only the token from the
 * environment. The token itself is never stored.
 */
export function cliStreamId(baseUrl: string): string {
  return `cli:${baseUrl.replace(/\/+$/, '')}`;
}

export function rememberCliStream(
  engine: Engine,
  id: string,
  baseUrl: string,
  rateLimit: number,
  sender: string,
): void {
  engine.settings.setCliStream(id, { baseUrl, rateLimit, sender });
}

export function cliCredentials(engine: Engine, streamId: string, token: string): StreamCredentials {
  const saved = engine.settings.cliStream(streamId);
  if (!saved)
    throw new UsageError(`campaign uses stream "${streamId}", which the CLI does not know`);
  return {
    id: streamId,
    name: saved.baseUrl,
    sandbox: false,
    baseUrl: saved.baseUrl,
    origin: originOf(saved.baseUrl) ?? '',
    token,
    rateLimit: saved.rateLimit,
    defaultSender: saved.sender,
  };
}

export function tokenFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const token = env.PEAKSEND_TOKEN?.trim();
  if (!token) {
    throw new UsageError(
      'set the stream token in the PEAKSEND_TOKEN environment variable (it is never a flag)',
    );
  }
  return token;
}
