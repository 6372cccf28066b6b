import type { SQLInputValue } from 'node:sqlite';
import { assertNever } from '../../../shared/assert-never';
import { foldText, VALUE_SEPARATOR } from '../../../shared/contacts/search-text';
import type { SegmentCondition, SegmentMatch } from '../../../shared/contacts/segment-types';
import { escapeLike } from '../db/sql-list';

export interface CompiledFilter {
  /** A boolean SQL expression over a row of `contacts`; only fixed text and `:sN` parameters. */
  readonly where: string;
  readonly params: Record<string, SQLInputValue>;
}

/**
 * The one place segment conditions become SQL. Every piece of SQL text below is fixed; field
 * names (as JSON paths) and values travel as named parameters, so a field called `x') OR 1 --`
 * is only ever a string SQLite compares. Field names are also checked by the shared schema.
 *
 * A field's value is folded like the search text: plain printable ASCII by SQLite itself
 * (`lower(trim(v))`, the same result as `foldText`), anything else by `peaksend_fold`. Equals and
 * contains first test the row's folded search text, which holds every folded value between
 * separators: a cheap LIKE that rules out most rows before their JSON is read.
 */
export function compileConditions(
  match: SegmentMatch,
  conditions: readonly SegmentCondition[],
): CompiledFilter {
  if (conditions.length === 0) return { where: '1', params: {} };
  const params: Record<string, SQLInputValue> = {};
  const parts = conditions.map((condition, i) => {
    const path = `s${i}p`;
    const arg = `s${i}v`;
    const pre = `s${i}f`;
    params[path] = `$."${condition.field}"`;
    const folded = foldedField(path);
    switch (condition.op) {
      case 'equals': {
        const v = foldText(condition.value);
        if (v === '') return `coalesce(${folded}, '') = ''`;
        params[arg] = v;
        params[pre] = `%${escapeLike(VALUE_SEPARATOR + v + VALUE_SEPARATOR)}%`;
        return `(contacts.search LIKE :${pre} ESCAPE '\\' AND ${folded} = :${arg})`;
      }
      case 'isOneOf': {
        const values = [...new Set(condition.values.map(foldText))];
        params[arg] = JSON.stringify(values.filter((v) => v !== ''));
        const orEmpty = values.includes('') ? ` OR coalesce(${folded}, '') = ''` : '';
        return `(${folded} IN (SELECT value FROM json_each(:${arg}))${orEmpty})`;
      }
      case 'contains': {
        const v = foldText(condition.value);
        params[arg] = v;
        params[pre] = `%${escapeLike(v)}%`;
        return `(contacts.search LIKE :${pre} ESCAPE '\\' AND instr(${folded}, :${arg}) > 0)`;
      }
      case 'isEmpty':
        return `coalesce(${folded}, '') = ''`;
      case 'isNotEmpty':
        return `coalesce(${folded}, '') <> ''`;
      default:
        return assertNever(condition);
    }
  });
  return { where: parts.join(match === 'all' ? ' AND ' : ' OR '), params };
}

/** The folded value of one field; the sub-select reads the JSON once for both branches. */
function foldedField(pathParam: string): string {
  return `(SELECT CASE WHEN v GLOB '*[^ -~]*' THEN peaksend_fold(v) ELSE lower(trim(v)) END
    FROM (SELECT contacts.fields_json ->> :${pathParam} AS v))`;
}
