import {
  chooseList,
  daytimeCountry,
  goToStep,
  messageBox,
  newCampaign,
  nightCountry,
  seed,
  stepHeading,
} from './campaigns-steps';
import { expect, test } from './fixtures';

test('sending to the Sandbox from the Send step switches to the progress view', async ({
  page,
  app,
}) => {
  // Recipients where it is daytime: quiet hours (on by default) let the Sandbox send at once.
  await seed(app, { lists: [{ name: 'Customers', count: 5, country: daytimeCountry() }] });
  const id = await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  await messageBox(page).fill('Hi {first_name}, doors open at 9!');
  await goToStep(page, 'Send');
  await expect(page.getByLabel('Respect quiet hours')).toBeChecked();

  await expect(page.getByTestId('send-recipients')).toHaveText('5');
  await expect(page.getByRole('definition').filter({ hasText: 'Sandbox' })).toBeVisible();
  const send = page.getByRole('button', { name: 'Send…' });
  await expect(send).toBeEnabled();

  // Scheduling shows the time zone and its offset; going back to "Send now" clears it.
  await page.getByLabel('Start at').check();
  await expect(page.getByLabel('Start date and time')).toBeVisible();
  await expect(page.getByText(/, UTC[+-]\d\d:\d\d$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Schedule…' })).toBeVisible();
  await page.getByLabel('Send now').check();
  await expect(page.getByLabel('Start date and time')).toHaveCount(0);

  await send.click();
  const dialog = page.getByRole('dialog', { name: 'Send to 5 recipients through Sandbox?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('no real message leaves this computer')).toBeVisible();
  await dialog.getByRole('button', { name: 'Send now' }).click();

  await expect(page).toHaveURL(new RegExp(`#campaigns/progress/${id}$`));
  await expect(page.getByText(/^(Sending|Done)$/).first()).toBeVisible();
  await expect(page.locator('.cp-badge')).toHaveText('Done', { timeout: 30_000 });
});

test('compliance errors block sending, and warnings need an acknowledgement', async ({
  page,
  app,
}) => {
  await seed(app, { lists: [{ name: 'Customers', count: 2 }] });
  await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  // Marketing without an opt-out line is an error; a public shortener is a warning.
  await page.getByLabel('Add an opt-out footer').uncheck();
  await messageBox(page).fill('Big sale: https://bit.ly/abc');
  await goToStep(page, 'Send');
  const blocked = page.getByRole('alert').filter({ hasText: 'You can’t send yet.' });
  await expect(blocked).toContainText('Marketing messages must tell people how to stop them');
  await expect(page.getByRole('button', { name: 'Send…' })).toBeDisabled();

  await goToStep(page, 'Message');
  await page.getByLabel('Add an opt-out footer').check();
  await goToStep(page, 'Send');
  await expect(blocked).toHaveCount(0);
  await expect(page.getByText(/link shorteners \(bit\.ly\)/)).toBeVisible();
  const send = page.getByRole('button', { name: 'Send…' });
  await expect(send).toBeDisabled();
  await page.getByLabel('I have read the warnings and want to send anyway').check();
  await expect(send).toBeEnabled();
  await expect(stepHeading(page, 'Send')).toBeVisible();
});

test('marketing at night is blocked unless quiet hours hold the messages', async ({
  page,
  app,
}) => {
  await seed(app, { lists: [{ name: 'Customers', count: 2, country: nightCountry() }] });
  await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  await messageBox(page).fill('Flash sale tonight only!');
  await goToStep(page, 'Send');
  const quiet = page.getByLabel('Respect quiet hours');
  const blocked = page.getByRole('alert').filter({ hasText: 'You can’t send yet.' });
  await expect(quiet).toBeChecked();
  await expect(page.getByRole('button', { name: 'Send…' })).toBeEnabled();

  await quiet.uncheck();
  await expect(blocked).toContainText('The send time falls inside quiet hours.');
  await expect(blocked).toContainText('Or turn on “Respect quiet hours”');
  await expect(page.getByRole('button', { name: 'Send…' })).toBeDisabled();
  await quiet.check();
  await expect(blocked).toHaveCount(0);
});

test('a scheduled start is stored with its offset, frozen, and can be unscheduled', async ({
  page,
  app,
}) => {
  await seed(app, { lists: [{ name: 'Customers', count: 2, country: daytimeCountry() }] });
  const id = await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  await messageBox(page).fill('Hi {first_name}, see you tomorrow!');
  await goToStep(page, 'Send');
  await page.getByLabel('Start at').check();
  const at = page.getByLabel('Start date and time');
  await at.fill('2031-06-01T10:30');
  await page.getByRole('button', { name: 'Schedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule for 2 recipients through Sandbox?' });
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.locator('.editor-title .status-badge')).toHaveText('Scheduled');
  const banner = page.getByRole('status').filter({ hasText: 'Scheduled to start' });
  await expect(banner).toContainText(/2031.*10:30.*\(UTC[+-]\d\d:\d\d\)/);
  await expect(at).toBeDisabled();
  const stored = await page.evaluate(async (id) => {
    const r = await window.peaksend.campaigns.get({ id });
    return r.ok ? r.value.scheduleAt : null;
  }, id);
  expect(stored).toMatch(/^2031-06-01T10:30:00[+-]\d\d:\d\d$/);

  await banner.getByRole('button', { name: 'Unschedule' }).click();
  await expect(page.locator('.editor-title .status-badge')).toHaveText('Ready');
  await expect(at).toBeEnabled();
});
