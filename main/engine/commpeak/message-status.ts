/** Statuses after which CommPeak will not change a message (COMMPEAK-API.md, message statuses). */
export const FINAL_STATUSES = [
  'delivered',
  'undelivered',
  'sent_failed',
  'no_routes',
  'rejected',
] as const;

export type FinalStatus = (typeof FINAL_STATUSES)[number];

const finalSet: ReadonlySet<string> = new Set(FINAL_STATUSES);

/** `sent` and any string we do not know are not final: keep polling, show them verbatim. */
export function isFinalStatus(status: string): status is FinalStatus {
  return finalSet.has(status);
}
