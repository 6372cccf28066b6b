import { z } from 'zod';
import type { UnreadableStreamView } from '../streams/unreadable-stream';
import { method } from './define';

/** Stream records config.json holds but Peaksend cannot read (shown, kept, removable). */
export const streamRecordsMethods = {
  'streams:unreadable': method(z.undefined()).returns<UnreadableStreamView[]>(),
  /** Removes an unreadable record for good (after "enter its token again", or on request). */
  'streams:removeUnreadable': method(
    z.object({ key: z.string().regex(/^[0-9a-f]{16}$/) }),
  ).returns<void>(),
};
