import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/cli-command';
import { runCli } from '../../../main/cli/index';
import { runSandboxCommand } from '../../../main/cli/sandbox-command';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} };
  return { io, out, err };
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('peaksend sandbox (in-process)', () => {
  it('--help documents every flag', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['sandbox', '--help'], io)).toBe(0);
    const help = out.join('');
    for (const flag of ['--host', '--port', '--token', '--profile', '--config'])
      expect(help).toContain(flag);
    for (const profile of ['clean', 'realistic', 'flaky', 'down', 'auth'])
      expect(help).toContain(profile);
  });

  it.each([
    [['--bogus'], /bogus/],
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '70000'], /--port/],
    [['--profile', 'chaos'], /unknown profile "chaos"/],
    [['--token', ' '], /--token must not be empty/],
  ])('exits 2 with one line for %j', async (args, reason) => {
    const { io, err } = fakeIo();
    expect(await runCli(['sandbox', ...args], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(reason);
    expect(err[0]?.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 for an invalid config file and 1 for an unreadable one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peaksend-cli-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"batchCap": -1}');
      const invalid = fakeIo();
      expect(await runCli(['sandbox', '--config', bad], invalid.io)).toBe(2);
      expect(invalid.err.join('')).toMatch(/batchCap/);
      const missing = fakeIo();
      expect(await runCli(['sandbox', '--config', join(dir, 'none.json')], missing.io)).toBe(1);
      expect(missing.err.join('')).toMatch(/cannot read config file .*ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints exactly one READY line, serves with the given token and profile, stops cleanly', async () => {
    const { io, out } = fakeIo();
    const stop = new AbortController();
    const running = runSandboxCommand(['--token', 't1', '--profile', 'clean'], io, stop.signal);
    await waitFor(() => out.length > 0);
    expect(out).toHaveLength(1);
    const match = /^READY (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(out[0] ?? '');
    expect(match).not.toBeNull();
    const baseUrl = match?.[1] ?? '';
    const res = await fetch(`${baseUrl}/simple_send/`, {
      method: 'POST',
      headers: { Authorization: 't1', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        messages: [
          {
            internal_id: 'x',
            sender: 'S',
            recipient_phone: '4915200000001',
            message_content: 'hi',
          },
        ],
      }),
    });
    expect(res.status).toBe(200);
    stop.abort();
    expect(await running).toBe(0);
    await expect(fetch(`${baseUrl}/simple_send/`, { method: 'POST' })).rejects.toThrow();
  });
});

describe('peaksend sandbox (child process)', () => {
  it('prints READY, answers 403 without a token, and exits 0 on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['bin/peaksend.mjs', 'sandbox', '--port', '0', '--token', 't1'],
      {
        cwd: join(import.meta.dirname, '../../..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    try {
      for (let i = 0; i < 300 && !stdout.includes('\n'); i++)
        await new Promise((r) => setTimeout(r, 50));
      const baseUrl = /^READY (\S+)\n/.exec(stdout)?.[1];
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${baseUrl}/simple_send/`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ detail: 'Not authenticated' });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stdout.trim().split('\n')).toHaveLength(1);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
