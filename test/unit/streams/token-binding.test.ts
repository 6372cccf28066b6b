import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract/contract';
import { createDispatcher } from '../../../shared/contract/dispatcher';
import type { StreamView } from '../../../shared/streams/stream-types';
import { createMainHandlers } from '../../../main/handlers/create-main-handlers';
import type { MainPorts } from '../../../main/handlers/main-ports';
import type { ConfirmRequest } from '../../../main/ports/confirm';
import { StreamRepository } from '../../../main/streams/stream-repository';
import { TokenVault } from '../../../main/vault/token-vault';
import { fakeCipher } from '../../support/fake-cipher';
import { fakeEngine } from '../../support/fake-engine';
import { testPorts } from '../../support/main-ports';
import { memoryStore } from '../../support/memory-store';

const ctx = { trusted: true, origin: 'test' };
const TOKEN = 'tok_live_5b1e77c0d9aa41f8';
const COMMPEAK = 'https://textpeak-streams.commpeak.com';

const fields = {
  name: 'Production marketing',
  type: 'marketing',
  defaultSender: '',
  allowedIps: [],
  baseUrl: COMMPEAK,
  rateLimit: 50,
} as const;

function setup(overrides: Partial<MainPorts> = {}) {
  const cipher = fakeCipher();
  const store = memoryStore();
  const asked: ConfirmRequest[] = [];
  let answer = true;
  const ports = testPorts({
    streams: new StreamRepository(store),
    vault: new TokenVault(cipher),
    confirm: async (request) => {
      asked.push(request);
      return answer;
    },
    ...overrides,
  });
  const dispatch = createDispatcher(methods, createMainHandlers(ports));
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await dispatch(channel, input, ctx);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const records = () => store.get('streams') as Record<string, unknown>[];
  const plainOf = async (record: Record<string, unknown>) =>
    (await cipher.decrypt(new Uint8Array(Buffer.from(String(record.tokenCipher), 'base64')))).plain;
  return {
    cipher,
    store,
    asked,
    dispatch,
    call,
    records,
    plainOf,
    answer: (value: boolean) => (answer = value),
  };
}

describe('a token bound to its endpoint', () => {
  it('seals the token together with the origin of the base URL', async () => {
    const t = setup();
    const view = await t.call<StreamView>('streams:add', {
      ...fields,
      baseUrl: `${COMMPEAK}/`,
      token: TOKEN,
    });
    const [record] = t.records();
    expect(record).toMatchObject({ id: view.id, tokenBound: true });
    expect(JSON.parse(await t.plainOf(record ?? {}))).toEqual({ token: TOKEN, origin: COMMPEAK });
    expect(await t.call('streams:reveal', { id: view.id })).toEqual({ token: TOKEN });
  });

  it('refuses to move a stream to another origin without the token, and changes nothing', async () => {
    const t = setup();
    const view = await t.call<StreamView>('streams:add', { ...fields, token: TOKEN });
    const before = structuredClone(t.records());
    for (const baseUrl of ['https://evil.example', 'http://127.0.0.1:9', `${COMMPEAK}:8443`]) {
      const r = await t.dispatch('streams:update', { ...fields, id: view.id, baseUrl }, ctx);
      expect(r, baseUrl).toEqual({
        ok: false,
        error: {
          code: 'TOKEN_REQUIRED',
          message: 'Enter the token again to change where it is sent.',
          fields: { token: 'Enter the token again to change where it is sent.' },
        },
      });
    }
    expect(t.records()).toEqual(before);
    expect(await t.call('streams:reveal', { id: view.id })).toEqual({ token: TOKEN });

    // The same origin (another path, a trailing slash) is no move: no token needed.
    const edited = await t.call<StreamView>('streams:update', {
      ...fields,
      id: view.id,
      baseUrl: `${COMMPEAK}/v2/`,
      rateLimit: 80,
    });
    expect(edited).toMatchObject({ baseUrl: `${COMMPEAK}/v2`, rateLimit: 80 });
  });

  it('moves a stream when the token comes in the same call, bound to the new origin', async () => {
    const t = setup();
    const view = await t.call<StreamView>('streams:add', { ...fields, token: TOKEN });
    const moved = await t.call<StreamView>('streams:update', {
      ...fields,
      id: view.id,
      baseUrl: 'http://127.0.0.1:8787',
      token: 'tok_local_0000000042',
    });
    expect(moved).toMatchObject({ baseUrl: 'http://127.0.0.1:8787', tokenHint: '••••0042' });
    const [record] = t.records();
    expect(JSON.parse(await t.plainOf(record ?? {}))).toEqual({
      token: 'tok_local_0000000042',
      origin: 'http://127.0.0.1:8787',
    });
  });

  it('refuses a record whose base URL was changed behind the vault (edited file, a bug)', async () => {
    const t = setup();
    const view = await t.call<StreamView>('streams:add', { ...fields, token: TOKEN });
    t.store.set(
      'streams',
      t.records().map((r) => ({ ...r, baseUrl: 'https://evil.example' })),
    );
    for (const channel of ['streams:reveal', 'streams:copyToken']) {
      const r = await t.dispatch(channel, { id: view.id }, ctx);
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'TOKEN_REQUIRED' } });
      expect(JSON.stringify(r)).not.toContain(TOKEN);
    }
    const send = await t.dispatch(
      'streams:sendTest',
      { id: view.id, phone: '+447911123456', text: 'Hi' },
      ctx,
    );
    expect(send).toMatchObject({ ok: false, error: { code: 'TOKEN_REQUIRED' } });
  });

  it('binds a record from before binding to its current origin on first read', async () => {
    const t = setup();
    const legacyCipher = Buffer.from(await t.cipher.encrypt(TOKEN)).toString('base64');
    const legacy = {
      id: 'legacy-1',
      name: 'Old stream',
      type: 'marketing',
      defaultSender: '',
      allowedIps: [],
      baseUrl: 'https://api.commpeak.com/',
      rateLimit: 50,
      tokenCipher: legacyCipher,
      tokenHint: '••••41f8',
      protection: 'os-keychain',
      createdAt: '2030-01-01T00:00:00.000Z',
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    t.store.set('streams', [legacy]);

    expect(await t.call('streams:reveal', { id: 'legacy-1' })).toEqual({ token: TOKEN });
    const [record] = t.records();
    expect(record).toMatchObject({ tokenBound: true, updatedAt: legacy.updatedAt });
    expect(JSON.parse(await t.plainOf(record ?? {}))).toEqual({
      token: TOKEN,
      origin: 'https://api.commpeak.com',
    });
    // From now on it is held to that origin like any other.
    const r = await t.dispatch(
      'streams:update',
      { ...fields, name: 'Old stream', id: 'legacy-1', baseUrl: 'https://evil.example' },
      ctx,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'TOKEN_REQUIRED' } });
  });

  it('hands the engine the bound origin with the token', async () => {
    const engine = fakeEngine({
      'streams:sendTest': ({ phone }) => ({
        phone,
        accepted: true,
        messageUuid: 'u-1',
        message: 'Accepted by CommPeak (message u-1).',
        failureKind: null,
      }),
    });
    const t = setup({ engine });
    const view = await t.call<StreamView>('streams:add', {
      ...fields,
      baseUrl: `${COMMPEAK}/api/`,
      token: TOKEN,
    });
    await t.call('streams:sendTest', { id: view.id, phone: '+447911123456', text: 'Hi' });
    expect(engine.calls[0]?.input).toMatchObject({
      stream: { baseUrl: `${COMMPEAK}/api`, origin: COMMPEAK, token: TOKEN },
    });
  });
});

