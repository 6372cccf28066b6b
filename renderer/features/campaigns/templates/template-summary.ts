import type { MessageTemplate } from '../../../../shared/campaigns/message-template';
import { plural } from '../../../lib/format';

/** "2 variants · tests on 20 % first · links tagged". */
export function templateSummary(t: MessageTemplate): string {
  const m = t.message;
  const parts = [m.variants.length === 1 ? 'One message' : plural(m.variants.length, 'variant')];
  if (m.variants.length > 1) {
    if (m.split.kind === 'test') parts.push(`tests on ${m.split.testPercent} % first`);
    else if (m.split.kind === 'custom') parts.push(`shares ${m.split.percents.join(' / ')} %`);
    else parts.push('equal shares');
  }
  if (m.optOutFooter) parts.push('opt-out footer');
  if (m.utm.enabled) parts.push('links tagged');
  return parts.join(' · ');
}

/** The first variant's text, cut for a list. */
export function templateExcerpt(t: MessageTemplate, max = 120): string {
  const text = (t.message.variants[0]?.template ?? '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
