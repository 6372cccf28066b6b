import type { DatabaseSync } from 'node:sqlite';
import { effectiveSenderRules } from '../../../shared/compliance/sender-rules';
import type { Handlers } from '../../../shared/contract/dispatcher';
import { SANDBOX_STREAM_ID } from '../../../shared/streams/stream-types';
import type { engineSampleMethods } from '../../engine-contract/engine-sample-contract';
import type { CampaignStore } from '../campaigns/campaign-store';
import { QuietHours } from '../campaigns/quiet-hours';
import { planSample, SAMPLE_CAMPAIGN_NAME, SAMPLE_TEMPLATE } from '../campaigns/sample-campaign';
import { createSampleList } from '../contacts/sample-list';
import { inTransaction } from '../db/transaction';
import type { SettingsStore } from '../settings/settings-store';

export interface SampleEngineDeps {
  readonly db: DatabaseSync;
  readonly campaigns: CampaignStore;
  readonly settings: SettingsStore;
  readonly now: () => number;
}

export function sampleEngineHandlers(d: SampleEngineDeps): Handlers<typeof engineSampleMethods> {
  return {
    'campaigns:createSample': ({ defaultSender }) => {
      const plan = planSample(
        new QuietHours(d.settings.quietHours()),
        effectiveSenderRules(d.settings.senderRuleOverrides()),
        defaultSender,
        d.now(),
      );
      return inTransaction(d.db, () => {
        const list = createSampleList(d.db, plan.country, plan.contacts);
        const created = d.campaigns.create(SAMPLE_CAMPAIGN_NAME, {
          streamId: SANDBOX_STREAM_ID,
          sender: plan.sender,
          template: SAMPLE_TEMPLATE,
          listIds: [list.id],
          quietHours: true,
          draftStep: 'review',
        });
        // Complete (message, audience, stream): ready, as an edit in the editor would make it.
        const campaign = d.campaigns.setStatus(created.id, 'ready');
        return { campaign, listId: list.id, country: plan.country };
      });
    },
  };
}
