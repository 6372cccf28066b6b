import {
  chooseList,
  goToStep,
  messageBox,
  newCampaign,
  seed,
  stepHeading,
} from './campaigns-steps';
import { expect, test } from './fixtures';
import { openSettings, savedSettings } from './settings-steps';

test('Settings → Sender rules: view a country, edit it, reset it, add and remove one', async ({
  page,
  app,
}) => {
  await openSettings(page, app);
  const section = page.getByRole('region', { name: 'Sender rules' });
  const table = section.getByRole('table', { name: 'Sender rules' });
  const us = table.getByRole('row', { name: /^United States \(US\)/ });
  await expect(us).toContainText('Not accepted');
  await expect(us).toContainText('10DLC');
  await expect(table.getByRole('row', { name: /^India \(IN\)/ })).toContainText('6');

  await section.getByLabel('Find a country').fill('france');
  await expect(table.getByRole('row')).toHaveCount(2);
  await section.getByLabel('Find a country').fill('');

  await us.getByRole('button', { name: 'Edit the rule for United States (US)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sender rule for United States (US)' });
  await dialog.getByLabel('Letter senders (like “Peaksend”) are delivered').check();
  await dialog.getByLabel('Longest sender name').fill('40');
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(dialog.getByText('At most 11 characters.')).toBeVisible();
  await dialog.getByLabel('Longest sender name').fill('9');
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(dialog).toBeHidden();
  await expect(us).toContainText('Edited');
  await expect(us).toContainText('Accepted');
  expect((await savedSettings(page)).senderRules.find((r) => r.country === 'US')).toMatchObject({
    origin: 'edited',
    rule: { alphanumeric: true, maxLength: 9 },
  });

  await page.reload();
  await expect(us).toContainText('Edited');
  await us.getByRole('button', { name: 'Reset the rule for United States (US)' }).click();
  await expect(us).toContainText('Not accepted');
  await expect(us.getByText('Edited')).toHaveCount(0);

  await section.getByRole('button', { name: 'Add a country' }).click();
  const add = page.getByRole('dialog', { name: 'Add a sender rule' });
  await add.getByLabel('Country code').fill('FR');
  await add.getByRole('button', { name: 'Save rule' }).click();
  await expect(add.getByText('France (FR) has a rule already: edit it instead.')).toBeVisible();
  await add.getByLabel('Country code').fill('Iceland');
  await add.getByLabel('Letter senders (like “Peaksend”) are delivered').uncheck();
  await add.getByLabel('Note').fill('Numbers only on our route');
  await add.getByRole('button', { name: 'Save rule' }).click();
  const iceland = table.getByRole('row', { name: /^Iceland \(IS\)/ });
  await expect(iceland).toContainText('Added');
  await expect(iceland).toContainText('Numbers only on our route');
  await iceland.getByRole('button', { name: 'Remove the rule for Iceland (IS)' }).click();
  await expect(iceland).toHaveCount(0);
});

test('Review warns per country with counts; sending is blocked where the sender cannot work', async ({
  page,
  app,
}) => {
  await seed(app, {
    lists: [
      { name: 'America', count: 3, country: 'US', prefix: '+1202555' },
      { name: 'Paris', count: 2, country: 'FR', prefix: '+33612' },
    ],
  });
  const id = await newCampaign(page, app);
  await chooseList(page, 'America');
  await chooseList(page, 'Paris');
  await goToStep(page, 'Message');
  await messageBox(page).fill('Doors open at 9!');
  await goToStep(page, 'Review');
  const findings = page.getByRole('list', { name: 'Compliance findings' });
  await expect(findings).toContainText(
    '3 recipients in the United States: letter senders such as “Peaksend” are not accepted there.',
  );
  await expect(findings).toContainText(
    '2 recipients in France: sender names must be registered there.',
  );

  await goToStep(page, 'Send');
  const blocked = page.getByRole('alert').filter({ hasText: 'You can’t send yet.' });
  await expect(blocked).toContainText('3 recipients in the United States');
  await expect(page.getByRole('button', { name: 'Send…' })).toBeDisabled();

  // The engine decides: a start that skips the page is refused with the same reason.
  const refused = await page.evaluate(async (campaignId) => {
    const r = await window.peaksend.campaigns.start({ id: campaignId });
    return r.ok ? 'started' : r.error.message;
  }, id);
  expect(refused).toMatch(/^Not sent: 3 recipients in the United States: letter senders/);

  // A number as sender works there (registration is a warning to read).
  await goToStep(page, 'Message');
  await page.getByLabel('Sender', { exact: true }).fill('+12025550100');
  await goToStep(page, 'Send');
  await expect(blocked).toHaveCount(0);
  await expect(
    page.getByText('3 recipients in the United States: senders must be registered there'),
  ).toBeVisible();
  await page.getByLabel('I have read the warnings and want to send anyway').check();
  await expect(page.getByRole('button', { name: 'Send…' })).toBeEnabled();
  await expect(stepHeading(page, 'Send')).toBeVisible();
});
