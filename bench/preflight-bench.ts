import type { PreflightReport } from '../shared/campaigns/campaign-types';
import { benchHost } from './bench-host';
import { runWorker } from './child';

export const PREFLIGHT_TEMPLATE =
  'Hi {first_name|there}, {city} store sale: 20% off for customer {customer_id}! Reply STOP to opt out';

/** Renders and segment-counts every recipient of `listId` through the real path (fresh engine). */
export async function preflightRun(dataDir: string, listId: number) {
  const host = await benchHost(dataDir);
  try {
    const c = await host.call<{ id: number }>('campaigns:create', { name: 'preflight bench' });
    await host.call('campaigns:update', {
      id: c.id,
      patch: {
        streamId: 'sandbox',
        template: PREFLIGHT_TEMPLATE,
        listIds: [listId],
        quietHours: true,
      },
    });
    const t0 = performance.now();
    const report = await host.call<PreflightReport>('campaigns:preflight', { id: c.id });
    const seconds = (performance.now() - t0) / 1000;
    const health = await host.engine.invoke('engine:health', undefined);
    const peakRssMb = health.ok ? (health.value as { maxRssMb: number }).maxRssMb : 0;
    await host.call('campaigns:delete', { id: c.id });
    const floor = await runWorker<{ seconds: number }>('bench/preflight-floor.ts', [
      dataDir,
      String(listId),
      PREFLIGHT_TEMPLATE,
    ]);
    return { seconds, recipients: report.recipients, peakRssMb, floorSeconds: floor.seconds };
  } finally {
    await host.close();
  }
}
