import type { DatabaseSync } from 'node:sqlite';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { compileTemplate } from '../../../shared/template/compile-template';
import { appendOptOutFooter } from '../../../shared/template/opt-out-footer';
import { audienceFields } from './audience';

/** Compiles the campaign's message (template + optional opt-out footer) for its audience. */
export function compileCampaignMessage(db: DatabaseSync, campaign: Campaign) {
  const fields = audienceFields(db, campaign);
  const template = campaign.optOutFooter
    ? appendOptOutFooter(campaign.template, campaign.optOutFooter)
    : campaign.template;
  return compileTemplate(template, fields);
}
