import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ConfirmRequest } from '../../../main/ports/confirm';
import { terminalConfirm } from '../../../main/preview/terminal-confirm';

const question = (name: string): ConfirmRequest => ({
  title: 'Show token',
  message: `Show the token of '${name}'?`,
  detail: 'Anyone with this token can send messages.',
  confirmLabel: 'Show token',
});

/** A terminal made of two pipes; `isTTY` is what the host checks before asking. */
function terminal(isTTY: boolean) {
  const input = Object.assign(new PassThrough(), { isTTY });
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  /** Resolves once the terminal shows `text` (the question has been asked). */
  const shown = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (written.includes(text)) resolve();
        else setTimeout(check, 5);
      };
      check();
    });
  return { input, output, written: () => written, shown };
}

describe("the preview's confirmation on its own terminal", () => {
  it('says yes only to y or yes typed on the terminal', async () => {
    for (const [typed, expected] of [
      ['y', true],
      ['YES', true],
      ['n', false],
      ['', false],
      ['sure', false],
    ] as const) {
      const t = terminal(true);
      const answer = terminalConfirm('ask', t, () => {})(question('Production'));
      await t.shown("Show the token of 'Production'? [y/N] ");
      t.input.write(`${typed}\n`);
      expect(await answer, JSON.stringify(typed)).toBe(expected);
    }
  });

  it('refuses without a terminal, and says why in the host log', async () => {
    const t = terminal(false);
    const log: string[] = [];
    expect(await terminalConfirm('ask', t, (l) => log.push(l))(question('Production'))).toBe(false);
    expect(t.written()).toBe('');
    expect(log).toEqual([
      expect.stringMatching(/refused "Show the token of 'Production'\?": no terminal to ask on/),
    ]);
  });

  it('says yes without asking when started with --confirm-tokens allow', async () => {
    const t = terminal(true);
    const log: string[] = [];
    expect(await terminalConfirm('allow', t, (l) => log.push(l))(question('Production'))).toBe(
      true,
    );
    expect(t.written()).toBe('');
    expect(log[0]).toMatch(/confirmed without asking \(--confirm-tokens allow\)/);
  });

  it('asks one question at a time, in order', async () => {
    const t = terminal(true);
    const confirm = terminalConfirm('ask', t, () => {});
    const first = confirm(question('First'));
    const second = confirm(question('Second'));
    await t.shown("'First'?");
    expect(t.written()).not.toContain("'Second'");
    t.input.write('y\n');
    expect(await first).toBe(true);
    await t.shown("'Second'?");
    t.input.write('n\n');
    expect(await second).toBe(false);
  });

  it('counts no answer as no', async () => {
    const t = terminal(true);
    expect(await terminalConfirm('ask', t, () => {}, 50)(question('Production'))).toBe(false);
  });

  it('shows control characters in a stream name instead of obeying them', async () => {
    const t = terminal(true);
    const answer = terminalConfirm('ask', t, () => {})(question('A\u001b[2K\rB\u0007'));
    await t.shown('[y/N]');
    t.input.write('n\n');
    await answer;
    expect(t.written()).toContain("Show the token of 'A\\e[2K\\x0dB\\x07'?");
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal.
    expect(t.written()).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});
