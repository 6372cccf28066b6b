import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract/contract';
import { createDispatcher } from '../../../shared/contract/dispatcher';
import { createMainHandlers } from '../../../main/handlers/create-main-handlers';
import { testPorts } from '../../support/main-ports';

const ctx = { trusted: true, origin: 'test' };

describe('main handlers', () => {
  it('lists the built-in Sandbox stream on a fresh store', async () => {
    const dispatch = createDispatcher(methods, createMainHandlers(testPorts()));
    const r = await dispatch('streams:list', undefined, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject([
      { id: 'sandbox', name: 'Sandbox', type: 'marketing', builtIn: true, sandboxProfile: 'clean' },
    ]);
  });

  it('opens only allow-listed https links', async () => {
    const ports = testPorts();
    const dispatch = createDispatcher(methods, createMainHandlers(ports));
    const good = await dispatch(
      'app:openExternal',
      { url: 'https://docs.commpeak.com/docs/x' },
      ctx,
    );
    expect(good.ok).toBe(true);
    for (const url of [
      'http://docs.commpeak.com/',
      'https://commpeak.com.evil.example/',
      'https://user:pw@commpeak.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
    ]) {
      const r = await dispatch('app:openExternal', { url }, ctx);
      expect(r, url).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(ports.opened).toEqual(['https://docs.commpeak.com/docs/x']);
  });

  it('reports the engine state in app:info', async () => {
    const dispatch = createDispatcher(methods, createMainHandlers(testPorts()));
    expect(await dispatch('app:info', undefined, ctx)).toMatchObject({
      ok: true,
      value: { host: 'preview', engine: 'up' },
    });
  });
});
