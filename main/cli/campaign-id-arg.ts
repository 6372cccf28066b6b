import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-command';
import { parseFlags } from './parse-flags';

type Options = NonNullable<ParseArgsConfig['options']>;

const common = { 'data-dir': { type: 'string' }, json: { type: 'boolean' } } as const;

/**
 * `<campaignId> [--data-dir DIR] [--json]` plus a command's own flags, shared by every command
 * that works on one campaign (resume, retry, uncertain, status, export).
 */
export function parseCampaignArgs<O extends Options>(
  args: readonly string[],
  command: string,
  extra: O,
) {
  const { values, positionals } = parseFlags(args, { ...common, ...extra }, true);
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(id) || id <= 0) {
    throw new UsageError(`give exactly one campaign id, e.g. \`peaksend ${command} 7\``);
  }
  const flags = values as Record<string, unknown>;
  const dataDir = typeof flags['data-dir'] === 'string' ? flags['data-dir'] : undefined;
  return { id, dataDir, json: flags.json === true, values };
}

/** `<campaignId> [--data-dir DIR] [--json]`. */
export function parseCampaignCommand(args: readonly string[], command: string) {
  const { id, dataDir, json } = parseCampaignArgs(args, command, {});
  return { id, dataDir, json };
}
