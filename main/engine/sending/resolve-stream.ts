import { DEFAULT_TIMEOUT_MS, type CommpeakStream } from '../commpeak/commpeak-types';
import type { EmbeddedSandbox } from './embedded-sandbox';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';

/** The embedded sandbox answers on loopback: a call that takes this long is broken. */
const SANDBOX_TIMEOUT_MS = 10_000;

/**
 * The one place that turns main's stream credentials into what the client calls: the built-in
 * Sandbox stream becomes the embedded sandbox (started on first use), any other stream its own
 * base URL and token.
 */
export async function resolveStream(
  creds: StreamCredentials,
  sandbox: EmbeddedSandbox,
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
): Promise<CommpeakStream> {
  if (creds.sandbox) {
    const baseUrl = await sandbox.baseUrl();
    return {
      id: creds.id,
      baseUrl,
      token: sandbox.token,
      boundOrigin: new URL(baseUrl).origin,
      timeoutMs: SANDBOX_TIMEOUT_MS,
    };
  }
  return {
    id: creds.id,
    baseUrl: creds.baseUrl,
    token: creds.token,
    boundOrigin: creds.origin,
    timeoutMs,
  };
}
