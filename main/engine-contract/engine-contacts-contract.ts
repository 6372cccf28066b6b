import { z } from 'zod';
import {
  csvDelimiters,
  csvEncodings,
  listExportFormats,
  type SuppressionImportView,
} from '../../shared/contacts/contact-types';
import type { ImportPreview } from '../../shared/contacts/import-types';
import {
  contactsPassThroughMethods,
  importSettingsSchema,
} from '../../shared/contract/contacts-contract';
import { method } from '../../shared/contract/define';

const pathRead = {
  path: z.string().min(1),
  encoding: z.enum(csvEncodings).optional(),
  delimiter: z.enum(csvDelimiters).optional(),
  hasHeader: z.boolean().optional(),
  sheet: z.number().int().min(0).max(10_000).optional(),
};

/**
 * Contacts and opt-outs: the renderer's pass-through calls (the same definitions), plus the
 * path-based ones main makes after turning a file id into the path behind it.
 */
export const engineContactsMethods = {
  ...contactsPassThroughMethods,
  'contacts:previewPath': method(z.object(pathRead)).returns<ImportPreview>(),
  'contacts:startImportPath': method(
    importSettingsSchema.omit({ fileId: true }).extend({ path: z.string().min(1) }),
  ).returns<{ importId: string }>(),
  'suppressions:importPath': method(
    z.object({
      ...pathRead,
      phoneColumn: z.number().int().min(0).optional(),
      note: z.string().optional(),
      defaultCountry: z.string().nullable().optional(),
    }),
  ).returns<SuppressionImportView>(),
  'contacts:exportListTo': method(
    z.object({
      listId: z.number().int().positive(),
      format: z.enum(listExportFormats),
      path: z.string().min(1),
    }),
  ).returns<{ path: string; rows: number }>(),
  'contacts:exportIssuesTo': method(
    z.object({ runId: z.number().int().positive(), path: z.string().min(1) }),
  ).returns<{ path: string; rows: number }>(),
};
