import { UsageError } from './cli-command';
import { parseFlags } from './parse-flags';

/** `<campaignId> [--data-dir DIR] [--json]`, shared by `resume` and `status`. */
export function parseCampaignCommand(args: readonly string[], command: string) {
  const { values, positionals } = parseFlags(
    args,
    { 'data-dir': { type: 'string' }, json: { type: 'boolean' } },
    true,
  );
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(id) || id <= 0) {
    throw new UsageError(`give exactly one campaign id, e.g. \`peaksend ${command} 7\``);
  }
  return { id, dataDir: values['data-dir'], json: values.json === true };
}
