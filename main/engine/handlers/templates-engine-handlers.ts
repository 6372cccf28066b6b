import type { DatabaseSync } from 'node:sqlite';
import type { Handlers } from '../../../shared/contract/dispatcher';
import { AppFailure } from '../../../shared/contract/result';
import type { engineTemplatesMethods } from '../../engine-contract/engine-templates-contract';
import { messageOf, syncReadiness } from '../campaigns/campaign-readiness';
import type { CampaignStore } from '../campaigns/campaign-store';
import type { TemplateStore } from '../campaigns/template-store';

export interface TemplatesEngineDeps {
  readonly db: DatabaseSync;
  readonly campaigns: CampaignStore;
  readonly templates: TemplateStore;
}

/** Templates: saved from a campaign's message, and turned back into one. */
export function templatesEngineHandlers(
  d: TemplatesEngineDeps,
): Handlers<typeof engineTemplatesMethods> {
  return {
    'templates:list': () => d.templates.list(),
    'templates:save': ({ campaignId, name, replace }) =>
      d.templates.save(name, messageOf(d.campaigns.get(campaignId)), replace),
    'templates:rename': ({ id, name }) => d.templates.rename(id, name),
    'templates:delete': ({ id }) => d.templates.delete(id),
    'templates:newCampaign': ({ id, name }) => {
      const t = d.templates.get(id);
      // Starts on the Audience step: the template brings the message, not who gets it.
      const c = d.campaigns.create(name ?? t.name, { ...t.message, draftStep: 'audience' });
      return syncReadiness(d.db, d.campaigns, c);
    },
    'templates:apply': ({ id, campaignId }) => {
      const t = d.templates.get(id);
      const c = d.campaigns.get(campaignId);
      if (c.status !== 'draft' && c.status !== 'ready') {
        throw new AppFailure(
          'CONFLICT',
          c.status === 'scheduled'
            ? 'Unschedule the campaign before changing its message.'
            : 'This campaign has started sending; its message can no longer change.',
        );
      }
      return syncReadiness(d.db, d.campaigns, d.campaigns.update(campaignId, t.message));
    },
  };
}