describe('custom endpoints', () => {
  it('asks before a token goes anywhere but CommPeak or this computer', async () => {
    const t = setup();
    for (const baseUrl of [
      COMMPEAK,
      'https://api.commpeak.com',
      'http://localhost:8080',
      'http://127.0.0.1:1234',
      'https://[::1]:8443',
    ]) {
      await t.call('streams:add', { ...fields, name: baseUrl, baseUrl, token: TOKEN });
    }
    expect(t.asked).toEqual([]);

    t.answer(false);
    for (const baseUrl of ['https://commpeak.com.evil.example', 'https://evil.example']) {
      const r = await t.dispatch('streams:add', { ...fields, baseUrl, token: TOKEN }, ctx);
      expect(r, baseUrl).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });
    }
    expect(t.asked.map((q) => q.message)).toEqual([
      "Send the token of 'Production marketing' to https://commpeak.com.evil.example?",
      "Send the token of 'Production marketing' to https://evil.example?",
    ]);
    expect(t.records()).toHaveLength(5);

    t.answer(true);
    const added = await t.call<StreamView>('streams:add', {
      ...fields,
      baseUrl: 'https://sms.partner.example',
      token: TOKEN,
    });
    expect(added.baseUrl).toBe('https://sms.partner.example');
  });

  it('asks again when a stream moves to a custom endpoint, and keeps it where it was on no', async () => {
    const t = setup();
    const view = await t.call<StreamView>('streams:add', { ...fields, token: TOKEN });
    t.answer(false);
    const r = await t.dispatch(
      'streams:update',
      { ...fields, id: view.id, baseUrl: 'https://evil.example', token: TOKEN },
      ctx,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });
    expect(t.records()[0]).toMatchObject({ baseUrl: COMMPEAK });
    expect(t.asked).toHaveLength(1);
  });
});

describe('token rules', () => {
  it('refuses tokens shorter than 8 characters with a message on the token field', async () => {
    const t = setup();
    const r = await t.dispatch('streams:add', { ...fields, token: 'abc1234' }, ctx);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { token: 'A token has at least 8 characters; check that all of it was pasted.' },
      },
    });
    expect(t.store.get('streams')).toBeUndefined();
  });

  it('shows the last 4 only for tokens of 12 characters or more', async () => {
    const t = setup();
    const short = await t.call<StreamView>('streams:add', {
      ...fields,
      name: 'Short',
      token: 'abcd1234',
    });
    const eleven = await t.call<StreamView>('streams:add', {
      ...fields,
      name: 'Eleven',
      token: 'abcdefg1234',
    });
    const twelve = await t.call<StreamView>('streams:add', {
      ...fields,
      name: 'Twelve',
      token: 'abcdefgh1234',
    });
    expect([short.tokenHint, eleven.tokenHint, twelve.tokenHint]).toEqual([null, null, '••••1234']);
    // The stored records of the short tokens carry no part of them either.
    const stored = t.records().filter((r) => r.name !== 'Twelve');
    expect(stored.map((r) => r.tokenHint)).toEqual([null, null]);
  });
});
