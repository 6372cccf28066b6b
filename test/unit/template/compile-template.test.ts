import { describe, expect, it } from 'vitest';
import {
  compileTemplate,
  FIELD_EMPTY,
  FIELD_FALLBACK,
  FIELD_FILLED,
} from '../../../shared/template/compile-template';

describe('compileTemplate', () => {
  const known = ['first_name', 'city'];

  it('renders values from a record or a lookup function', () => {
    const t = compileTemplate('Hi {first_name}, welcome to {city}!', known);
    expect(t.ok).toBe(true);
    expect(t.render({ first_name: 'Anna', city: 'Berlin' })).toBe('Hi Anna, welcome to Berlin!');
    const row = new Map([
      ['first_name', 'Bo'],
      ['city', 'Oslo'],
    ]);
    expect(t.render((name) => row.get(name))).toBe('Hi Bo, welcome to Oslo!');
  });

  it('uses the fallback for missing, empty and blank values only', () => {
    const t = compileTemplate('Hi {first_name|there}!', known);
    expect(t.render({})).toBe('Hi there!');
    expect(t.render({ first_name: '' })).toBe('Hi there!');
    expect(t.render({ first_name: '  \t' })).toBe('Hi there!');
    expect(t.render({ first_name: ' Li ' })).toBe('Hi  Li !');
  });

  it('renders an empty value without a fallback as nothing', () => {
    expect(compileTemplate('Hi {first_name}!', known).render({})).toBe('Hi !');
  });

  it('reports unknown fields with the audience fields and a suggestion', () => {
    const t = compileTemplate('Hi {frist_name}, {zip}', known);
    expect(t.ok).toBe(false);
    expect(t.errors).toEqual([
      {
        index: 3,
        length: 12,
        message:
          'Unknown field {frist_name} — the audience has: first_name, city. Did you mean {first_name}?',
      },
      {
        index: 17,
        length: 5,
        message: 'Unknown field {zip} — the audience has: first_name, city.',
      },
    ]);
    expect(compileTemplate('{a}', []).errors[0]?.message).toBe(
      'Unknown field {a}: the audience has no fields.',
    );
  });

  it('merges parse errors and unknown fields in text order', () => {
    const t = compileTemplate('{nope} {', known);
    expect(t.errors.map((e) => e.index)).toEqual([0, 7]);
  });

  it("reads values under the audience's own spelling of the field", () => {
    const t = compileTemplate('Hi {first_name}', ['First_Name']);
    expect(t.ok).toBe(true);
    expect(t.render({ First_Name: 'Eva' })).toBe('Hi Eva');
  });

  it('does not read inherited object keys as values', () => {
    const t = compileTemplate('[{constructor|none}]', ['constructor']);
    expect(t.render({})).toBe('[none]');
  });

  it('reports empty fields and fallbacks per render', () => {
    const t = compileTemplate('{first_name|friend} from {city}', known);
    expect(t.renderDetailed({ first_name: '', city: 'Rome' })).toEqual({
      text: 'friend from Rome',
      emptyFields: ['first_name'],
      fallbackUsed: ['first_name'],
    });
    expect(t.renderDetailed({ first_name: 'Al' })).toEqual({
      text: 'Al from ',
      emptyFields: ['city'],
      fallbackUsed: [],
    });
  });

  it('fills a reusable stats object', () => {
    const t = compileTemplate('{first_name|friend} {first_name} in {city}', known);
    const stats = t.createStats();
    expect(t.renderWithStats({ first_name: 'Jo', city: 'Nice' }, stats)).toBe('Jo Jo in Nice');
    expect([...stats.states]).toEqual([FIELD_FILLED, FIELD_FILLED]);
    expect(stats.values).toEqual(['Jo', 'Nice']);
    // first_name is used once without a fallback, so an empty value is not fully covered.
    expect(t.renderWithStats({ city: '' }, stats)).toBe('friend  in ');
    expect([...stats.states]).toEqual([FIELD_EMPTY, FIELD_EMPTY]);
    expect(stats.values).toEqual(['friend', '']);
    const covered = compileTemplate('{city|home}', known);
    const s2 = covered.createStats();
    covered.renderWithStats({}, s2);
    expect([...s2.states]).toEqual([FIELD_FALLBACK]);
  });

  it('exposes the literal baseline text', () => {
    expect(compileTemplate('Hi {first_name|there}, {{ok}', known).literalText).toBe('Hi , {ok}');
  });

  it('keeps Hebrew and Arabic text in logical order around merge fields', () => {
    const t = compileTemplate('שלום {first_name}, ההזמנה שלך ב{city} מוכנה', known);
    const text = t.render({ first_name: 'דני', city: 'תל אביב' });
    expect(text).toBe('שלום דני, ההזמנה שלך בתל אביב מוכנה');
    expect([...text].slice(0, 8)).toEqual(['ש', 'ל', 'ו', 'ם', ' ', 'ד', 'נ', 'י']);
    expect(text).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    const arabic = compileTemplate('مرحبا {first_name|صديقي} 123', known);
    expect(arabic.render({})).toBe('مرحبا صديقي 123');
    expect(arabic.render({ first_name: 'John' })).toBe('مرحبا John 123');
  });
});
