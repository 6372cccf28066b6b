import { z } from 'zod';
import { method } from '../../shared/contract/define';
import type { SampleCampaign } from '../../shared/contract/sample-contract';

/** Main adds the Sandbox's default sender (it keeps the stream records). */
export const engineSampleMethods = {
  'campaigns:createSample': method(
    z.object({ defaultSender: z.string() }),
  ).returns<SampleCampaign>(),
};
