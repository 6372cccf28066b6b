import { z } from 'zod';

/**
 * A segment: one list filtered by conditions on its fields, combined with all/any. Conditions are
 * data; the engine compiles them to parameterised SQL in one module (main/engine/segments/), so
 * nothing the user types ever becomes SQL text.
 *
 * Values are compared folded (case and accents ignored, see `foldText`), like the search box.
 */
export const segmentOperators = ['equals', 'isOneOf', 'contains', 'isEmpty', 'isNotEmpty'] as const;
export type SegmentOperator = (typeof segmentOperators)[number];

/** Merge-field names: letters, digits and underscores in any script (see field-names.ts). */
export const segmentFieldSchema = z
  .string()
  .regex(/^[\p{L}\p{N}_]{1,64}$/u, 'Choose one of the list’s fields.');

const value = z.string().max(200, 'Keep a value under 200 characters.');

export const segmentConditionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('equals'), field: segmentFieldSchema, value }),
  z.object({
    op: z.literal('isOneOf'),
    field: segmentFieldSchema,
    values: z.array(value).min(1, 'Give at least one value.').max(200),
  }),
  z.object({
    op: z.literal('contains'),
    field: segmentFieldSchema,
    value: value.refine((v) => v.trim() !== '', 'Type the text to look for.'),
  }),
  z.object({ op: z.literal('isEmpty'), field: segmentFieldSchema }),
  z.object({ op: z.literal('isNotEmpty'), field: segmentFieldSchema }),
]);
export type SegmentCondition = z.infer<typeof segmentConditionSchema>;

export const segmentMatchSchema = z.enum(['all', 'any']);
export type SegmentMatch = z.infer<typeof segmentMatchSchema>;

/** What a segment selects; also what the live count is asked for. */
export const segmentFilterSchema = z.object({
  listId: z.number().int().positive(),
  match: segmentMatchSchema,
  conditions: z.array(segmentConditionSchema).max(20, 'Use at most 20 conditions.'),
});
export type SegmentFilter = z.infer<typeof segmentFilterSchema>;

export const segmentNameSchema = z.string().trim().min(1, 'Give the segment a name.').max(100);

export interface SegmentView extends SegmentFilter {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}
