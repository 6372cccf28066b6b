import {
  chooseList,
  goToStep,
  messageBox,
  newCampaign,
  recordExternalRequests,
  seed,
  stepHeading,
  waitSaved,
} from './campaigns-steps';
import { expect, test } from './fixtures';

test('a message with its variants is saved as a template, offline, and starts or fills other campaigns', async ({
  page,
  app,
}) => {
  const external = await recordExternalRequests(page);
  await seed(app, { lists: [{ name: 'Customers', count: 3 }] });
  await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  await messageBox(page).fill('Hi {first_name}, the sale is on: https://shop.example');
  await page.getByRole('button', { name: 'Add a variant (A/B test)' }).click();
  await messageBox(page).fill('Sale ends tonight');
  await page.getByLabel('Tag links with UTM parameters').check();
  await page.getByLabel('utm_medium').fill('text');

  await page.getByRole('button', { name: 'Save as template…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Save as template' });
  await dialog.getByLabel('Template name').fill('Weekly sale');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Saved the template “Weekly sale”.')).toBeVisible();
  await expect(dialog).toBeHidden();

  // The same name again is refused, unless the user replaces the template.
  await page.getByRole('button', { name: 'Save as template…' }).click();
  dialog = page.getByRole('dialog', { name: 'Save as template' });
  await dialog.getByLabel('Template name').fill('weekly SALE');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog.getByText('A template named “weekly SALE” already exists.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace it' }).click();
  await expect(dialog).toBeHidden();

  // A new campaign from the template starts with its message, on the Audience step.
  await page.getByRole('button', { name: '← All campaigns' }).click();
  await page.getByRole('button', { name: 'New from template…' }).click();
  const picker = page.getByRole('dialog', { name: 'New campaign from a template' });
  const row = picker.getByRole('listitem').filter({ hasText: 'Weekly sale' });
  await expect(row).toContainText('2 variants · equal shares · opt-out footer · links tagged');
  await row.getByRole('button', { name: 'Start a campaign: Weekly sale' }).click();
  await expect(stepHeading(page, 'Audience')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Weekly sale' })).toBeAttached();
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  const tabs = page.getByRole('tablist', { name: 'Message variants' });
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await expect(messageBox(page)).toHaveValue(
    'Hi {first_name}, the sale is on: https://shop.example',
  );
  await tabs.getByRole('tab', { name: /Variant B/ }).click();
  await expect(messageBox(page)).toHaveValue('Sale ends tonight');
  await expect(page.getByLabel('Tag links with UTM parameters')).toBeChecked();
  await expect(page.getByLabel('utm_medium')).toHaveValue('text');
  await expect(page.getByTestId('preview-bubble')).toBeVisible();

  // "Use a template" puts the template's message back over an edited one.
  await page.getByRole('button', { name: 'Remove variant B' }).click();
  await messageBox(page).fill('Something else');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Use a template…' }).click();
  const use = page.getByRole('dialog', { name: 'Use a template' });
  await use.getByRole('button', { name: 'Use this template: Weekly sale' }).click();
  await expect(use).toBeHidden();
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await expect(messageBox(page)).toHaveValue(
    'Hi {first_name}, the sale is on: https://shop.example',
  );
  await page.reload();
  await expect(messageBox(page)).toHaveValue(
    'Hi {first_name}, the sale is on: https://shop.example',
  );

  // Rename and delete from the list.
  await page.getByRole('button', { name: 'Use a template…' }).click();
  const manage = page.getByRole('dialog', { name: 'Use a template' });
  await manage.getByRole('button', { name: 'Rename Weekly sale' }).click();
  await manage.getByLabel('New name of Weekly sale').fill('Sale, weekly');
  await manage.getByRole('button', { name: 'Save name' }).click();
  await expect(manage.getByRole('listitem')).toContainText('Sale, weekly');
  await manage.getByRole('button', { name: 'Delete Sale, weekly' }).click();
  await manage.getByRole('button', { name: 'Delete template' }).click();
  await expect(manage.getByText('No templates yet.')).toBeVisible();
  expect(external).toEqual([]);
});
