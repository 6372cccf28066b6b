import { startSandbox } from '../../main/sandbox/start-sandbox';
import { expect, test } from './fixtures';
import { addStream, openStreams, streamCard } from './streams-steps';

test('after "Replace token" the old token’s "Token refused" no longer shows', async ({
  page,
  app,
}) => {
  const sandbox = await startSandbox({ port: 0, tokens: ['the-right-token'] });
  try {
    await openStreams(page, app);
    await addStream(page, { name: 'Rotated', token: 'the-old-token', baseUrl: sandbox.baseUrl });
    const card = streamCard(page, 'Rotated');
    const sendTest = async () => {
      await card.getByRole('button', { name: 'Send test message from Rotated' }).click();
      const dialog = page.getByRole('dialog', { name: 'Send a test message from Rotated' });
      await dialog.getByLabel('Phone number').fill('+447911123456');
      await dialog.getByRole('button', { name: 'Send test message' }).click();
      await expect(dialog.getByRole('status')).toBeVisible();
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    };
    await sendTest();
    await expect(card.getByText('Token refused')).toBeVisible();

    await card.getByRole('button', { name: 'Replace token for Rotated' }).click();
    const replace = page.getByRole('dialog', { name: 'Replace the token of Rotated' });
    await replace.getByLabel('New token').fill('the-right-token');
    const unprotected = replace.getByLabel('Store the token unprotected');
    if (await unprotected.isVisible()) await unprotected.check();
    await replace.getByRole('button', { name: 'Replace token' }).click();
    await expect(replace).toBeHidden();
    await expect(card.getByText('Token refused')).toHaveCount(0);
    await page.reload();
    await expect(card.getByText('Token refused')).toHaveCount(0);
    await expect(card.getByText('Never used')).toBeVisible();

    // The new token's own first call sets the status again.
    await sendTest();
    await expect(card.getByText('OK', { exact: true })).toBeVisible();
  } finally {
    await sandbox.close();
  }
});
