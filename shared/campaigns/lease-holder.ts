import { z } from 'zod';

/**
 * Who is sending a campaign, when it is another Peaksend than the one asking: the desktop app
 * (or its browser preview) or the `peaksend` command, on this computer or another one sharing
 * the data folder. The engine fills it from the campaign's lease (DESIGN.md §3, one owner per
 * campaign); the app and the CLI word it with the functions below.
 */
export const leaseHolderSchema = z.object({
  kind: z.enum(['app', 'cli']),
  pid: z.number().int(),
  host: z.string(),
  /** When it took the campaign (epoch ms). */
  since: z.number(),
});

export type LeaseHolder = z.infer<typeof leaseHolderSchema>;

const two = (n: number) => String(n).padStart(2, '0');

/** "the CLI, pid 4242 on host build-7, since 10:02:11" (local time). */
export function describeLeaseHolder(holder: LeaseHolder): string {
  const at = new Date(holder.since);
  const clock = `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
  const who = holder.kind === 'cli' ? 'the CLI' : 'the app';
  return `${who}, pid ${holder.pid} on host ${holder.host}, since ${clock}`;
}

/** The CAMPAIGN_BUSY message: names the campaign and its holder. */
export function campaignBusyMessage(campaignId: number, holder: LeaseHolder): string {
  return `Campaign ${campaignId} is being sent by another Peaksend (${describeLeaseHolder(holder)}).`;
}
