import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { method } from '../../../shared/contract/define';
import { createDispatcher } from '../../../shared/contract/dispatcher';
import { forward } from '../../../shared/contract/forward';
import { AppFailure, fail, ok } from '../../../shared/contract/result';

const contract = {
  'demo:add': method(z.object({ a: z.number(), b: z.number() })).returns<number>(),
  'demo:fail': method(z.undefined()).returns<void>(),
  'demo:crash': method(z.undefined()).returns<void>(),
  'demo:forward': method(z.object({ fail: z.boolean() })).returns<number>(),
};
const forwardedOk = ok(42);
const forwardedFail = fail('CONFLICT', 'Taken', { name: 'taken' });
const trusted = { trusted: true, origin: 'test' };
const unexpected: unknown[] = [];
const dispatch = createDispatcher(
  contract,
  {
    'demo:add': ({ a, b }) => a + b,
    'demo:fail': () => {
      throw new AppFailure('NOT_FOUND', 'No such thing', { id: 'unknown id' });
    },
    'demo:crash': () => {
      throw new Error('secret-internal-detail');
    },
    'demo:forward': ({ fail: failed }) => forward(failed ? forwardedFail : forwardedOk),
  },
  { onUnexpectedError: (_c, e) => unexpected.push(e) },
);

describe('createDispatcher', () => {
  it('parses input and returns the value as data', async () => {
    expect(await dispatch('demo:add', { a: 2, b: 3 }, trusted)).toEqual({ ok: true, value: 5 });
  });

  it('refuses unknown channels, including inherited property names', async () => {
    for (const channel of ['demo:nope', 'toString', '__proto__', 42, null]) {
      const r = await dispatch(channel, undefined, trusted);
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('refuses untrusted senders before looking at the input', async () => {
    const r = await dispatch('demo:add', { a: 1, b: 1 }, { trusted: false, origin: 'evil' });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('reports invalid input per field', async () => {
    const r = await dispatch('demo:add', { a: 'x' }, trusted);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(r.error.fields ?? {})).toEqual(['a', 'b']);
  });

  it('turns AppFailure into its code and fields', async () => {
    expect(await dispatch('demo:fail', undefined, trusted)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such thing', fields: { id: 'unknown id' } },
    });
  });

  it('hands a forwarded Result through as the same object, success or failure', async () => {
    expect(await dispatch('demo:forward', { fail: false }, trusted)).toBe(forwardedOk);
    expect(await dispatch('demo:forward', { fail: true }, trusted)).toBe(forwardedFail);
  });

  it('does not take a look-alike in plain data for a forwarded Result', async () => {
    const lookAlike = createDispatcher(
      { 'demo:echo': method(z.record(z.string(), z.unknown())).returns<unknown>() },
      { 'demo:echo': (input) => input },
    );
    const input = { ok: false, error: { code: 'INTERNAL', message: 'x' } };
    expect(await lookAlike('demo:echo', input, trusted)).toEqual({ ok: true, value: input });
  });

  it('hides unexpected errors behind a generic message and reports them', async () => {
    const r = await dispatch('demo:crash', undefined, trusted);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(r)).not.toContain('secret-internal-detail');
    expect(unexpected).toHaveLength(1);
  });
});
