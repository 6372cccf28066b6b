import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../shared/template/parse-template';

describe('parseTemplate', () => {
  it('splits literals and fields with fallbacks', () => {
    const parsed = parseTemplate('Hi {first_name}, see you in {city|your city}!');
    expect(parsed.errors).toEqual([]);
    expect(parsed.fields).toEqual(['first_name', 'city']);
    expect(parsed.parts).toEqual([
      { kind: 'literal', text: 'Hi ' },
      { kind: 'field', name: 'first_name', fallback: undefined, index: 3, length: 12 },
      { kind: 'literal', text: ', see you in ' },
      { kind: 'field', name: 'city', fallback: 'your city', index: 28, length: 16 },
      { kind: 'literal', text: '!' },
    ]);
  });

  it('matches names case-insensitively, ignores spaces around them, keeps fallbacks verbatim', () => {
    const parsed = parseTemplate('{ First_Name | dear customer! }{first_name|}');
    expect(parsed.fields).toEqual(['first_name']);
    expect(parsed.parts).toMatchObject([
      { kind: 'field', name: 'first_name', fallback: ' dear customer! ' },
      { kind: 'field', name: 'first_name', fallback: '' },
    ]);
  });

  it('reads "{{" as a literal brace and a lone "}" as itself', () => {
    const parsed = parseTemplate('Use {{code} or a smile :-} {{{name}');
    expect(parsed.errors).toEqual([]);
    expect(parsed.parts).toEqual([
      { kind: 'literal', text: 'Use {code} or a smile :-} {' },
      { kind: 'field', name: 'name', fallback: undefined, index: 29, length: 6 },
    ]);
  });

  it('reports double-brace fields instead of sending them literally', () => {
    const parsed = parseTemplate('Hi {{first_name}}!');
    expect(parsed.fields).toEqual([]);
    expect(parsed.errors).toEqual([
      {
        index: 3,
        length: 14,
        message:
          'Use single braces for a merge field: {first_name} (two braces make a literal "{").',
      },
    ]);
  });

  it('reports an unclosed brace and keeps parsing after it', () => {
    expect(parseTemplate('Hi {first_name').errors).toEqual([
      {
        index: 3,
        length: 1,
        message: 'This "{" is never closed: finish the field with "}" or write "{{" for a brace.',
      },
    ]);
    const parsed = parseTemplate('Hi {name, from {city}');
    expect(parsed.errors.map((e) => e.index)).toEqual([3]);
    expect(parsed.fields).toEqual(['city']);
  });

  it('reports empty field names', () => {
    expect(parseTemplate('a {} b {|x} c { }').errors).toEqual([
      { index: 2, length: 2, message: expect.stringContaining('Empty field name') as string },
      { index: 7, length: 4, message: expect.stringContaining('Empty field name') as string },
      { index: 14, length: 3, message: expect.stringContaining('Empty field name') as string },
    ]);
  });

  it('reports invalid characters with a suggestion', () => {
    expect(parseTemplate('Hi {First Name}').errors).toEqual([
      {
        index: 3,
        length: 12,
        message:
          '"{First Name}" is not a valid field name: use letters, digits and underscores only. Did you mean {first_name}?',
      },
    ]);
    expect(parseTemplate('{first-name|x}').errors[0]?.message).toContain('{first_name}');
  });

  it('accepts non-Latin field names', () => {
    expect(parseTemplate('{שם} {città}').fields).toEqual(['שם', 'città']);
  });
});
