/**
 * Words that tell a recipient how to stop messages. Sources: Twilio's default list (STOP,
 * STOPALL, UNSUBSCRIBE, END, QUIT, REVOKE, OPTOUT, CANCEL), AWS (ARRET, OPT-OUT), Norway's
 * UNSUB. Matched as whole words in any case, so "stopped" or "friend" do not count.
 */
export const OPT_OUT_KEYWORDS = [
  'STOP',
  'STOPALL',
  'UNSUBSCRIBE',
  'UNSUB',
  'END',
  'QUIT',
  'OPTOUT',
  'OPT-OUT',
  'OPT OUT',
  'CANCEL',
  'REVOKE',
  'ARRET',
] as const;

const OPT_OUT_PATTERN =
  /(?<![\p{L}\p{N}])(stopall|stop|unsubscribe|unsub|end|quit|opt[\s-]?out|cancel|revoke|arr[eê]t)(?![\p{L}\p{N}])/iu;

/** The opt-out word found in the text (as written), or null when there is none. */
export function findOptOutInstruction(text: string): string | null {
  const match = OPT_OUT_PATTERN.exec(text);
  return match ? (match[1] as string) : null;
}
