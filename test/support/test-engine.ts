import { onTestFinished } from 'vitest';
import type { Campaign } from '../../shared/campaigns/campaign-types';
import { createEngine, type Engine, type EngineOptions } from '../../main/engine/engine';
import type { CampaignPatch } from '../../main/engine/campaigns/campaign-store';
import type { StreamCredentials } from '../../main/engine-contract/stream-credentials';
import type { SandboxConfigInput } from '../../main/sandbox/sandbox-config';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/start-sandbox';
import { tempDir } from './temp-dir';

export const TEST_TOKEN = 'tok-123456';
export const TEST_STREAM_ID = 's1';

/** A fresh data folder, removed when the test ends (after the engines on it are closed). */
export function testDataDir(): string {
  const dir = tempDir();
  onTestFinished(() => dir.cleanup());
  return dir.path;
}

/**
 * A real engine (its own SQLite file) in-process, closed when the test ends. Pass `dataDir` to
 * open a second engine on the same data, as after a restart.
 */
export function testEngine(options: Partial<EngineOptions> = {}): Engine {
  const engine = createEngine({ ...options, dataDir: options.dataDir ?? testDataDir() });
  let closed = false;
  const close = engine.close;
  engine.close = async (drainMs) => {
    if (closed) return;
    closed = true;
    await close(drainMs);
  };
  onTestFinished(() => engine.close());
  return engine;
}

/** The CommPeak sandbox on loopback with no latency, accepting TEST_TOKEN; closed at the end. */
export async function testSandbox(config: SandboxConfigInput = {}): Promise<SandboxHandle> {
  const sandbox = await startSandbox({ tokens: [TEST_TOKEN], latencyMs: [0, 0], ...config });
  onTestFinished(() => sandbox.close());
  return sandbox;
}

/** Credentials for a real (non-Sandbox) stream pointing at `sandbox`. */
export function streamTo(
  sandbox: SandboxHandle,
  overrides: Partial<StreamCredentials> = {},
): StreamCredentials {
  const baseUrl = overrides.baseUrl ?? sandbox.baseUrl;
  return {
    id: TEST_STREAM_ID,
    name: 'Test stream',
    sandbox: false,
    baseUrl,
    // Bound to the address it is sent to, as main's credentials are.
    origin: new URL(baseUrl).origin,
    token: TEST_TOKEN,
    rateLimit: 1000,
    defaultSender: 'Brand',
    ...overrides,
  };
}

/** An engine and a sandbox, with credentials for a stream from one to the other. */
export async function engineWithSandbox(
  options: {
    sandbox?: SandboxConfigInput;
    engine?: Partial<EngineOptions>;
    stream?: Partial<StreamCredentials>;
  } = {},
): Promise<{ engine: Engine; sandbox: SandboxHandle; creds: StreamCredentials }> {
  const sandbox = await testSandbox(options.sandbox);
  const engine = testEngine(options.engine);
  return { engine, sandbox, creds: streamTo(sandbox, options.stream) };
}

/** A campaign ready to start on the test stream: list, a plain template, no quiet hours. */
export function testCampaign(
  engine: Engine,
  listId: number,
  patch: CampaignPatch & { name?: string } = {},
): Campaign {
  const { name = 'Test campaign', ...rest } = patch;
  return engine.campaigns.create(name, {
    streamId: TEST_STREAM_ID,
    template: 'Hi',
    listIds: [listId],
    quietHours: false,
    ...rest,
  });
}
