import type { CountryCode } from 'libphonenumber-js/max';
import type { CsvRecord } from './csv-records';
import { invalidPhoneDetail } from '../phone/describe-invalid-phone';
import { rawLineOf, type RowIssue, type RowWarning } from './import-issue';
import { isInternationalNotation, normalizePhone } from '../phone/normalize-phone';

export interface FieldColumn {
  readonly column: number;
  readonly name: string;
}

export interface RowMapping {
  readonly phoneColumn: number;
  readonly fields: readonly FieldColumn[];
  /** Columns in the header (or the usual count without one); more values than this warn. */
  readonly columnCount: number;
  readonly delimiter: string;
  readonly defaultCountry: CountryCode | undefined;
}

/** A row whose phone number is usable; the sink decides whether it is new, a repeat or opted out. */
export interface ContactCandidate {
  readonly row: number;
  readonly phone: string;
  readonly country: string | null;
  readonly fields: Record<string, string>;
  readonly warnings: readonly RowWarning[];
  readonly rawPhone: string;
  /** Read with the default country (a national number): kept so a country change re-reads it. */
  readonly readWithCountry: boolean;
  /** The record's values, kept to build a report line only if one is needed. */
  readonly source: readonly string[];
}

export type ClassifiedRow =
  | { readonly type: 'contact'; readonly contact: ContactCandidate }
  | { readonly type: 'invalid'; readonly issue: RowIssue };

const MALFORMED_DETAIL = {
  unclosed_quote: 'A quote in this row is never closed, so its values could not be read.',
  too_long: 'This row is too long to be a contact (over 2 million characters); it was skipped.',
} as const;

/**
 * Decides what one data row is, before the sink checks repeats and opt-outs.
 *
 * Ragged rows: missing values are empty fields (a missing phone is invalid `empty`); values
 * beyond the header's columns are dropped with an `extra_fields` warning, except blank ones
 * (a trailing delimiter is an exporter habit). Either way the row is counted exactly once.
 */
export function classifyRecord(record: CsvRecord, row: number, mapping: RowMapping): ClassifiedRow {
  const hadNul = hasNul(record.fields);
  const values = hadNul ? record.fields.map(withoutNul) : record.fields;
  const rawPhone = values[mapping.phoneColumn] ?? '';
  if (record.problem === 'unclosed_quote' || record.problem === 'too_long') {
    return invalidRow(
      row,
      'malformed_row',
      MALFORMED_DETAIL[record.problem],
      rawPhone,
      values,
      mapping,
    );
  }
  const phone = normalizePhone(rawPhone, mapping.defaultCountry);
  if (!phone.ok) {
    const detail = invalidPhoneDetail(phone.reason, rawPhone.trim(), mapping.defaultCountry);
    return invalidRow(row, phone.reason, detail, rawPhone, values, mapping);
  }

  const fields: Record<string, string> = {};
  let undecodable = rawPhone.includes('\uFFFD');
  for (const { column, name } of mapping.fields) {
    const value = values[column] ?? '';
    fields[name] = value;
    if (!undecodable && value.includes('\uFFFD')) undecodable = true;
  }

  const warnings: RowWarning[] = [];
  if (phone.extension) {
    warnings.push({
      reason: 'extension_dropped',
      detail: `The extension ${phone.extension} was left out: a text message goes to ${phone.e164} itself.`,
    });
  }
  if (hadNul) {
    warnings.push({
      reason: 'nul_bytes',
      detail: 'This row contained NUL bytes (a damaged export); they were removed.',
    });
  }
  if (!phone.validForCountry) {
    warnings.push({
      reason: 'not_valid_for_country',
      detail: `${phone.e164} has a possible length but is not a known number range${phone.country ? ` for ${phone.country}` : ''}; it was imported.`,
    });
  }
  if (
    values.length > mapping.columnCount &&
    mapping.columnCount > 0 &&
    hasExtraValues(values, mapping.columnCount)
  ) {
    warnings.push({
      reason: 'extra_fields',
      detail: `This row has ${values.length} values but the file has ${mapping.columnCount} columns; the extra values were ignored.`,
    });
  }
  if (record.problem === 'odd_quotes') {
    warnings.push({
      reason: 'odd_quotes',
      detail:
        'This row has a quote in an unexpected place; check that its values were read correctly.',
    });
  }
  if (undecodable) {
    warnings.push({
      reason: 'undecodable_characters',
      detail: 'Some characters in this row could not be read; the file may use another encoding.',
    });
  }
  return {
    type: 'contact',
    contact: {
      row,
      phone: phone.e164,
      country: phone.country,
      fields,
      warnings,
      rawPhone,
      readWithCountry: !isInternationalNotation(rawPhone),
      source: values,
    },
  };
}

function invalidRow(
  row: number,
  reason: RowIssue['reason'],
  detail: string,
  rawPhone: string,
  values: readonly string[],
  mapping: RowMapping,
): ClassifiedRow {
  return {
    type: 'invalid',
    issue: {
      row,
      kind: 'invalid',
      reason,
      detail,
      rawPhone: rawPhone === '' ? null : rawPhone.slice(0, 100),
      rawLine: rawLineOf(values, mapping.delimiter),
    },
  };
}

function hasNul(values: readonly string[]): boolean {
  for (const value of values) if (value.includes('\u0000')) return true;
  return false;
}

function withoutNul(value: string): string {
  return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

/** A trailing empty value ("a,b,c,") is an exporter habit, not lost data. */
function hasExtraValues(values: readonly string[], columnCount: number): boolean {
  for (let i = columnCount; i < values.length; i++) {
    if ((values[i] as string).trim() !== '') return true;
  }
  return false;
}
