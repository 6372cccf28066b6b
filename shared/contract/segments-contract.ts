import { z } from 'zod';
import {
  segmentFilterSchema,
  segmentNameSchema,
  type SegmentView,
} from '../contacts/segment-types';
import { method } from './define';

const segmentId = z.number().int().positive();

/** Saved segments and the live count; main forwards them to the engine unchanged. */
export const segmentsPassThroughMethods = {
  /** Every saved segment, or one list's. */
  'segments:list': method(
    z.object({ listId: z.number().int().positive().optional() }).optional(),
  ).returns<SegmentView[]>(),
  /** How many of the list's contacts the conditions select, counted in SQL. */
  'segments:count': method(segmentFilterSchema).returns<{ count: number; total: number }>(),
  /** Creates a segment (no id) or replaces one. */
  'segments:save': method(
    segmentFilterSchema.extend({ id: segmentId.optional(), name: segmentNameSchema }),
  ).returns<SegmentView>(),
  'segments:delete': method(z.object({ id: segmentId })).returns<void>(),
  /** Names of the campaigns that send to the segment or leave it out. */
  'segments:usage': method(z.object({ id: segmentId })).returns<{ campaigns: string[] }>(),
};
