import type { CountryCode } from 'libphonenumber-js/max';
import { z } from 'zod';
import { AppFailure } from '../../../shared/contract/result';
import type { FieldColumn, RowMapping } from './classify-row';
import {
  csvDelimiterSchema,
  csvEncodingSchema,
  type CsvDelimiter,
  type CsvEncoding,
} from './csv-format';
import { toSnakeCase } from '../../../shared/contacts/field-names';
import { toCountryCode } from '../phone/normalize-phone';
import type { CsvPreview } from '../../../shared/contacts/contact-types';
import type { FileFormat } from '../../../shared/contacts/import-types';
import { sniffCsv } from './sniff-csv';

/**
 * How to read a CSV. Everything but `path` is optional: what is missing is detected, so the
 * preview step only sends what the user changed.
 */
export const csvReadOptionsSchema = z.object({
  path: z.string().min(1),
  encoding: csvEncodingSchema.optional(),
  delimiter: csvDelimiterSchema.optional(),
  hasHeader: z.boolean().optional(),
  /** A spreadsheet's sheet (0-based index); default the first visible one. */
  sheet: z.number().int().min(0).max(10_000).optional(),
  /** Column index (0-based), or a header / field name. */
  phoneColumn: z.union([z.number().int().min(0), z.string().min(1)]).optional(),
  /** Column index (as a string key, JSON-style) → merge-field name; default: every other column. */
  fieldColumns: z.record(z.string().regex(/^\d+$/), z.string().min(1).max(64)).optional(),
  /** ISO 3166 alpha-2 used for numbers written without a country code. */
  defaultCountry: z.string().nullable().optional(),
});
export type CsvReadOptions = z.input<typeof csvReadOptionsSchema>;

/** How to read the file: what `resolveCsv` settled (a `ResolvedCsv` fits as it is). */
export interface CsvLayout {
  readonly format: FileFormat;
  readonly sheet: number | null;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly hasHeader: boolean;
  readonly mapping: RowMapping;
}

export interface ResolvedCsv extends CsvLayout {
  readonly sniff: CsvPreview;
  /** The phone column's header as written (its field name when there is no header row). */
  readonly phoneHeader: string;
  /** The phone column's normalised name (one of `sniff.fieldNames`). */
  readonly phoneFieldName: string;
  /** Merge-field names stored with each contact, in column order (the phone column excluded). */
  readonly fieldNames: string[];
}

/** Fills the gaps in `options` from the file itself and checks what the user chose. */
export async function resolveCsv(options: CsvReadOptions): Promise<ResolvedCsv> {
  const parsed = csvReadOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new AppFailure(
      'INVALID_INPUT',
      `Invalid import settings: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  const input = parsed.data;
  const defaultCountry = parseCountry(input.defaultCountry);
  const sniff = await sniffCsv(input.path, {
    encoding: input.encoding,
    delimiter: input.delimiter,
    hasHeader: input.hasHeader,
    sheet: input.sheet,
  });
  const phoneColumn = resolvePhoneColumn(sniff, input.phoneColumn);
  const fields = resolveFields(sniff, phoneColumn, input.fieldColumns);
  const phoneFieldName = sniff.fieldNames[phoneColumn] ?? `column_${phoneColumn + 1}`;
  return {
    sniff,
    format: sniff.format,
    sheet: sniff.sheet,
    encoding: sniff.encoding,
    delimiter: sniff.delimiter,
    hasHeader: sniff.hasHeader,
    mapping: {
      phoneColumn,
      fields,
      columnCount: sniff.columnCount,
      delimiter: sniff.delimiter,
      defaultCountry,
    },
    phoneHeader: (sniff.hasHeader ? sniff.headers[phoneColumn] : undefined) || phoneFieldName,
    phoneFieldName,
    fieldNames: fields.map((f) => f.name),
  };
}

function parseCountry(value: string | null | undefined): CountryCode | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const code = toCountryCode(value);
  if (!code) throw new AppFailure('INVALID_INPUT', `"${value}" is not a country code we know.`);
  return code;
}

function resolvePhoneColumn(sniff: CsvPreview, choice: number | string | undefined): number {
  if (choice === undefined) {
    if (sniff.phoneColumn !== null) return sniff.phoneColumn;
    if (sniff.empty) return 0;
    throw new AppFailure(
      'INVALID_INPUT',
      'Could not tell which column holds the phone numbers; choose it.',
    );
  }
  if (typeof choice === 'number') {
    if (choice < Math.max(sniff.columnCount, 1)) return choice;
    throw new AppFailure(
      'INVALID_INPUT',
      `The file has ${sniff.columnCount} columns; column ${choice + 1} does not exist.`,
    );
  }
  const wanted = choice.trim().toLowerCase();
  const byHeader = sniff.headers.findIndex((h) => h.trim().toLowerCase() === wanted);
  if (byHeader !== -1) return byHeader;
  const byField = sniff.fieldNames.indexOf(toSnakeCase(choice));
  if (byField !== -1) return byField;
  // "3" with no column of that name: the third column.
  const position = /^\d+$/.test(wanted) ? Number(wanted) : 0;
  if (position >= 1 && position <= sniff.columnCount) return position - 1;
  const names = (sniff.hasHeader ? sniff.headers : sniff.fieldNames).join(', ');
  throw new AppFailure(
    'INVALID_INPUT',
    `There is no column "${choice}". Columns: ${names || '(none)'}.`,
  );
}

function resolveFields(
  sniff: CsvPreview,
  phoneColumn: number,
  chosen: Record<string, string> | undefined,
): FieldColumn[] {
  if (!chosen) {
    return sniff.fieldNames
      .map((name, column) => ({ column, name }))
      .filter((f) => f.column !== phoneColumn);
  }
  const fields: FieldColumn[] = [];
  const used = new Set<string>();
  for (const [key, rawName] of Object.entries(chosen)) {
    const column = Number(key);
    const name = toSnakeCase(rawName);
    if (name === '') throw new AppFailure('INVALID_INPUT', `"${rawName}" cannot be a field name.`);
    if (used.has(name))
      throw new AppFailure('INVALID_INPUT', `Two columns are both named "${name}".`);
    used.add(name);
    fields.push({ column, name });
  }
  return fields.sort((a, b) => a.column - b.column);
}

/** How the file was read, as every import report says it. */
export function howRead(resolved: ResolvedCsv) {
  const { sniff, sheet } = resolved;
  return {
    fileName: sniff.fileName,
    format: resolved.format,
    sheetName: sheet === null ? null : (sniff.sheets[sheet]?.name ?? null),
    encoding: resolved.encoding,
    delimiter: resolved.delimiter,
  };
}
