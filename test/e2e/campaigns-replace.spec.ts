import { chooseList, counter, goToStep, messageBox, newCampaign, seed } from './campaigns-steps';
import { expect, test } from './fixtures';

test('smart quotes are replaced by GSM look-alikes after showing the diff', async ({
  page,
  app,
}) => {
  await seed(app, { lists: [{ name: 'Customers', count: 2 }] });
  await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  const box = messageBox(page);
  await box.fill('Don’t miss our “big” sale – today only…');
  const c = counter(page);
  await expect(c.encoding).toHaveText('UCS-2');
  await expect(page.getByTestId('template-mirror').locator('mark.mark-ucs2')).toHaveText([
    '’',
    '“',
    '”',
    '–',
    '…',
  ]);

  const open = page.getByRole('button', { name: 'Replace with GSM equivalents…' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Replace with GSM equivalents' });
  const changes = dialog.getByRole('table', { name: 'Changes' });
  await expect(changes.getByRole('row')).toHaveCount(6);
  await expect(changes.getByRole('row', { name: /right single quote/ })).toContainText("'");
  await expect(changes.getByRole('row', { name: /en dash/ })).toContainText('-');
  await expect(changes.getByRole('row', { name: /ellipsis/ })).toContainText('...');
  await expect(dialog.locator('.inline-diff del')).toHaveText(['’', '“', '”', '–', '…']);
  await expect(dialog.getByText(/After: GSM-7, 1 part/)).toBeVisible();
  // The text is untouched until the user confirms.
  await expect(box).toHaveValue('Don’t miss our “big” sale – today only…');

  await dialog.getByRole('button', { name: 'Replace 5 characters' }).click();
  await expect(dialog).toBeHidden();
  await expect(box).toHaveValue('Don\'t miss our "big" sale - today only...');
  await expect(c.encoding).toHaveText('GSM-7');
  await expect(page.getByTestId('template-mirror').locator('mark')).toHaveCount(0);
  await expect(open).toHaveCount(0);
});

test('Cancel leaves the text as it was', async ({ page, app }) => {
  await seed(app, { lists: [{ name: 'Customers', count: 1 }] });
  await newCampaign(page, app);
  await goToStep(page, 'Message');
  const box = messageBox(page);
  await box.fill('It’s here');
  await page.getByRole('button', { name: 'Replace with GSM equivalents…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace with GSM equivalents' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(box).toHaveValue('It’s here');
  await expect(counter(page).encoding).toHaveText('UCS-2');
});
