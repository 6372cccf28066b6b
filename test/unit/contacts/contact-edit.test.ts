import { describe, expect, it } from 'vitest';
import { addContact, updateContact } from '../../../main/engine/contacts/contact-edit';
import { createList, getList, setListShape } from '../../../main/engine/contacts/contact-list';
import { deleteContacts, queryContacts } from '../../../main/engine/contacts/contact-query';
import { addSuppressions } from '../../../main/engine/contacts/suppression-list';
import { AppFailure } from '../../../shared/contract/result';
import { tempDatabase } from '../../support/temp-database';

function ukList() {
  const { db } = tempDatabase();
  const list = createList(db, { name: 'UK customers', defaultCountry: 'GB' });
  setListShape(db, list.id, {
    columns: ['first_name', 'segment'],
    phoneColumn: 'Mobile',
    defaultCountry: 'GB',
  });
  return { db, listId: list.id };
}

function failure(fn: () => unknown): AppFailure {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('single contacts', () => {
  it('adds a contact in local format with the list country, with every field of the list', () => {
    const { db, listId } = ukList();
    const before = getList(db, listId).updatedAt;
    const added = addContact(db, {
      listId,
      phone: '07898 687277',
      fields: { first_name: 'Amélie' },
    });
    expect(added).toMatchObject({
      phone: '+447898687277',
      country: 'GB',
      fields: { first_name: 'Amélie', segment: '' },
      optedOut: false,
      warning: null,
      sourceRow: null,
    });
    expect(getList(db, listId)).toMatchObject({ contactCount: 1 });
    expect(getList(db, listId).updatedAt >= before).toBe(true);
    expect(queryContacts(db, listId, { search: 'amelie' }).total).toBe(1);
  });

  it('refuses an unreadable number and a repeat with messages for the phone field', () => {
    const { db, listId } = ukList();
    const bad = failure(() => addContact(db, { listId, phone: '12', fields: {} }));
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.fields?.phone).toBe('"12" is too short to be a phone number.');
    addContact(db, { listId, phone: '+44 7898 687277', fields: {} });
    const repeat = failure(() => addContact(db, { listId, phone: '07898687277', fields: {} }));
    expect(repeat.code).toBe('CONFLICT');
    expect(repeat.fields?.phone).toBe('+447898687277 is already in “UK customers”.');
    const unknown = failure(() =>
      addContact(db, { listId, phone: '07898687278', fields: { city: 'Leeds' } }),
    );
    expect(unknown.fields?.['fields.city']).toBe('“UK customers” has no field “city”.');
    expect(getList(db, listId).contactCount).toBe(1);
  });

  it('adds an opted-out number and shows it as opted out', () => {
    const { db, listId } = ukList();
    addSuppressions(db, ['+447898687277'], { source: 'manual' });
    const added = addContact(db, { listId, phone: '07898687277', fields: {} });
    expect(added.optedOut).toBe(true);
    expect(queryContacts(db, listId).rows[0]?.optedOut).toBe(true);
  });

  it('edits phone and fields with the same checks, and keeps search in step', () => {
    const { db, listId } = ukList();
    const a = addContact(db, { listId, phone: '07898687277', fields: { first_name: 'Ann' } });
    const b = addContact(db, { listId, phone: '07898687278', fields: { first_name: 'Bo' } });
    const edited = updateContact(db, {
      listId,
      id: a.id,
      phone: '+44 7898 687279',
      fields: { first_name: 'Zoë', segment: 'gold' },
    });
    expect(edited).toMatchObject({ id: a.id, phone: '+447898687279', fields: { segment: 'gold' } });
    expect(queryContacts(db, listId, { search: 'zoe' }).rows.map((r) => r.id)).toEqual([a.id]);
    expect(queryContacts(db, listId, { search: 'ann' }).total).toBe(0);
    // Keeping its own number is not a repeat; taking another contact's is.
    expect(updateContact(db, { listId, id: b.id, phone: '07898687278', fields: {} }).phone).toBe(
      '+447898687278',
    );
    const taken = failure(() =>
      updateContact(db, { listId, id: b.id, phone: '07898687279', fields: {} }),
    );
    expect(taken.code).toBe('CONFLICT');
    expect(
      failure(() => updateContact(db, { listId, id: 999, phone: '07898687270', fields: {} })).code,
    ).toBe('NOT_FOUND');
    expect(deleteContacts(db, listId, [a.id])).toBe(1);
    expect(queryContacts(db, listId).rows.map((r) => r.id)).toEqual([b.id]);
  });
});
