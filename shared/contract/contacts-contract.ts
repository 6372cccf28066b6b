import { z } from 'zod';
import type {
  AddSuppressionsView,
  ContactListView,
  ContactPageView,
  ImportFinishedEvent,
  ImportOutcomeView,
  ImportProgressEvent,
  RowIssueView,
  SuppressionImportView,
  SuppressionView,
} from '../contacts/contact-types';
import {
  csvDelimiters,
  csvEncodings,
  issueKinds,
  listExportFormats,
  type ContactView,
} from '../contacts/contact-types';
import type { ImportPreview, ListCountryChange } from '../contacts/import-types';
import { event, method } from './define';
import { segmentsPassThroughMethods } from './segments-contract';

const listId = z.number().int().positive();
const country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter country code, e.g. DE.')
  .nullable();
const csvReadSchema = z.object({
  fileId: z.string().min(1).max(100),
  encoding: z.enum(csvEncodings).optional(),
  delimiter: z.enum(csvDelimiters).optional(),
  hasHeader: z.boolean().optional(),
  /** A spreadsheet's sheet (index into the preview's `sheets`). */
  sheet: z.number().int().min(0).max(10_000).optional(),
});
const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
};

export const importSettingsSchema = csvReadSchema.extend({
  listId: listId.optional(),
  newListName: z.string().trim().min(1, 'Give the list a name.').max(100).optional(),
  /** Into the opt-out list instead of a contact list (then no list and no fields). */
  optOuts: z.literal(true).optional(),
  phoneColumn: z.number().int().min(0),
  /** Column index (as a string) → merge-field name. */
  fieldColumns: z.record(z.string().regex(/^\d+$/), z.string().min(1).max(64)),
  defaultCountry: country,
});

/** One contact as the add/edit form sends it; the engine normalises and checks the phone. */
const contactInput = {
  listId,
  phone: z.string().trim().min(1, 'Type a phone number.').max(40),
  fields: z.record(z.string().min(1).max(64), z.string().max(2000)),
};

/** Calls main forwards to the engine unchanged (no file paths involved). */
export const contactsPassThroughMethods = {
  ...segmentsPassThroughMethods,
  'contacts:add': method(z.object(contactInput)).returns<ContactView>(),
  'contacts:update': method(
    z.object({ ...contactInput, id: z.number().int().positive() }),
  ).returns<ContactView>(),
  'contacts:lists': method(z.undefined()).returns<ContactListView[]>(),
  'contacts:query': method(
    z.object({ listId, search: z.string().max(100).default(''), ...paging }),
  ).returns<ContactPageView>(),
  'contacts:deleteContacts': method(
    z.object({ listId, ids: z.array(z.number().int().positive()).min(1).max(10_000) }),
  ).returns<{ deleted: number }>(),
  'contacts:renameList': method(
    z.object({ id: listId, name: z.string().trim().min(1, 'Give the list a name.').max(100) }),
  ).returns<ContactListView>(),
  /** Names of the campaigns that use the list, for the delete confirmation. */
  'contacts:listUsage': method(z.object({ id: listId })).returns<{ campaigns: string[] }>(),
  'contacts:deleteList': method(z.object({ id: listId })).returns<void>(),
  /**
   * A list's default country; its numbers written without a country code are read again with
   * it. `apply: false` only reports what would change.
   */
  'contacts:setListCountry': method(
    z.object({ id: listId, country, apply: z.boolean() }),
  ).returns<ListCountryChange>(),
  'contacts:cancelImport': method(
    z.object({ importId: z.string().min(1).max(100) }),
  ).returns<void>(),
  /** What became of an import (asked after the engine restarted under it). */
  'contacts:importOutcome': method(
    z.object({ importId: z.string().min(1).max(100) }),
  ).returns<ImportOutcomeView>(),
  'contacts:importIssues': method(
    z.object({
      runId: z.number().int().positive(),
      kind: z.enum(issueKinds).optional(),
      ...paging,
    }),
  ).returns<{ rows: RowIssueView[]; total: number }>(),
  'suppressions:list': method(
    z.object({ search: z.string().max(40).default(''), ...paging }),
  ).returns<{ rows: SuppressionView[]; total: number }>(),
  'suppressions:add': method(
    z.object({
      phones: z.array(z.string().min(1).max(40)).min(1).max(10_000),
      note: z.string().max(200).nullable().default(null),
      defaultCountry: country.default(null),
    }),
  ).returns<AddSuppressionsView>(),
  'suppressions:remove': method(z.object({ phone: z.string().min(1).max(40) })).returns<{
    removed: boolean;
  }>(),
};

/** Calls that name a chosen file: main turns the file id into its path for the engine. */
export const contactsFileMethods = {
  'contacts:previewFile': method(csvReadSchema).returns<ImportPreview>(),
  /** Starts an import; progress and the report arrive as events with the returned id. */
  'contacts:startImport': method(importSettingsSchema).returns<{ importId: string }>(),
  'suppressions:importFile': method(
    csvReadSchema.extend({
      phoneColumn: z.number().int().min(0).optional(),
      note: z.string().max(200).optional(),
      /** For numbers written without a country code. */
      defaultCountry: country.optional(),
    }),
  ).returns<SuppressionImportView>(),
  /** Save dialog in main, then the engine writes the list there; null when the user cancels. */
  'contacts:exportList': method(z.object({ listId, format: z.enum(listExportFormats) })).returns<{
    path: string;
    rows: number;
  } | null>(),
  /** Save dialog in main, then the engine writes the report CSV there. */
  'contacts:exportIssues': method(z.object({ runId: z.number().int().positive() })).returns<{
    path: string;
    rows: number;
  } | null>(),
};

export const contactsMethods = { ...contactsPassThroughMethods, ...contactsFileMethods };

export const contactsEvents = {
  'contacts:importProgress': event<ImportProgressEvent>(),
  'contacts:importFinished': event<ImportFinishedEvent>(),
};
