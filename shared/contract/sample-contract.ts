import { z } from 'zod';
import type { Campaign } from '../campaigns/campaign-types';
import { method } from './define';

/** What "Try it with the Sandbox" made. */
export interface SampleCampaign {
  readonly campaign: Campaign;
  readonly listId: number;
  /** Where the fictional numbers are (chosen where it is daytime). */
  readonly country: string;
}

export const sampleMethods = {
  /** First run: a list of fictional numbers and a Sandbox campaign, opened at its Review. */
  'campaigns:createSample': method(z.undefined()).returns<SampleCampaign>(),
};
