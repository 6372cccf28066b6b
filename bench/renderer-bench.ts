import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';
import { benchHost } from './bench-host';
import { recordFrameWork } from './frames';
import { percentile } from './stats';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}

/**
 * Frame intervals (rAF deltas) and main-thread work per frame, p95 and longest of each; the
 * work also in thread (CPU) time, which a busy machine inflates less.
 */
function summary({ deltas, work, cpu }: { deltas: number[]; work: number[]; cpu: number[] }) {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    p95: percentile(deltas, 95),
    max: Math.max(...deltas),
    workP95: Math.round(percentile(work, 95) * 100) / 100,
    workMax: Math.round(Math.max(0, ...work) * 100) / 100,
    cpuP95: round(percentile(cpu, 95)),
    cpuMax: round(Math.max(0, ...cpu)),
    frames: deltas.length,
  };
}

/** Frame times while scrolling the contact table of a 1,000,000-row list. */
export async function scrollFrames(browser: Browser, dataDir: string, listName: string) {
  const host = await benchHost(dataDir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${host.url}#contacts`);
    await page.getByText(listName, { exact: false }).first().click();
    await page.waitForTimeout(1500);
    return summary(await recordFrameWork(browser, page, 4000, 'scroll-largest'));
  } finally {
    await page.close();
    await host.close();
  }
}

/** Frame times on the progress page while a campaign sends and pushes progress updates. */
export async function progressFrames(browser: Browser, dataDir: string, listId: number) {
  const host = await benchHost(dataDir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await host.call('streams:update', {
      id: 'sandbox',
      name: 'Sandbox',
      type: 'marketing',
      defaultSender: 'Peaksend',
      allowedIps: [],
      baseUrl: 'https://textpeak-streams.commpeak.com',
      rateLimit: 3000,
    });
    const c = await host.call<{ id: number }>('campaigns:create', { name: 'frames bench' });
    await host.call('campaigns:update', {
      id: c.id,
      patch: {
        streamId: 'sandbox',
        template: 'Hi {first_name} Reply STOP to opt out',
        listIds: [listId],
        quietHours: false,
      },
    });
    await page.goto(`${host.url}#campaigns/progress/${c.id}`);
    await page.waitForTimeout(500);
    await host.call('campaigns:start', { id: c.id });
    await page.waitForTimeout(1000);
    const frames = await recordFrameWork(browser, page, 4000, 'idle');
    await host.call('campaigns:cancel', { id: c.id });
    return summary(frames);
  } finally {
    await page.close();
    await host.close();
  }
}
