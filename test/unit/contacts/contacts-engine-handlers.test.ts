import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportFinishedEvent } from '../../../shared/contacts/contact-types';
import { testDataDir, testEngine } from '../../support/test-engine';
const ctx = { trusted: true, origin: 'test' };
const fixture = (name: string) => join(process.cwd(), 'test', 'fixtures', 'csv', name);

describe('contacts through the engine protocol', () => {
  it('previews, imports in the background with progress events, lists and queries', async () => {
    const engine = testEngine();
    const events: { name: string; payload: unknown }[] = [];
    const finished = new Promise<ImportFinishedEvent>((resolve) =>
      engine.onEvent((name, payload) => {
        events.push({ name, payload });
        if (name === 'contacts:importFinished') resolve(payload as ImportFinishedEvent);
      }),
    );
    const path = fixture('excel-utf8-bom.csv');
    const preview = await engine.dispatch('contacts:previewPath', { path }, ctx);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const sniff = preview.value as { phoneColumn: number; encoding: string };
    expect(sniff.encoding).toBe('utf-8-bom');
    const started = await engine.dispatch(
      'contacts:startImportPath',
      {
        path,
        newListName: 'Excel',
        phoneColumn: sniff.phoneColumn,
        fieldColumns: {},
        defaultCountry: 'IL',
      },
      ctx,
    );
    expect(started.ok).toBe(true);
    const done = await finished;
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.report.imported).toBeGreaterThan(0);
    const lists = await engine.dispatch('contacts:lists', undefined, ctx);
    expect(lists).toMatchObject({
      ok: true,
      value: [{ name: 'Excel', contactCount: done.report.imported }],
    });
    const page = await engine.dispatch(
      'contacts:query',
      { listId: done.report.listId, search: '', offset: 0, limit: 10 },
      ctx,
    );
    expect(page.ok && (page.value as { total: number }).total).toBe(done.report.imported);
  });
});

describe('opt-out CSV import', () => {
  it('reads numbers without a country code with the given default country', async () => {
    const dataDir = testDataDir();
    const engine = testEngine({ dataDir });
    const path = join(dataDir, 'optouts.csv');
    writeFileSync(path, 'phone\n0524265292\n+972524265293\n');
    const withCountry = await engine.dispatch(
      'suppressions:importPath',
      { path, defaultCountry: 'IL' },
      ctx,
    );
    expect(withCountry).toMatchObject({ ok: true, value: { added: 2, invalid: 0 } });
    const list = await engine.dispatch(
      'suppressions:list',
      { search: '', offset: 0, limit: 10 },
      ctx,
    );
    const phones = list.ok
      ? (list.value as { rows: { phone: string }[] }).rows.map((r) => r.phone)
      : [];
    expect(phones.sort()).toEqual(['+972524265292', '+972524265293']);
  });
});
