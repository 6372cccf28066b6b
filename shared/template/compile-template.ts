import { closestName } from './closest-name';
import { parseTemplate } from './parse-template';
import type { TemplateError } from './parse-template';

/** A recipient's values, keyed by field name, or a lookup function (e.g. over a DB row). */
export type FieldValues =
  Readonly<Record<string, string | undefined>> | ((name: string) => string | undefined);

/** Per-field outcome of one render, in `RenderStats.states`. */
export const FIELD_FILLED = 0;
/** The value was missing or blank and every use of the field had a fallback. */
export const FIELD_FALLBACK = 1;
/** The value was missing or blank and at least one use rendered nothing. */
export const FIELD_EMPTY = 2;

/**
 * Reusable per-render output for the pre-flight, indexed like `CompiledTemplate.fields`;
 * filling it instead of returning arrays keeps a million renders allocation-light.
 */
export interface RenderStats {
  /** What the field contributed: its value, else its first fallback, else ''. */
  values: string[];
  states: Uint8Array;
}

export interface RenderDetail {
  text: string;
  /** Fields whose value was missing or blank. */
  emptyFields: string[];
  /** Empty fields for which a fallback was rendered. */
  fallbackUsed: string[];
}

export interface CompiledTemplate {
  /** False when the template has syntax errors or unknown fields: do not send it. */
  ok: boolean;
  errors: TemplateError[];
  /** Lower-case field names the template uses, in order of first use. */
  fields: string[];
  /** The template with every field rendered empty (no fallbacks): the length baseline. */
  literalText: string;
  render(values: FieldValues): string;
  renderDetailed(values: FieldValues): RenderDetail;
  renderWithStats(values: FieldValues, stats: RenderStats): string;
  createStats(): RenderStats;
}

const MAX_LISTED_FIELDS = 12;

/**
 * Compiles a template against the audience's fields. Values are looked up by the audience's
 * own spelling of the field name, so `{First_Name}` reads the value of `first_name`.
 */
export function compileTemplate(text: string, knownFields: readonly string[]): CompiledTemplate {
  const parsed = parseTemplate(text);
  const errors = [...parsed.errors];
  const keyByName = new Map<string, string>();
  for (const known of knownFields) {
    const lower = known.toLowerCase();
    if (!keyByName.has(lower)) keyByName.set(lower, known);
  }

  // Flatten into parallel arrays: literals[s] precedes slot s, literals[last] ends the text.
  const literals: string[] = [''];
  const slotField: number[] = [];
  const slotFallback: (string | undefined)[] = [];
  const fields = parsed.fields;
  const fieldKeys = fields.map((name) => keyByName.get(name) ?? name);
  const alwaysCovered = fields.map(() => true);
  const firstFallback: (string | undefined)[] = fields.map(() => undefined);
  for (const part of parsed.parts) {
    if (part.kind === 'literal') {
      literals[literals.length - 1] += part.text;
      continue;
    }
    const fieldIndex = fields.indexOf(part.name);
    slotField.push(fieldIndex);
    slotFallback.push(part.fallback);
    literals.push('');
    if (part.fallback === undefined) alwaysCovered[fieldIndex] = false;
    else firstFallback[fieldIndex] ??= part.fallback;
    if (!keyByName.has(part.name)) {
      errors.push({
        index: part.index,
        length: part.length,
        message: unknownFieldMessage(part.name, knownFields),
      });
    }
  }
  errors.sort((a, b) => a.index - b.index);
  const slots = slotField.length;

  const lookup = (values: FieldValues, key: string): string | undefined =>
    typeof values === 'function' ? values(key) : values[key];

  const render = (values: FieldValues): string => {
    let out = literals[0] as string;
    for (let s = 0; s < slots; s++) {
      let value = lookup(values, fieldKeys[slotField[s] as number] as string);
      // typeof, not `=== undefined`: a plain record also answers inherited keys like "constructor".
      if (typeof value !== 'string' || isBlank(value)) value = slotFallback[s] ?? '';
      out += value + (literals[s + 1] as string);
    }
    return out;
  };

  const renderWithStats = (values: FieldValues, stats: RenderStats): string => {
    for (let f = 0; f < fields.length; f++) {
      const value = lookup(values, fieldKeys[f] as string);
      if (typeof value !== 'string' || isBlank(value)) {
        stats.states[f] = alwaysCovered[f] ? FIELD_FALLBACK : FIELD_EMPTY;
        stats.values[f] = firstFallback[f] ?? '';
      } else {
        stats.states[f] = FIELD_FILLED;
        stats.values[f] = value;
      }
    }
    let out = literals[0] as string;
    for (let s = 0; s < slots; s++) {
      const f = slotField[s] as number;
      const value =
        stats.states[f] === FIELD_FILLED ? (stats.values[f] as string) : (slotFallback[s] ?? '');
      out += value + (literals[s + 1] as string);
    }
    return out;
  };

  const createStats = (): RenderStats => ({
    values: fields.map(() => ''),
    states: new Uint8Array(fields.length),
  });

  const renderDetailed = (values: FieldValues): RenderDetail => {
    const stats = createStats();
    const text = renderWithStats(values, stats);
    const emptyFields = fields.filter((_, f) => stats.states[f] !== FIELD_FILLED);
    const fallbackUsed = emptyFields.filter(
      (name) => firstFallback[fields.indexOf(name)] !== undefined,
    );
    return { text, emptyFields, fallbackUsed };
  };

  return {
    ok: errors.length === 0,
    errors,
    fields,
    literalText: literals.join(''),
    render,
    renderDetailed,
    renderWithStats,
    createStats,
  };
}

/** Blank = empty or only whitespace; checked without allocating (most values exit at i=0). */
function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xa0) return false;
  }
  return true;
}

function unknownFieldMessage(name: string, knownFields: readonly string[]): string {
  if (knownFields.length === 0) return `Unknown field {${name}}: the audience has no fields.`;
  const listed = knownFields.slice(0, MAX_LISTED_FIELDS).join(', ');
  const more =
    knownFields.length > MAX_LISTED_FIELDS
      ? ` and ${knownFields.length - MAX_LISTED_FIELDS} more`
      : '';
  const guess = closestName(name, knownFields);
  const hint = guess === undefined ? '' : ` Did you mean {${guess.toLowerCase()}}?`;
  return `Unknown field {${name}} — the audience has: ${listed}${more}.${hint}`;
}
