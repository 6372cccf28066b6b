/**
 * Merge-field syntax (single braces):
 *   {first_name}          the field's value
 *   {first_name|there}    the value, or "there" when the value is missing or blank
 *   {{                    a literal "{"  (a lone "}" outside a field is always literal)
 *
 * Field names are letters, digits and underscores, matched case-insensitively (normalised to
 * lower case); spaces around the name are ignored. The fallback is used verbatim and may
 * contain any character except a brace.
 *
 * `{{first_name}}` (Mustache / Twilio habit) is reported as an error rather than silently
 * sent as literal text to every recipient; a literal "{name}" is written `{{name}`.
 */

export interface LiteralPart {
  kind: 'literal';
  text: string;
}

export interface FieldPart {
  kind: 'field';
  /** Lower-case field name. */
  name: string;
  /** Undefined when the field has no `|fallback`; may be the empty string (`{name|}`). */
  fallback: string | undefined;
  /** Position of the opening brace and length up to and including the closing one. */
  index: number;
  length: number;
}

export type TemplatePart = LiteralPart | FieldPart;

export interface TemplateError {
  index: number;
  length: number;
  message: string;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Unique lower-case field names, in order of first use. */
  fields: string[];
  errors: TemplateError[];
}

const FIELD_NAME = /^[\p{L}\p{N}_]+$/u;
const DOUBLE_BRACE_FIELD = /\{\{\s*([\p{L}\p{N}_]+)\s*(?:\|[^{}]*)?\}\}/uy;

export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const fields: string[] = [];
  const errors: TemplateError[] = [];
  let literal = '';
  const flushLiteral = (): void => {
    if (literal !== '') parts.push({ kind: 'literal', text: literal });
    literal = '';
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch !== '{') {
      literal += ch;
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      DOUBLE_BRACE_FIELD.lastIndex = i;
      const doubled = DOUBLE_BRACE_FIELD.exec(text);
      if (doubled) {
        const name = (doubled[1] as string).toLowerCase();
        errors.push({
          index: i,
          length: doubled[0].length,
          message: `Use single braces for a merge field: {${name}} (two braces make a literal "{").`,
        });
        literal += doubled[0];
        i += doubled[0].length;
        continue;
      }
      literal += '{';
      i += 2;
      continue;
    }

    const end = findFieldEnd(text, i + 1);
    if (end === -1) {
      errors.push({
        index: i,
        length: 1,
        message: 'This "{" is never closed: finish the field with "}" or write "{{" for a brace.',
      });
      literal += ch;
      i++;
      continue;
    }

    const raw = text.slice(i, end + 1);
    const body = text.slice(i + 1, end);
    const bar = body.indexOf('|');
    const rawName = (bar === -1 ? body : body.slice(0, bar)).trim();
    const fallback = bar === -1 ? undefined : body.slice(bar + 1);
    const problem = checkFieldName(rawName);
    if (problem !== null) {
      errors.push({ index: i, length: raw.length, message: problem });
      literal += raw;
      i = end + 1;
      continue;
    }

    const name = rawName.toLowerCase();
    flushLiteral();
    parts.push({ kind: 'field', name, fallback, index: i, length: raw.length });
    if (!fields.includes(name)) fields.push(name);
    i = end + 1;
  }
  flushLiteral();
  return { parts, fields, errors };
}

/** Index of the closing brace, or -1 when another "{" or the end comes first. */
function findFieldEnd(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '}') return j;
    if (c === '{') return -1;
  }
  return -1;
}

function checkFieldName(name: string): string | null {
  if (name === '') return 'Empty field name: put a field between the braces, like {first_name}.';
  if (FIELD_NAME.test(name)) return null;
  const suggestion = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  const hint = suggestion === '' ? '' : ` Did you mean {${suggestion}}?`;
  return `"{${name}}" is not a valid field name: use letters, digits and underscores only.${hint}`;
}
