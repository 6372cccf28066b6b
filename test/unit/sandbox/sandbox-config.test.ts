import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  loadSandboxConfigFile,
  SandboxConfigError,
} from '../../../main/sandbox/load-sandbox-config';
import { resolveBehaviour } from '../../../main/sandbox/profiles';
import { sandboxConfigSchema } from '../../../main/sandbox/sandbox-config';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function file(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'peaksend-sandbox-config-'));
  dirs.push(dir);
  const path = join(dir, 'sandbox.json');
  writeFileSync(path, content);
  return path;
}

describe('sandbox config', () => {
  it('layers defaults, the profile and the overrides', () => {
    const config = sandboxConfigSchema.parse({
      profile: 'realistic',
      latencyMs: [0, 0],
      delivery: { delayMs: [1, 2] },
    });
    const behaviour = resolveBehaviour(config, config.profile);
    expect(behaviour.latencyMs).toEqual([0, 0]);
    expect(behaviour.partsPerSecond).toBe(100);
    expect(behaviour.delivery.delayMs).toEqual([1, 2]);
    expect(behaviour.delivery.weights.undelivered).toBe(0.02);
    expect(config.tokens).toEqual(['sandbox-token']);
    expect(resolveBehaviour(config, 'clean').latencyMs).toEqual([0, 0]);
    expect(
      resolveBehaviour(
        sandboxConfigSchema.parse({ profile: 'realistic', partsPerSecond: null }),
        'realistic',
      ).partsPerSecond,
    ).toBeNull();
  });

  it('loads a JSON file and names the first problem of a bad one', async () => {
    const good = await loadSandboxConfigFile(
      file('{"profile":"flaky","batchCap":10,"tokens":[{"token":"a","allowedIps":["1.2.3.4"]}]}'),
    );
    expect(good).toMatchObject({ profile: 'flaky', batchCap: 10 });
    await expect(loadSandboxConfigFile(file('{"latencyMs":[5,1]}'))).rejects.toThrow(
      /latencyMs: the first number/,
    );
    await expect(loadSandboxConfigFile(file('{"profile":"nope"}'))).rejects.toMatchObject({
      reason: 'invalid',
    });
    await expect(loadSandboxConfigFile(file('{"unknownKey":1}'))).rejects.toBeInstanceOf(
      SandboxConfigError,
    );
    await expect(loadSandboxConfigFile(file('{not json'))).rejects.toThrow(/not valid JSON/);
    await expect(loadSandboxConfigFile('/nonexistent/sandbox.json')).rejects.toMatchObject({
      reason: 'unreadable',
    });
  });
});
