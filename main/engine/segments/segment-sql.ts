import type { SQLInputValue } from 'node:sqlite';
import { assertNever } from '../../../shared/assert-never';
import {
  fieldMarker,
  foldText,
  MAX_MARKED_FIELDS,
  VALUE_SEPARATOR,
} from '../../../shared/contacts/search-text';
import type { SegmentCondition, SegmentMatch } from '../../../shared/contacts/segment-types';
import { AppFailure } from '../../../shared/contract/result';

/** Up to this many "is one of" values are tested one by one; more are looked up in a set. */
const FEW_VALUES = 8;

export interface CompiledFilter {
  /** A boolean SQL expression over `contacts.search`; only fixed text and `:sN…` parameters. */
  readonly where: string;
  readonly params: Record<string, SQLInputValue>;
}

/**
 * The one place segment conditions become SQL. Every piece of SQL text below is fixed; markers
 * and values travel as named parameters, so a value `x') OR 1 --` is only ever a string SQLite
 * compares, and field names never reach SQL at all (they become a marker by their position).
 *
 * Conditions read the folded search text (`contactSearchText`): each non-empty field's value
 * sits between its marker and a separator, folded like the search box folds what is typed. So
 * "city = berlin" is one substring test (`instr`, no wildcards to escape) on the narrow
 * `contacts_search` index, and a count never reads a row's JSON. Values are compared folded:
 * case and accents are ignored, like in the search box.
 */
export function compileConditions(
  match: SegmentMatch,
  conditions: readonly SegmentCondition[],
  columns: readonly string[],
): CompiledFilter {
  if (conditions.length === 0) return { where: '1', params: {} };
  const params: Record<string, SQLInputValue> = {};
  const parts = conditions.map((condition, i) => {
    const marker = VALUE_SEPARATOR + fieldMarker(fieldIndex(columns, condition.field));
    const v = `s${i}v`;
    // node:sqlite refuses a parameter the SQL does not name, so each case sets only its own.
    const m = () => {
      params[`s${i}m`] = marker;
      return `:s${i}m`;
    };
    switch (condition.op) {
      case 'equals': {
        const value = foldText(condition.value);
        if (value === '') return `instr(contacts.search, ${m()}) = 0`;
        params[v] = marker + value + VALUE_SEPARATOR;
        return `instr(contacts.search, :${v}) > 0`;
      }
      case 'isOneOf': {
        const values = [...new Set(condition.values.map(foldText))];
        // A few values: one substring test each, on the text as stored. Many: read the field's
        // value once and look it up in the set.
        if (values.length <= FEW_VALUES && !values.includes('')) {
          return values
            .map((value, j) => {
              params[`${v}${j}`] = marker + value + VALUE_SEPARATOR;
              return `instr(contacts.search, :${v}${j}) > 0`;
            })
            .join(' OR ');
        }
        params[v] = JSON.stringify(values);
        return `${valueOf(m())} IN (SELECT value FROM json_each(:${v}))`;
      }
      case 'contains': {
        // The text must hold the value somewhere before it is worth finding the field.
        params[v] = foldText(condition.value);
        return `instr(contacts.search, :${v}) > 0 AND instr(${valueOf(m())}, :${v}) > 0`;
      }
      case 'isEmpty':
        return `instr(contacts.search, ${m()}) = 0`;
      case 'isNotEmpty':
        return `instr(contacts.search, ${m()}) > 0`;
      default:
        return assertNever(condition);
    }
  });
  return { where: parts.map((p) => `(${p})`).join(match === 'all' ? ' AND ' : ' OR '), params };
}

/**
 * The folded value behind a marker, '' when the field is empty: the text from just after the
 * marker (two characters) to the next separator. The sub-select finds the marker once.
 */
function valueOf(marker: string): string {
  return `(SELECT CASE WHEN at = 0 THEN '' ELSE substr(rest, 1, instr(rest, char(31)) - 1) END
    FROM (SELECT at, substr(contacts.search, at + 2) AS rest
      FROM (SELECT instr(contacts.search, ${marker}) AS at)))`;
}

function fieldIndex(columns: readonly string[], field: string): number {
  const index = columns.indexOf(field);
  if (index < 0 || index >= MAX_MARKED_FIELDS) {
    throw new AppFailure('INVALID_INPUT', `The list has no field “${field}”.`);
  }
  return index;
}
