import { startSandbox, type SandboxHandle } from '../../main/sandbox/start-sandbox';
import { expect, test } from './fixtures';
import { countValue, prepareCampaign, startCampaign, statusBadge } from './progress-steps';

const TOKEN = 'the-right-token';

test.describe('what CommPeak says, on the progress page', () => {
  let sandbox: SandboxHandle;
  test.afterEach(async () => {
    await sandbox.close();
  });

  test('a refusal that names this computer’s IP gets the allowed-IPs advice, not the token’s', async ({
    page,
    app,
  }) => {
    sandbox = await startSandbox({
      port: 0,
      tokens: [{ token: TOKEN, allowedIps: ['203.0.113.9'] }],
    });
    const id = await prepareCampaign(page, app, {
      recipients: 20,
      stream: { baseUrl: sandbox.baseUrl, token: TOKEN },
    });
    await startCampaign(page, id);
    await expect(statusBadge(page, 'Paused')).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: 'Sending paused' });
    await expect(alert).toContainText('is not in this stream');
    await expect(alert).toContainText(
      'CommPeak refused this computer’s IP address: add it to the stream’s allowed IPs',
    );
    await expect(alert).not.toContainText('Replace the stream’s token');
    expect(await countValue(page, 'Pending')).toBe(20);
  });

  test('failed delivery-status queries show as a notice until a query works again', async ({
    page,
    app,
  }) => {
    sandbox = await startSandbox({ port: 0, tokens: [TOKEN] });
    const id = await prepareCampaign(page, app, {
      recipients: 10,
      stream: { baseUrl: sandbox.baseUrl, token: TOKEN },
    });
    await startCampaign(page, id);
    await expect(statusBadge(page, 'Done')).toBeVisible();
    // The token is revoked after sending: the status queries (5 s after acceptance) get 403.
    await sandbox.setProfile('auth');
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Delivery reports could not be fetched' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText('CommPeak refused the token');
    await expect(notice).toContainText('Peaksend keeps asking.');
    await sandbox.setProfile('clean');
    await expect(notice).toBeHidden({ timeout: 20_000 });
  });
});
