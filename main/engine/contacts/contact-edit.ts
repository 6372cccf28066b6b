import type { DatabaseSync } from 'node:sqlite';
import type { CountryCode } from 'libphonenumber-js/max';
import type { ContactListView, ContactView } from '../../../shared/contacts/contact-types';
import { contactSearchText } from '../../../shared/contacts/search-text';
import { AppFailure } from '../../../shared/contract/result';
import { statement } from '../db/statement-cache';
import { inTransaction } from '../db/transaction';
import { invalidPhoneDetail } from '../phone/describe-invalid-phone';
import { normalizePhone, toCountryCode } from '../phone/normalize-phone';
import { getList } from './contact-list';
import { getContact } from './contact-query';

export interface ContactInput {
  readonly listId: number;
  /** As the user typed it; national forms use the list's default country. */
  readonly phone: string;
  /** Field name → value; only the list's own fields. */
  readonly fields: Readonly<Record<string, string>>;
}

const SQL = {
  insert: `INSERT INTO contacts (list_id, phone, country, fields_json, warning, created_at, search)
    VALUES (:listId, :phone, :country, :fields, :warning, :now, :search)`,
  update: `UPDATE contacts SET phone = :phone, country = :country, fields_json = :fields,
    warning = :warning WHERE list_id = :listId AND id = :id`,
  samePhone: `SELECT id FROM contacts WHERE list_id = :listId AND phone = :phone`,
  touchList: `UPDATE contact_lists SET updated_at = :now WHERE id = :listId`,
} as const;

/**
 * The country for numbers typed without a country code: the list's default, as the import uses.
 * The one place manual entry decides it, so a Settings-wide default joins here.
 */
export function manualEntryCountry(list: ContactListView): CountryCode | undefined {
  return toCountryCode(list.defaultCountry);
}

/**
 * Adds one contact to a list, checked like an imported row: the number must be usable (a
 * possible-but-unknown range is kept with a warning), the list must not have it already, and
 * the fields must be the list's. An opted-out number is added and shows as opted out; it is
 * never sent to.
 */
export function addContact(db: DatabaseSync, input: ContactInput): ContactView {
  return inTransaction(db, () => {
    const { row, search } = checkedRow(db, input, null);
    const now = new Date().toISOString();
    const { lastInsertRowid } = statement(db, SQL.insert).run({ ...row, search, now });
    statement(db, SQL.touchList).run({ listId: input.listId, now });
    return getContact(db, input.listId, Number(lastInsertRowid));
  });
}

/** Replaces a contact's phone and fields, with the same checks as adding it. */
export function updateContact(db: DatabaseSync, input: ContactInput & { id: number }): ContactView {
  return inTransaction(db, () => {
    getContact(db, input.listId, input.id);
    const { row } = checkedRow(db, input, input.id);
    // The table's trigger refreshes `search` from the new phone and fields.
    statement(db, SQL.update).run({ ...row, id: input.id });
    statement(db, SQL.touchList).run({ listId: input.listId, now: new Date().toISOString() });
    return getContact(db, input.listId, input.id);
  });
}

function checkedRow(db: DatabaseSync, input: ContactInput, exceptId: number | null) {
  const list = getList(db, input.listId);
  const country = manualEntryCountry(list);
  const phone = normalizePhone(input.phone, country);
  if (!phone.ok) {
    const message = invalidPhoneDetail(phone.reason, input.phone.trim(), country);
    throw new AppFailure('INVALID_INPUT', message, { phone: message });
  }
  const same = statement(db, SQL.samePhone).get({ listId: list.id, phone: phone.e164 });
  if (same && Number(same.id) !== exceptId) {
    const message = `${phone.e164} is already in “${list.name}”.`;
    throw new AppFailure('CONFLICT', message, { phone: message });
  }
  const fields = listFields(list, input.fields);
  const row = {
    listId: list.id,
    phone: phone.e164,
    country: phone.country,
    fields: JSON.stringify(fields),
    warning: phone.validForCountry ? null : 'not_valid_for_country',
  };
  return { row, search: contactSearchText(phone.e164, fields, list.columns) };
}

/** Every field of the list, in its order (a missing one is empty); unknown names are refused. */
function listFields(
  list: ContactListView,
  given: Readonly<Record<string, string>>,
): Record<string, string> {
  const known = new Set(list.columns);
  for (const name of Object.keys(given)) {
    if (!known.has(name)) {
      const message = `“${list.name}” has no field “${name}”.`;
      throw new AppFailure('INVALID_INPUT', message, { [`fields.${name}`]: message });
    }
  }
  return Object.fromEntries(list.columns.map((name) => [name, given[name] ?? '']));
}
