import { DEFAULT_SANDBOX_TOKEN, type ProfileName } from '../../sandbox/sandbox-config';
import { startSandbox, type SandboxHandle } from '../../sandbox/start-sandbox';

export const EMBEDDED_SANDBOX_TOKEN = DEFAULT_SANDBOX_TOKEN;

export interface EmbeddedSandboxOptions {
  /** Makes the flaky profile's faults and delivery outcomes reproducible (tests pass one). */
  readonly seed?: number;
}

/**
 * The built-in Sandbox stream's server: started on 127.0.0.1 and a free port the first time the
 * Sandbox stream is used, so a new user can run a whole campaign with no account.
 */
export class EmbeddedSandbox {
  private handle: Promise<SandboxHandle> | undefined;
  private profile: ProfileName = 'clean';

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
    this.handle ??= startSandbox({
      host: '127.0.0.1',
      port: 0,
      profile: this.profile,
      tokens: [EMBEDDED_SANDBOX_TOKEN],
      ...(this.options.seed === undefined ? {} : { seed: this.options.seed }),
    });
    return this.handle;
  }
}
