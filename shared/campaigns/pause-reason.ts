import { z } from 'zod';

/**
 * Why a campaign is paused, as data. The engine decides the kind; the words are made in one
 * place (`describePauseReason`) so that no code has to recognise a reason by its text.
 */
export const pauseReasonSchema = z.discriminatedUnion('kind', [
  /** The user pressed Pause. */
  z.object({ kind: z.literal('user') }),
  /** Peaksend stopped (quit, crash, kill) while the campaign was sending. */
  z.object({ kind: z.literal('interrupted') }),
  /** The scheduled time passed while Peaksend was closed. */
  z.object({ kind: z.literal('missedSchedule'), scheduledFor: z.string() }),
  /**
   * CommPeak refused the calls: its words, redacted. `ip` when its reply spoke of an IP address
   * or ACL (the stream's allowed IPs), `auth` for the token or any other refusal, `config` for
   * the base URL or the request's shape.
   */
  z.object({
    kind: z.literal('commpeak'),
    failure: z.enum(['auth', 'ip', 'config']),
    message: z.string(),
  }),
  /**
   * Nothing could be handed to CommPeak for the run's longest wait (`--max-wait`): `reason` names
   * the obstacle ("connection refused"), `sinceIso` when the last message was handed over.
   */
  z.object({ kind: z.literal('stalled'), reason: z.string(), sinceIso: z.string() }),
  /** A scheduled start could not begin (e.g. the message no longer renders). */
  z.object({ kind: z.literal('startFailed'), message: z.string() }),
  /** The data folder's disk filled up (or became read-only) while sending. */
  z.object({
    kind: z.literal('storage'),
    fault: z.enum(['diskFull', 'readOnly', 'io']),
    freeMb: z.number().nullable(),
  }),
  /** The user deleted the stream the campaign was sending through; main paused it first. */
  z.object({ kind: z.literal('streamDeleted'), streamName: z.string() }),
  /** A test split sent its test share: the user chooses the variant the rest of them get. */
  z.object({ kind: z.literal('chooseWinner') }),
  /** Anything else that stopped the sender; the message is already user-facing. */
  z.object({ kind: z.literal('error'), message: z.string() }),
]);

export type PauseReason = z.infer<typeof pauseReasonSchema>;
export type PauseReasonKind = PauseReason['kind'];

/** The sentence the app, the CLI and notifications show for a pause. */
export function describePauseReason(reason: PauseReason): string {
  switch (reason.kind) {
    case 'user':
      return 'Paused by you.';
    case 'interrupted':
      return 'Peaksend was closed while this campaign was sending. Resume to continue.';
    case 'missedSchedule':
      return `It was scheduled for ${reason.scheduledFor}, while Peaksend was closed. Resume to send it now.`;
    case 'commpeak':
    case 'startFailed':
      return reason.message;
    case 'storage':
      return describeStoragePause(reason.fault, reason.freeMb);
    case 'stalled':
      return `Nothing could be handed to CommPeak since ${reason.sinceIso}: ${reason.reason}. Nothing was lost; resume once CommPeak can be reached.`;
    case 'streamDeleted':
      return `Paused before its stream “${reason.streamName}” was deleted. Add the stream again with its token, then Resume.`;
    case 'chooseWinner':
      return 'The test is sent. Compare the variants, then choose the one the rest of the audience gets.';
    case 'error':
      return `Sending stopped: ${reason.message}`;
  }
}

/** A pause the engine chose is news (toast, notification); one the user asked for is not. */
export function isNewsworthyPause(reason: PauseReason | null): reason is PauseReason {
  return reason !== null && reason.kind !== 'user';
}

/**
 * Reads a stored reason. Rows written before reasons were data hold plain text: they become
 * `error`-like reasons that keep their words.
 */
export function parseStoredPauseReason(stored: string | null): PauseReason | null {
  if (stored === null || stored === '') return null;
  try {
    const parsed = pauseReasonSchema.safeParse(JSON.parse(stored));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: a reason stored as text by an older version.
  }
  return { kind: 'startFailed', message: stored };
}

function describeStoragePause(
  fault: 'diskFull' | 'readOnly' | 'io',
  freeMb: number | null,
): string {
  const free = freeMb === null ? '' : ` (${freeMb} MB free)`;
  switch (fault) {
    case 'diskFull':
      return `The disk is full${free}. Free some space, then press Resume; nothing was sent twice.`;
    case 'readOnly':
      return 'Peaksend cannot write to its data folder (it is read-only). Fix its permissions, then press Resume.';
    case 'io':
      return `The disk reported an error while Peaksend was saving${free}. Check the disk, then press Resume.`;
  }
}
