import type { PreflightReport } from '../../../../../shared/campaigns/campaign-types';

/** Everything that must be fixed before the Send button works, in plain words. */
export function sendBlockers(
  report: PreflightReport,
  hasStream: boolean,
  scheduleProblem: string | null,
): string[] {
  const out: string[] = [];
  if (!hasStream) out.push('Choose a stream in the Message step.');
  for (const e of report.templateErrors) out.push(`Message: ${e}`);
  if (report.recipients === 0) {
    out.push(
      report.suppressed > 0
        ? 'Everyone in the audience is on the opt-out list.'
        : 'The audience is empty: choose a list with contacts.',
    );
  }
  for (const c of report.compliance) {
    if (c.severity !== 'error') continue;
    out.push(
      c.rule === 'quiet_hours'
        ? `${c.message} Or turn on “Respect quiet hours” so each message waits for morning.`
        : c.message,
    );
  }
  if (scheduleProblem) out.push(scheduleProblem);
  return out;
}
