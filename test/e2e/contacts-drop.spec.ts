import { expect, test } from './fixtures';
import {
  dropCsv,
  expectCounts,
  fixtureText,
  importDialog,
  openContacts,
  toMapping,
} from './contacts-steps';

test('a CSV dropped anywhere on the Contacts page opens the import with that file', async ({
  page,
  app,
}) => {
  await openContacts(page, app);

  // Dragging a file over the page shows where it can go; leaving hides it again.
  const zone = page.getByTestId('contacts-drop-zone');
  const dragged = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['phone\n'], 'x.csv', { type: 'text/csv' }));
    return transfer;
  });
  await zone.dispatchEvent('dragenter', { dataTransfer: dragged });
  await expect(page.getByText('Drop the CSV file to import it')).toBeVisible();
  await zone.dispatchEvent('dragleave', { dataTransfer: dragged });
  await expect(page.getByText('Drop the CSV file to import it')).toBeHidden();

  await dropCsv(page, fixtureText('names-rtl-emoji.csv'), 'dropped names.csv');
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await expect(page.getByText('Drop the CSV file to import it')).toBeHidden();
  await expect(dialog.getByText('dropped names.csv')).toBeVisible();
  const preview = dialog.getByRole('table', { name: 'First rows of the file' });
  await expect(preview.getByRole('row', { name: /שירה כהן/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Emoji 👩‍💻🎉/ })).toBeVisible();

  await toMapping(dialog);
  await expect(dialog.getByLabel('List name')).toHaveValue('dropped names');
  await dialog.getByLabel('Default country').selectOption('IL');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expectCounts(dialog, { 'Total rows': 4, Imported: 4, Invalid: 0, Duplicates: 0 });
  await expect(dialog.getByText('Every row was imported without a warning.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Open list' }).click();
  const table = page.getByRole('table', { name: 'Contacts of dropped names' });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row', { name: /محمد علي/ })).toBeVisible();
});
