import { startSandbox, type SandboxHandle } from '../../main/sandbox/start-sandbox';
import { expect, test } from './fixtures';
import { addStream, openStreams, streamCard } from './streams-steps';

// These need the engine's streams:sendTest / streams:testStatus / sandbox:configure methods.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

test('a test message to the Sandbox is accepted, with its uuid and delivery status', async ({
  page,
  app,
}) => {
  await openStreams(page, app);
  const open = streamCard(page, 'Sandbox').getByRole('button', {
    name: 'Send test message from Sandbox',
  });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Send a test message from Sandbox' });
  const phone = dialog.getByLabel('Phone number');
  await expect(phone).toBeFocused();
  await expect(dialog.getByLabel('Message')).toHaveValue('Test message from Peaksend');

  // An empty number is refused next to the field, before anything is sent.
  await dialog.getByRole('button', { name: 'Send test message' }).click();
  await expect(phone).toHaveAccessibleDescription(/Enter a phone number/);

  await phone.fill('+44 7911 123456');
  await dialog.getByRole('button', { name: 'Send test message' }).click();
  const outcome = dialog.getByRole('status');
  await expect(outcome.getByText('Accepted by CommPeak')).toBeVisible();
  await expect(outcome.getByText('+447911123456')).toBeVisible();
  await expect(outcome.locator('code')).toHaveText(UUID);
  await expect(outcome.getByText(/Delivery status: Delivered/)).toBeVisible({ timeout: 20_000 });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect(streamCard(page, 'Sandbox').getByText('OK', { exact: true })).toBeVisible();
});

test.describe('against a sandbox on loopback', () => {
  let sandbox: SandboxHandle;
  test.beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, tokens: ['the-right-token'] });
  });
  test.afterEach(async () => {
    await sandbox.close();
  });

  test('a token the server refuses is explained in plain words', async ({ page, app }) => {
    await openStreams(page, app);
    await addStream(page, {
      name: 'Wrong token',
      token: 'not-the-token',
      baseUrl: sandbox.baseUrl,
    });
    const card = streamCard(page, 'Wrong token');
    await card.getByRole('button', { name: 'Send test message from Wrong token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send a test message from Wrong token' });
    await dialog.getByLabel('Phone number').fill('+447911123456');
    await dialog.getByRole('button', { name: 'Send test message' }).click();
    await expect(
      dialog.getByRole('status').getByText('CommPeak refused the token (403 Not authenticated)'),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(card.getByText('Token refused')).toBeVisible();
    expect(sandbox.received()).toHaveLength(0);
  });
});

test('the Sandbox profile can be switched', async ({ page, app }) => {
  await openStreams(page, app);
  const select = streamCard(page, 'Sandbox').getByLabel('Sandbox profile');
  await select.selectOption('flaky');
  await expect(
    page.getByRole('status').getByText('The Sandbox now behaves “flaky”.'),
  ).toBeVisible();
  await expect(select).toHaveValue('flaky');
  await page.reload();
  await expect(streamCard(page, 'Sandbox').getByLabel('Sandbox profile')).toHaveValue('flaky');
});
