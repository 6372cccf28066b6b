import { randomBytes } from 'node:crypto';
import type { ProfileName } from '../../sandbox/sandbox-config';
import { startSandbox, type SandboxHandle, type SandboxHooks } from '../../sandbox/start-sandbox';

export interface EmbeddedSandboxOptions {
  /** Makes the flaky profile's faults and delivery outcomes reproducible (tests pass one). */
  readonly seed?: number;
  /** Test-only: reach into its request path (the isolation tests inject failing handlers). */
  readonly hooks?: SandboxHooks;
}

/**
 * The built-in Sandbox stream's server: started on 127.0.0.1 and a free port the first time the
 * Sandbox stream is used, so a new user can run a whole campaign with no account.
 *
 * It runs inside the engine process (see "Request robustness" in docs/ARCHITECTURE.md): every
 * request is handled inside one catch, so a bad request costs a 400/500, never the engine.
 * Its token is random per run, so `/_sandbox/*` (the phones and texts it received) is closed
 * to other programs on the machine, and it never looks like any real token's text.
 */
export class EmbeddedSandbox {
  private handle: Promise<SandboxHandle> | undefined;
  private profile: ProfileName = 'clean';
  /** The one token it accepts; the Sandbox stream sends it (see resolve-stream.ts). */
  readonly token = randomBytes(18).toString('base64url');

  constructor(private readonly options: EmbeddedSandboxOptions = {}) {}

  async baseUrl(): Promise<string> {
    return (await this.ensure()).baseUrl;
  }

  /** The profile it runs (or will start) with; the engine's health answer reports it. */
  currentProfile(): ProfileName {
    return this.profile;
  }

  async setProfile(profile: ProfileName): Promise<void> {
    this.profile = profile;
    if (this.handle) await (await this.handle).setProfile(profile);
  }

  async close(): Promise<void> {
    if (this.handle) await (await this.handle).close();
    this.handle = undefined;
  }

  private ensure(): Promise<SandboxHandle> {
    this.handle ??= startSandbox(
      {
        host: '127.0.0.1',
        port: 0,
        profile: this.profile,
        tokens: [this.token],
        ...(this.options.seed === undefined ? {} : { seed: this.options.seed }),
      },
      this.options.hooks,
    );
    return this.handle;
  }
}
