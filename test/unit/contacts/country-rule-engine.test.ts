import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseCountry, describeCountryChoice } from '../../../shared/contacts/country-rule';
import type { ImportFinishedEvent } from '../../../shared/contacts/contact-types';
import { decideCountry, localeCountry } from '../../../main/engine/phone/country-rule';
import { engineWithSandbox, testDataDir, testEngine } from '../../support/test-engine';

const ctx = { trusted: true, origin: 'test' };

describe('the country rule', () => {
  it('prefers an explicit choice (even None), then the list, last used, Settings, locale', () => {
    const all = { list: 'IL', lastUsed: 'DE', setting: 'FR', locale: 'US' };
    expect(chooseCountry({ ...all, chosen: 'GB' })).toEqual({ country: 'GB', source: 'chosen' });
    expect(chooseCountry({ ...all, chosen: null })).toEqual({ country: null, source: 'none' });
    expect(chooseCountry(all)).toEqual({ country: 'IL', source: 'list' });
    expect(chooseCountry({ ...all, list: null })).toEqual({ country: 'DE', source: 'last' });
    expect(chooseCountry({ setting: 'FR', locale: 'US' })).toEqual({
      country: 'FR',
      source: 'setting',
    });
    expect(chooseCountry({ locale: 'US' })).toEqual({ country: 'US', source: 'locale' });
    expect(chooseCountry({})).toEqual({ country: null, source: 'none' });
    expect(describeCountryChoice({ country: 'US', source: 'locale' })).toBe(
      'country: US (from the locale)',
    );
    expect(describeCountryChoice({ country: 'GB', source: 'chosen' }, '--country')).toBe(
      'country: GB (from --country)',
    );
  });

  it('refuses an unknown explicit country and skips unknown stored ones', () => {
    expect(() => decideCountry({ chosen: 'XX' })).toThrow(/"XX" is not a country code/);
    expect(decideCountry({ list: 'XX', locale: 'gb' }).choice).toEqual({
      country: 'GB',
      source: 'locale',
    });
  });

  it('reads the locale from LC_ALL, LC_MESSAGES, LANG, and ICU only when none is set', () => {
    expect(localeCountry({ LANG: 'pt_BR.UTF-8' })).toBe('BR');
    expect(localeCountry({ LC_MESSAGES: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' })).toBe('CA');
    expect(localeCountry({ LANG: 'C.UTF-8' }, 'de-AT')).toBeUndefined();
    expect(localeCountry({}, 'de-AT')).toBe('AT');
    expect(localeCountry({}, 'en-US-u-va-posix')).toBeUndefined();
    expect(localeCountry({}, undefined)).toBeUndefined();
  });
});

describe('countries through the engine', () => {
  it('remembers the last import country and offers it with Settings and the locale', async () => {
    const dataDir = testDataDir();
    const engine = testEngine({ dataDir });
    const path = join(dataDir, 'uk.csv');
    writeFileSync(path, 'name,phone\nAnn,07400 100901\nBob,+44 7400 100902\n');
    const first = await engine.dispatch('contacts:previewPath', { path }, ctx);
    expect(first).toMatchObject({
      ok: true,
      value: {
        countries: { lastUsed: null, setting: null },
        countryGuesses: [null, { country: 'GB' }],
      },
    });
    const finished = new Promise<ImportFinishedEvent>((resolve) =>
      engine.onEvent((name, payload) => {
        if (name === 'contacts:importFinished') resolve(payload as ImportFinishedEvent);
      }),
    );
    await engine.dispatch(
      'contacts:startImportPath',
      { path, newListName: 'UK', phoneColumn: 1, fieldColumns: {}, defaultCountry: 'GB' },
      ctx,
    );
    expect(await finished).toMatchObject({
      ok: true,
      report: { imported: 2, defaultCountry: 'GB' },
    });
    const again = await engine.dispatch('contacts:previewPath', { path }, ctx);
    expect(again).toMatchObject({ ok: true, value: { countries: { lastUsed: 'GB' } } });
    const set = await engine.dispatch('settings:setDefaultCountry', { country: 'IE' }, ctx);
    expect(set).toMatchObject({
      ok: true,
      value: { countries: { setting: 'IE', lastUsed: 'GB' } },
    });
    const bad = await engine.dispatch('settings:setDefaultCountry', { country: 'XX' }, ctx);
    expect(bad).toMatchObject({ ok: false });
  });

  it('imports opt-outs in the background like contacts, with the same events', async () => {
    const dataDir = testDataDir();
    const engine = testEngine({ dataDir });
    const path = join(dataDir, 'stop.csv');
    writeFileSync(path, 'mobile\n07898 687277\nnope\n');
    const finished = new Promise<ImportFinishedEvent>((resolve) =>
      engine.onEvent((name, payload) => {
        if (name === 'contacts:importFinished') resolve(payload as ImportFinishedEvent);
      }),
    );
    const started = await engine.dispatch(
      'contacts:startImportPath',
      { path, optOuts: true, phoneColumn: 0, fieldColumns: {}, defaultCountry: 'GB' },
      ctx,
    );
    expect(started.ok).toBe(true);
    expect(await finished).toMatchObject({
      ok: true,
      report: { listId: null, imported: 1, invalid: 1, total: 2 },
    });
    const both = await engine.dispatch(
      'contacts:startImportPath',
      {
        path,
        optOuts: true,
        newListName: 'x',
        phoneColumn: 0,
        fieldColumns: {},
        defaultCountry: 'GB',
      },
      ctx,
    );
    expect(both).toMatchObject({ ok: false });
  });

  it('reads a test send number with the dialog country, else Settings, never guessing', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox();
    const send = (phone: string, defaultCountry?: string | null) =>
      engine.dispatch(
        'streams:sendTest',
        {
          stream: creds,
          phone,
          text: 'hi',
          sender: 'Brand',
          ...(defaultCountry === undefined ? {} : { defaultCountry }),
        },
        ctx,
      );
    // "None" chosen: a national number is refused with words that name the control.
    const none = await send('07400 101001', null);
    expect(none).toMatchObject({
      ok: false,
      error: { fields: { phone: expect.stringContaining('choose a country') } },
    });
    expect(await send('07400 101001', 'GB')).toMatchObject({
      ok: true,
      value: { phone: '+447400101001' },
    });
    await engine.dispatch('settings:setDefaultCountry', { country: 'GB' }, ctx);
    expect(await send('07400 101002')).toMatchObject({
      ok: true,
      value: { phone: '+447400101002' },
    });
    expect(sandbox.received().map((m) => m.phone)).toEqual(['447400101001', '447400101002']);
  });
});
