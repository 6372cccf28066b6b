import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNames as commands, runCli } from '../../../main/cli/index';

async function run(args: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
  });
  return { code, stdout, stderr };
}

describe('peaksend --help', () => {
  it('lists every command and the exit codes', async () => {
    expect(commands).toHaveLength(11);
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const name of commands) expect(stdout).toMatch(new RegExp(`^  ${name}$`, 'm'));
    expect(stdout).toMatch(
      /Exit codes: 0 every recipient final, 3 some uncertain, 1 error or paused/,
    );
    expect(stdout).toMatch(/2 bad usage, 4 another Peaksend/);
    expect(stdout).toMatch(/130\/143 stopped by SIGINT\/SIGTERM/);
  });

  it('each sending command documents its flags and the exit codes', async () => {
    for (const name of ['send', 'resume', 'retry', 'uncertain']) {
      const { code, stdout } = await run([name, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain('--max-wait SECONDS');
      expect(stdout).toContain('--wait-delivery SECONDS');
      expect(stdout).toMatch(/Exit codes: 0 every recipient final, 3 some uncertain/);
    }
    expect((await run(['send', '--help'])).stdout).toContain('--list NAME');
    expect((await run(['resume', '--help'])).stdout).toContain('--batch N');
    expect((await run(['uncertain', '--help'])).stdout).toMatch(/--resend[\s\S]*--mark-sent/);
    expect((await run(['export', '--help'])).stdout).toContain('--out FILE');
    expect((await run(['opt-outs', '--help'])).stdout).toMatch(/add <number>\.\.\./);
  });

  it('an unknown command is bad usage (exit 2), in JSON under --json', async () => {
    const text = await run(['nope']);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/unknown command "nope"/);
    const json = await run(['nope', '--json']);
    expect(JSON.parse(json.stderr)).toMatchObject({ event: 'error', kind: 'usage', exitCode: 2 });
  });

  it('the README lists every command and the exit codes', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
    for (const name of commands) expect(readme).toMatch(new RegExp(`\\| \`peaksend ${name}\\b`));
    for (const sub of ['add', 'import', 'list'])
      expect(readme).toContain(`peaksend opt-outs ${sub}`);
    for (const code of ['0', '1', '2', '3', '4', '130/143']) {
      expect(readme).toMatch(new RegExp(`^\\| ${code} +\\|`, 'm'));
    }
  });
});
