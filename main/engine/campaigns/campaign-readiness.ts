import type { DatabaseSync } from 'node:sqlite';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { splitProblem } from '../../../shared/campaigns/message-variants';
import { hasAudience } from './audience';
import type { CampaignStore } from './campaign-store';
import { compileCampaignVariants, firstMessageError } from './compile-campaign-message';

/**
 * Complete means it would render: every variant has text with no unknown fields or broken
 * braces for this audience, the split fits the variants, and an audience and a stream are set.
 */
export function isReady(db: DatabaseSync, c: Campaign): boolean {
  return (
    c.variants.every((v) => v.template.trim() !== '') &&
    splitProblem(c.split, c.variants.length) === null &&
    hasAudience(c) &&
    c.streamId !== null &&
    firstMessageError(compileCampaignVariants(db, c)) === null
  );
}

/** A draft whose message, audience and stream are complete is "ready", and back. */
export function syncReadiness(db: DatabaseSync, store: CampaignStore, c: Campaign): Campaign {
  const ready = isReady(db, c);
  if (c.status === 'draft' && ready) return store.setStatus(c.id, 'ready');
  if (c.status === 'ready' && !ready) return store.setStatus(c.id, 'draft');
  return c;
}

/** What a copy of a campaign, or a template, carries over: the message and how it is sent. */
export function messageOf(c: Campaign) {
  return {
    variants: c.variants,
    optOutFooter: c.optOutFooter,
    split: c.split,
    utm: c.utm,
  };
}
