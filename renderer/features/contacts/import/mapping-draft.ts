import type { z } from 'zod';
import type { ContactListView, CsvPreview } from '../../../../shared/contacts/contact-types';
import { chooseCountry, type CountrySource } from '../../../../shared/contacts/country-rule';
import type { ImportPreview } from '../../../../shared/contacts/import-types';
import { toSnakeCase as toFieldName } from '../../../../shared/contacts/field-names';
import type { importSettingsSchema } from '../../../../shared/contract/contacts-contract';
import { fileStem } from '../csv-labels';

/** One CSV column in the mapping step. */
export interface FieldDraft {
  readonly include: boolean;
  /** As the user typed it; normalised to snake_case when shown and sent. */
  readonly name: string;
}

export interface MappingDraft {
  readonly phoneColumn: number | null;
  /** One entry per column, the phone column's included. */
  readonly fields: readonly FieldDraft[];
  readonly target: 'new' | 'existing';
  readonly newListName: string;
  readonly listId: number | null;
  readonly defaultCountry: string | null;
  /** Where the preset country came from; null once the user picked one. */
  readonly countrySource: CountrySource | null;
}

export interface MappingErrors {
  readonly phone?: string;
  readonly newListName?: string;
  readonly listId?: string;
  /** Column index → why its field name is refused. */
  readonly fields: Readonly<Record<number, string>>;
}

export type ImportSettings = z.input<typeof importSettingsSchema>;

/** "First Name" for a file with headers, "Column 3" for one without. */
export function columnLabel(preview: CsvPreview, index: number): string {
  const header = preview.hasHeader ? preview.headers[index]?.trim() : '';
  return header || `Column ${index + 1}`;
}

/** A name not taken by another list: "customers", then "customers (2)"… */
function freeName(base: string, lists: readonly ContactListView[]): string {
  const taken = new Set(lists.map((l) => l.name));
  const stem = base.slice(0, 90) || 'Imported contacts';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})`)) return `${stem} (${n})`;
}

/**
 * Every column but the phone becomes a merge field, named as the engine proposed. The default
 * country follows the country rule: the target list's, else the last one used, Settings', the
 * locale's (the file's own guess is offered next to it, not applied).
 */
export function initialMapping(
  preview: ImportPreview,
  fileName: string,
  lists: readonly ContactListView[],
  listId: number | null,
  target: 'list' | 'optOuts',
): MappingDraft {
  const fields = Array.from({ length: preview.columnCount }, (_, i) => ({
    include: true,
    name: preview.fieldNames[i] ?? `column_${i + 1}`,
  }));
  const existing = listId === null ? undefined : lists.find((l) => l.id === listId);
  const { country, source } = chooseCountry({
    list: target === 'list' ? existing?.defaultCountry : null,
    lastUsed: preview.countries.lastUsed,
    setting: preview.countries.setting,
    locale: preview.countries.locale,
  });
  return {
    phoneColumn: preview.phoneColumn ?? (preview.columnCount === 1 ? 0 : null),
    fields,
    target: existing ? 'existing' : 'new',
    newListName: freeName(fileStem(fileName), lists),
    listId: existing?.id ?? lists[0]?.id ?? null,
    defaultCountry: country,
    countrySource: source,
  };
}

export function mappingErrors(
  draft: MappingDraft,
  lists: readonly ContactListView[],
  target: 'list' | 'optOuts' = 'list',
): MappingErrors {
  const fields: Record<number, string> = {};
  const seen = new Map<string, number>();
  draft.fields.forEach((field, index) => {
    if (!field.include || index === draft.phoneColumn) return;
    const name = toFieldName(field.name);
    if (name === '') {
      fields[index] = 'Use at least one letter or digit.';
      return;
    }
    if (name.length > 64) {
      fields[index] = 'Keep it under 64 characters.';
      return;
    }
    if (seen.has(name)) fields[index] = `Another column is already named {${name}}.`;
    else seen.set(name, index);
  });
  const errors: {
    phone?: string;
    newListName?: string;
    listId?: string;
    fields: Record<number, string>;
  } = { fields };
  if (draft.phoneColumn === null) errors.phone = 'Choose the column that holds the phone numbers.';
  if (target === 'optOuts') return { phone: errors.phone, fields: {} };
  if (draft.target === 'new') {
    const name = draft.newListName.trim();
    if (name === '') errors.newListName = 'Give the list a name.';
    else if (name.length > 100) errors.newListName = 'Keep the name under 100 characters.';
    else if (lists.some((l) => l.name === name)) {
      errors.newListName = `A list named "${name}" already exists. Add to it instead, or pick another name.`;
    }
  } else if (draft.listId === null || !lists.some((l) => l.id === draft.listId)) {
    errors.listId = 'Choose the list to add the contacts to.';
  }
  return errors;
}

export function hasErrors(errors: MappingErrors): boolean {
  return (
    errors.phone !== undefined ||
    errors.newListName !== undefined ||
    errors.listId !== undefined ||
    Object.keys(errors.fields).length > 0
  );
}

/** What `contacts.startImport` needs, minus the file and read choices. */
export function mappingSettings(
  draft: MappingDraft,
  target: 'list' | 'optOuts' = 'list',
): Pick<
  ImportSettings,
  'phoneColumn' | 'fieldColumns' | 'defaultCountry' | 'listId' | 'newListName' | 'optOuts'
> {
  if (target === 'optOuts') {
    return {
      phoneColumn: draft.phoneColumn ?? 0,
      fieldColumns: {},
      defaultCountry: draft.defaultCountry,
      optOuts: true,
    };
  }
  const fieldColumns: Record<string, string> = {};
  draft.fields.forEach((field, index) => {
    if (field.include && index !== draft.phoneColumn)
      fieldColumns[String(index)] = toFieldName(field.name);
  });
  return {
    phoneColumn: draft.phoneColumn ?? 0,
    fieldColumns,
    defaultCountry: draft.defaultCountry,
    ...(draft.target === 'new'
      ? { newListName: draft.newListName.trim() }
      : { listId: draft.listId ?? 0 }),
  };
}
