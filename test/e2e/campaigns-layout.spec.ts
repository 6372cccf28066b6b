import { daytimeCountry, seed } from './campaigns-steps';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

test('at 1280×800 every row of the campaign table shows its actions whole', async ({
  page,
  app,
}) => {
  const [listId] = await seed(app, {
    lists: [
      { name: 'Customers from the spring fair in Hamburg', count: 3, country: daytimeCountry() },
    ],
  });
  await app.open(page, '#campaigns');
  await page.evaluate(async (listId) => {
    const api = window.peaksend.campaigns;
    const names = ['Spring promotion for returning customers 2026', 'Summer', 'Autumn sale'];
    let last = 0;
    for (const name of names) {
      const c = await api.create({ name });
      if (!c.ok) throw new Error(c.error.message);
      await api.update({
        id: c.value.id,
        patch: { streamId: 'sandbox', template: 'Hi Reply STOP to opt out', listIds: [listId] },
      });
      last = c.value.id;
    }
    const sent = await api.start({ id: last });
    if (!sent.ok) throw new Error(sent.error.message);
    // A scheduled one: the widest status badge.
    const later = await api.create({ name: 'Scheduled newsletter' });
    if (!later.ok) throw new Error(later.error.message);
    const at = new Date(Date.now() + 3600_000).toISOString();
    await api.update({
      id: later.value.id,
      patch: {
        streamId: 'sandbox',
        template: 'Hi Reply STOP to opt out',
        listIds: [listId],
        scheduleAt: at,
      },
    });
    const scheduled = await api.start({ id: later.value.id });
    if (!scheduled.ok) throw new Error(scheduled.error.message);
  }, listId ?? 0);
  await page.reload();
  const table = page.getByRole('table', { name: 'Campaigns' });
  const done = table.getByRole('row', { name: /Autumn sale/ });
  await expect(done.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 });

  const frame = await page.locator('.table-wrap').boundingBox();
  if (!frame) throw new Error('no table frame');
  const right = Math.min(frame.x + frame.width, 1280);
  const actions = table.locator('td.row-actions button');
  expect(await actions.count()).toBe(4 + 3 + 1); // duplicate ×4, delete ×3 unsent, archive ×1
  for (const button of await actions.all()) {
    await expect(button).toBeVisible();
    const box = await button.boundingBox();
    const name = (await button.getAttribute('aria-label')) ?? 'a row action';
    expect(box, name).not.toBeNull();
    if (!box) continue;
    // Inside the table's visible frame and the window: not clipped, not scrolled out of view.
    expect(box.x + box.width, name).toBeLessThanOrEqual(right);
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
  }
  await expect(done.getByRole('button', { name: 'Archive Autumn sale' })).toBeInViewport({
    ratio: 1,
  });
});
