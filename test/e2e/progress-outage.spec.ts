import { freePort } from '../support/cli-runs';
import { expect, test } from './fixtures';
import { countValue, prepareCampaign, startCampaign, statusBadge } from './progress-steps';
import { streamCard } from './streams-steps';

test('an outage reads as waiting, not progress; deleting the stream pauses the campaign first', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  // Nothing listens on this port: every request is refused before it reaches anybody.
  const port = await freePort();
  const id = await prepareCampaign(page, app, {
    recipients: 40,
    name: 'Spring sale',
    stream: { baseUrl: `http://127.0.0.1:${port}`, token: 'tok_outage_0001' },
  });
  await startCampaign(page, id);

  // After 15 s without a message handed over: "Waiting", what and since when, no time left.
  await expect(statusBadge(page, 'Waiting')).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByText(
      new RegExp(`^Waiting: Connection refused at 127\\.0\\.0\\.1:${port} since \\d\\d:\\d\\d`),
    ),
  ).toBeVisible();
  await expect(page.getByText('Time left: —')).toBeVisible();
  // Refused attempts are to be retried, not failed recipients.
  await expect(page.getByText(/to retry$/).first()).toBeVisible();
  expect(await countValue(page, 'Undelivered / failed')).toBe(0);

  // The stream goes: the dialog names the campaign, which is paused first and says why.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Streams' })
    .click();
  await expect(page.getByRole('listitem', { name: 'Stream Sandbox' })).toBeVisible();
  await streamCard(page, 'Test stream').getByRole('button', { name: 'Delete Test stream' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the stream “Test stream”?' });
  await expect(dialog.getByText('Sending now through it: “Spring sale”.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete stream' }).click();
  await expect(
    page
      .getByRole('status')
      .getByText('Stream “Test stream” deleted; “Spring sale” was paused first.'),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Campaigns' })
    .click();
  await page.getByRole('button', { name: 'Open Spring sale' }).click();
  await expect(statusBadge(page, 'Paused')).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'Sending paused' });
  await expect(banner).toContainText('Paused before its stream “Test stream” was deleted.');
});
