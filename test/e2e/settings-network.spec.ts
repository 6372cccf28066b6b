import { expect, test } from './fixtures';
import { openSettings, savedSettings } from './settings-steps';

test('the Node network stack setting is saved, says it needs a restart, and survives a reload', async ({
  page,
  app,
}) => {
  await openSettings(page, app);
  const network = page.getByRole('region', { name: 'Network' });
  const box = network.getByRole('checkbox', {
    name: 'Use Node’s network stack instead of the system’s (for proxies that misbehave)',
  });
  await expect(box).not.toBeChecked();
  await expect(box).toHaveAccessibleDescription('Takes effect after restarting Peaksend.');

  await box.check();
  await expect(page.getByText(/Restart Peaksend for it to take effect/)).toBeVisible();
  expect((await savedSettings(page)).useNodeFetch).toBe(true);
  await page.reload();
  await expect(box).toBeChecked();

  await box.uncheck();
  await expect(box).toBeEnabled();
  await page.reload();
  await expect(box).not.toBeChecked();
  expect((await savedSettings(page)).useNodeFetch).toBe(false);
});
