import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract/contract';
import { createDispatcher } from '../../../shared/contract/dispatcher';
import { createMainHandlers } from '../../../main/handlers/create-main-handlers';
import { contactList } from '../renderer/fixtures';
import { fakeEngine } from '../../support/fake-engine';
import { testPorts } from '../../support/main-ports';

const ctx = { trusted: true, origin: 'test' };

describe('exporting a list through main', () => {
  it('asks where to save, named after the list, and has the engine write there', async () => {
    const asked: string[] = [];
    const engine = fakeEngine({
      'contacts:lists': () => [contactList({ id: 4, name: 'Clients: été/2026' })],
      'contacts:exportListTo': ({ path }) => ({ path, rows: 12 }),
    });
    const ports = testPorts({
      engine,
      chooseSavePath: async (name) => {
        asked.push(name);
        return `/chosen/${name}`;
      },
    });
    const dispatch = createDispatcher(methods, createMainHandlers(ports));
    expect(await dispatch('contacts:exportList', { listId: 4, format: 'xlsx' }, ctx)).toEqual({
      ok: true,
      value: { path: '/chosen/Clients été2026.xlsx', rows: 12 },
    });
    expect(asked).toEqual(['Clients été2026.xlsx']);
    expect(engine.calls.at(-1)).toEqual({
      method: 'contacts:exportListTo',
      input: { listId: 4, format: 'xlsx', path: '/chosen/Clients été2026.xlsx' },
    });
  });

  it('writes nothing when the save dialog is canceled, and refuses an unknown format', async () => {
    const engine = fakeEngine({ 'contacts:lists': () => [contactList({ id: 4 })] });
    const dispatch = createDispatcher(methods, createMainHandlers(testPorts({ engine })));
    expect(await dispatch('contacts:exportList', { listId: 4, format: 'csv' }, ctx)).toEqual({
      ok: true,
      value: null,
    });
    expect(engine.calls.map((c) => c.method)).toEqual(['contacts:lists']);
    expect(await dispatch('contacts:exportList', { listId: 4, format: 'xls' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
