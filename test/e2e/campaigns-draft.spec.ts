import {
  chooseList,
  goToStep,
  messageBox,
  newCampaign,
  seed,
  stepHeading,
  waitSaved,
} from './campaigns-steps';
import { expect, test } from './fixtures';

test('a draft survives a reload: same campaign, same step, same text', async ({ page, app }) => {
  await seed(app, {
    lists: [
      { name: 'Customers', count: 3 },
      { name: 'Staff', count: 2 },
    ],
  });
  const id = await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await page
    .getByRole('group', { name: /Leave out anyone in these lists/ })
    .getByRole('checkbox', { name: /^Staff/ })
    .check();

  await page.getByRole('button', { name: 'Rename campaign' }).click();
  const name = page.getByRole('textbox', { name: 'Campaign name' });
  await name.fill('');
  await name.press('Enter');
  await expect(page.getByText('Give the campaign a name.')).toBeVisible();
  await name.fill('Autumn offer');
  await name.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Autumn offer' })).toBeVisible();

  await goToStep(page, 'Message');
  await messageBox(page).fill('Autumn offer for {first_name}: 2 for 1 on coats.');
  await page.getByLabel('Footer text').fill('Text STOP to 1234 to opt out');
  await page.getByLabel('Sender').fill('ShopNow');
  await waitSaved(page);

  await page.reload();
  expect(page.url()).toContain(`#campaigns/edit/${id}`);
  await expect(stepHeading(page, 'Message')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Autumn offer' })).toBeVisible();
  await expect(messageBox(page)).toHaveValue('Autumn offer for {first_name}: 2 for 1 on coats.');
  await expect(page.getByLabel('Footer text')).toHaveValue('Text STOP to 1234 to opt out');
  await expect(page.getByLabel('Sender')).toHaveValue('ShopNow');
  // Staff shares the first two numbers with Customers, so excluding it leaves the third.
  await expect(page.getByTestId('preview-bubble')).toHaveText(
    'Autumn offer for Name3: 2 for 1 on coats.\nText STOP to 1234 to opt out',
  );
  await expect(page.getByText('Recipient 1 of 1')).toBeVisible();

  await goToStep(page, 'Audience');
  await expect(
    page
      .getByRole('group', { name: 'Send to these lists' })
      .getByRole('checkbox', { name: /^Customers/ }),
  ).toBeChecked();
  await expect(
    page
      .getByRole('group', { name: /Leave out anyone in these lists/ })
      .getByRole('checkbox', { name: /^Staff/ }),
  ).toBeChecked();
});

test('an invalid sender is explained next to the field', async ({ page, app }) => {
  await seed(app, { lists: [{ name: 'Customers', count: 1 }] });
  await newCampaign(page, app);
  await goToStep(page, 'Message');
  const sender = page.getByLabel('Sender');
  await sender.fill('Shop-Now!');
  await expect(sender).toHaveAttribute('aria-invalid', 'true');
  await expect(sender).toHaveAccessibleDescription(/remove "-", "!"/);
  await sender.fill('123456789012345678');
  await expect(sender).toHaveAccessibleDescription(/at most 15 digits; this one has 18/);
  await sender.fill('Shop Now');
  await expect(sender).not.toHaveAttribute('aria-invalid', 'true');
});
