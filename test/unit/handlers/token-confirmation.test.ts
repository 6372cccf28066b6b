import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract/contract';
import { createDispatcher } from '../../../shared/contract/dispatcher';
import type { StreamView } from '../../../shared/streams/stream-types';
import { defaultQuietHoursPolicy } from '../../../shared/schedule/quiet-hours-policy';
import type { EngineSettingsView } from '../../../main/engine-contract/engine-settings-contract';
import { createMainHandlers } from '../../../main/handlers/create-main-handlers';
import { TOKEN_ACCESS_LIMIT } from '../../../main/handlers/token-access';
import { memoryClipboard } from '../../../main/ports/clipboard';
import type { ConfirmRequest } from '../../../main/ports/confirm';
import { TokenVault } from '../../../main/vault/token-vault';
import { fakeCipher } from '../../support/fake-cipher';
import { fakeEngine } from '../../support/fake-engine';
import { testPorts } from '../../support/main-ports';

const ctx = { trusted: true, origin: 'test' };
const TOKEN = 'tok_live_5b1e77c0d9aa41f8';

const settingsView: EngineSettingsView = {
  priceTable: [],
  quietHours: defaultQuietHoursPolicy,
  countries: { setting: null, lastUsed: null, locale: null },
};

function setup() {
  const cipher = fakeCipher();
  const clipboard = memoryClipboard();
  const asked: ConfirmRequest[] = [];
  const answers: boolean[] = [];
  let clock = 1_000_000;
  const ports = testPorts({
    vault: new TokenVault(cipher),
    clipboard,
    engine: fakeEngine({ 'settings:get': () => settingsView }),
    now: () => clock,
    confirm: async (request) => {
      asked.push(request);
      return answers.shift() ?? false;
    },
  });
  const dispatch = createDispatcher(methods, createMainHandlers(ports));
  return {
    cipher,
    clipboard,
    asked,
    dispatch,
    /** The next answers the user gives, in order; after them every question is refused. */
    willAnswer: (...values: boolean[]) => answers.push(...values),
    advance: (ms: number) => (clock += ms),
    addStream: async () => {
      const r = await dispatch(
        'streams:add',
        {
          name: 'Production marketing',
          type: 'marketing',
          defaultSender: '',
          allowedIps: [],
          baseUrl: 'https://textpeak-streams.commpeak.com',
          rateLimit: 50,
          token: TOKEN,
        },
        ctx,
      );
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as StreamView).id;
    },
  };
}

describe('reveal and copy are confirmed by main', () => {
  it('asks, naming the stream, and returns the token only on yes', async () => {
    const t = setup();
    const id = await t.addStream();
    t.willAnswer(true);
    expect(await t.dispatch('streams:reveal', { id }, ctx)).toEqual({
      ok: true,
      value: { token: TOKEN },
    });
    expect(t.asked).toEqual([
      expect.objectContaining({
        message: "Show the token of 'Production marketing'?",
        confirmLabel: 'Show token',
      }),
    ]);
  });

  it('refuses with an error and no token when the user says no, before decrypting', async () => {
    const t = setup();
    const id = await t.addStream();
    // Were the token decrypted before the question, this would fail as TOKEN_UNREADABLE.
    t.cipher.broken = true;
    const reveal = await t.dispatch('streams:reveal', { id }, ctx);
    expect(reveal).toEqual({
      ok: false,
      error: {
        code: 'NOT_CONFIRMED',
        message: 'The token was not shown: showing it was not confirmed.',
      },
    });
    const copy = await t.dispatch('streams:copyToken', { id }, ctx);
    expect(copy).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });
    expect(t.asked.map((q) => q.message)).toEqual([
      "Show the token of 'Production marketing'?",
      "Copy the token of 'Production marketing' to the clipboard?",
    ]);
    expect(JSON.stringify([reveal, copy])).not.toContain(TOKEN);
    expect(t.clipboard.current()).toBe('');
  });

  it('copies to the clipboard only after a yes', async () => {
    const t = setup();
    const id = await t.addStream();
    t.willAnswer(true);
    expect(await t.dispatch('streams:copyToken', { id }, ctx)).toMatchObject({ ok: true });
    expect(t.clipboard.current()).toBe(TOKEN);
  });

  it(`allows ${TOKEN_ACCESS_LIMIT.count} reveals or copies a minute, then refuses without asking`, async () => {
    const t = setup();
    const id = await t.addStream();
    t.willAnswer(true, true, true, true, true, true);
    for (let i = 0; i < TOKEN_ACCESS_LIMIT.count; i++) {
      const channel = i % 2 === 0 ? 'streams:reveal' : 'streams:copyToken';
      expect(await t.dispatch(channel, { id }, ctx), `call ${i + 1}`).toMatchObject({ ok: true });
    }
    const over = await t.dispatch('streams:reveal', { id }, ctx);
    expect(over).toEqual({
      ok: false,
      error: {
        code: 'RATE_LIMITED',
        message:
          'Tokens were shown or copied 5 times in the last minute. Wait a minute, then try again.',
      },
    });
    expect(t.asked).toHaveLength(TOKEN_ACCESS_LIMIT.count);

    t.advance(TOKEN_ACCESS_LIMIT.windowMs);
    expect(await t.dispatch('streams:reveal', { id }, ctx)).toMatchObject({ ok: true });
  });

  it('counts refused questions too, so a script cannot keep the dialog coming', async () => {
    const t = setup();
    const id = await t.addStream();
    for (let i = 0; i < TOKEN_ACCESS_LIMIT.count; i++) {
      expect(await t.dispatch('streams:reveal', { id }, ctx)).toMatchObject({
        error: { code: 'NOT_CONFIRMED' },
      });
    }
    expect(await t.dispatch('streams:reveal', { id }, ctx)).toMatchObject({
      error: { code: 'RATE_LIMITED' },
    });
    expect(t.asked).toHaveLength(TOKEN_ACCESS_LIMIT.count);
  });
});

describe('the "Ask before showing or copying a token" switch', () => {
  it('is on by default, and turning it off needs a yes outside the page', async () => {
    const t = setup();
    expect(await t.dispatch('settings:get', undefined, ctx)).toMatchObject({
      ok: true,
      value: { confirmTokenAccess: true },
    });
    const refused = await t.dispatch(
      'settings:setTokenConfirmation',
      { confirmTokenAccess: false },
      ctx,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });
    expect(await t.dispatch('settings:get', undefined, ctx)).toMatchObject({
      value: { confirmTokenAccess: true },
    });
    expect(t.asked.map((q) => q.message)).toEqual(['Show and copy tokens without asking first?']);

    t.willAnswer(true);
    expect(
      await t.dispatch('settings:setTokenConfirmation', { confirmTokenAccess: false }, ctx),
    ).toMatchObject({ ok: true, value: { confirmTokenAccess: false } });

    // Off: reveal no longer asks (the rate limit still holds).
    const id = await t.addStream();
    expect(await t.dispatch('streams:reveal', { id }, ctx)).toMatchObject({
      ok: true,
      value: { token: TOKEN },
    });
    expect(t.asked).toHaveLength(2);

    // Turning it back on needs no question.
    expect(
      await t.dispatch('settings:setTokenConfirmation', { confirmTokenAccess: true }, ctx),
    ).toMatchObject({ ok: true, value: { confirmTokenAccess: true } });
    expect(t.asked).toHaveLength(2);
    expect(await t.dispatch('streams:reveal', { id }, ctx)).toMatchObject({
      error: { code: 'NOT_CONFIRMED' },
    });
  });
});
