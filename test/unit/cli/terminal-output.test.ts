import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CliIo } from '../../../main/cli/cli-command';
import { runCli } from '../../../main/cli/index';
import { terminalSafe } from '../../../main/cli/terminal-text';
import { startEchoServer } from '../../support/echo-server';
import { testDataDir } from '../../support/test-engine';

// What a hostile CSV cell or server reply carries: set the window title, clear the screen,
// and start a forged line of output.
const TITLE = '\x1b]0;owned\x07';
const CLEAR = '\x1b[2J';
const FORGED = '\r\nAll 1000 rows valid';
const HOSTILE = `${TITLE}${CLEAR}x${FORGED}`;

async function run(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env };
  const code = await runCli(args, io);
  return { code, stdout, stderr, all: stdout + stderr };
}

/** No escape, bell or carriage return reaches the terminal, and no line is the forged one. */
function expectInert(text: string): void {
  // eslint-disable-next-line no-control-regex -- the test looks for control characters.
  expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  for (const line of text.split('\n')) expect(line.startsWith('All 1000 rows valid')).toBe(false);
}

describe('terminalSafe', () => {
  it.each([
    ['ESC', '\x1b[2J', '\\e[2J'],
    ['BEL and OSC', TITLE, '\\e]0;owned\\x07'],
    ['CR LF in derived text', 'a\r\nb', 'a\\x0d\\x0ab'],
    ['a C1 control (8-bit CSI)', 'a\u009b2Jb', 'a\\x9b2Jb'],
    ['DEL and NUL', 'a\x7f\x00', 'a\\x7f\\x00'],
    ['a bidi override', 'abc\u202edef', 'abc\\u202edef'],
    ['plain text, tabs and accents', 'Zoë\tO’Brien', 'Zoë\\x09O’Brien'],
  ])('%s', (_, input, shown) => {
    expect(terminalSafe(input)).toBe(shown);
  });
});

describe('CLI commands print file and reply text escaped', () => {
  it('check-csv: a hostile file name and header', async () => {
    const dir = testDataDir();
    const csv = join(dir, `list${TITLE}${FORGED}.csv`);
    writeFileSync(
      csv,
      `phone,"name${TITLE}","notes${CLEAR}","x${FORGED}"\r\n+4915200000001,a,b,c\r\n`,
    );
    const { code, stdout, all } = await run(['check-csv', csv, '--country', 'DE']);
    expect(code).toBe(0);
    expectInert(all);
    expect(stdout).toContain('File:       list\\e]0;owned\\x07\\x0d\\x0aAll 1000 rows valid.csv');
  });

  it('send and status: a campaign paused with CommPeak words full of control characters', async () => {
    const echo = await startEchoServer(() => ({ status: 403, body: { detail: HOSTILE } }));
    onTestFinished(() => echo.close());
    const dir = testDataDir();
    const csv = join(dir, 'r.csv');
    writeFileSync(csv, 'phone,first_name\n+4915200000001,Ann\n+4915200000002,Bob\n');
    const env = { PEAKSEND_TOKEN: 'cli-token-12345' };
    const sent = await run(
      [
        'send',
        '--csv',
        csv,
        '--message',
        'Hi',
        '--sender',
        'Brand',
        '--base-url',
        echo.baseUrl,
      ].concat(['--data-dir', dir, '--name', `Spring${CLEAR}${FORGED}`]),
      env,
    );
    expect(sent.code).toBe(1);
    expectInert(sent.all);
    expect(sent.stderr).toContain('\\e]0;owned\\x07');
    const id = /campaign (\d+)/.exec(sent.stderr)?.[1] ?? '';
    const status = await run(['status', id, '--data-dir', dir]);
    expect(status.code).toBe(0);
    expectInert(status.all);
    expect(status.stdout).toContain('Spring\\e[2J\\x0d\\x0aAll 1000 rows valid');
    const resumed = await run(['resume', id, '--data-dir', dir], env);
    expect(resumed.code).toBe(1);
    expectInert(resumed.all);
  });

  it('usage errors and failures echo their arguments escaped', async () => {
    const bad = await run(['check-csv', `missing${CLEAR}.csv`]);
    expect(bad.code).toBe(1);
    expectInert(bad.all);
    const usage = await run(['check-csv', 'x.csv', '--country', HOSTILE]);
    expect(usage.code).toBe(2);
    expectInert(usage.all);
    const unknown = await run([`nope${TITLE}`]);
    expect(unknown.code).toBe(2);
    expectInert(unknown.all);
  });
});
