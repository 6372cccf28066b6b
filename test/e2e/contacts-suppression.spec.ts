import { expect, test } from './fixtures';
import {
  chooseCsv,
  csvFixture,
  expectCounts,
  listPhones,
  openContacts,
  savedLists,
  throughOptOutSteps,
  toMapping,
} from './contacts-steps';

test('an opted-out number is left out of the next import and shown as suppressed', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  await page.getByRole('tab', { name: 'Opt-outs' }).click();
  const optOuts = page.getByRole('region', { name: 'Opt-outs' });
  await expect(optOuts.getByText('Nobody has opted out yet.')).toBeVisible();
  await expect(
    optOuts.getByText(/left out when a CSV is imported, and\s+skipped again at send time/),
  ).toBeVisible();

  // By hand: one national number (read with the default country), one international, one typo.
  await optOuts.getByRole('button', { name: 'Add numbers…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add opt-outs' });
  await dialog.getByLabel('Phone numbers').fill('052-426-5203\n+44 20 7946 0958, not a number');
  await dialog.getByLabel('Default country').selectOption('IL');
  await dialog.getByLabel('Note').fill('asked by phone');
  await dialog.getByRole('button', { name: 'Add to opt-outs' }).click();
  await expectCounts(dialog, { Added: 2, 'Already there': 0, Invalid: 1 });
  await expect(dialog.getByRole('list', { name: 'Numbers not added' })).toContainText(
    'not a number',
  );
  await dialog.getByRole('button', { name: 'Done' }).click();
  const table = optOuts.getByRole('table', { name: 'Opted-out numbers' });
  await expect(table.getByRole('row')).toHaveCount(3);
  const row = table.getByRole('row', { name: /\+972524265203/ });
  await expect(row).toContainText('Added by hand');
  await expect(row).toContainText('asked by phone');
  await expect(row.locator('time')).toHaveAttribute('title', /\d/);

  // From a CSV: the UK number is already there.
  const chooser = page.waitForEvent('filechooser');
  await optOuts.getByRole('button', { name: 'Import CSV of numbers…' }).click();
  await (await chooser).setFiles(csvFixture('international-mixed.csv'));
  // The file goes through the import's steps (preview, phone column and country, report).
  await throughOptOutSteps(page);
  dialog = page.getByRole('dialog', { name: 'Opt-outs imported' });
  await expectCounts(dialog, { Rows: 6, Added: 5, 'Already there': 1, Invalid: 0 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(table.getByRole('row')).toHaveCount(8);
  await expect(table.getByRole('row', { name: /\+12025550143/ })).toContainText('Imported');
  await optOuts.getByRole('searchbox', { name: 'Search opt-outs' }).fill('5203');
  await expect(table.getByRole('row')).toHaveCount(2);
  await optOuts.getByRole('searchbox', { name: 'Search opt-outs' }).fill('');

  // The contact import leaves the opted-out number out.
  await page.getByRole('tab', { name: 'Lists' }).click();
  const importer = await chooseCsv(page, csvFixture('phones-il-notations.csv'));
  await toMapping(importer);
  await importer.getByLabel('Default country').selectOption('IL');
  await importer.getByRole('button', { name: 'Import', exact: true }).click();
  await expectCounts(importer, {
    'Total rows': 11,
    Imported: 9,
    Invalid: 1,
    Duplicates: 0,
    Suppressed: 1,
    Warnings: 0,
  });
  await importer.getByRole('button', { name: 'Opted out (1)' }).click();
  const issues = importer.getByRole('table', { name: 'Issues by row' });
  await expect(issues.getByRole('row')).toHaveCount(2);
  await expect(issues.getByRole('row').nth(1)).toContainText('On the opt-out list');
  await expect(issues.getByRole('row').nth(1)).toContainText('3');
  await importer.getByRole('button', { name: 'Open list' }).click();

  await expect(page.getByTestId('contacts-count')).toHaveText('9 contacts');
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('5203');
  await expect(page.getByTestId('contacts-count')).toHaveText('0 of 9 contacts match');
  await expect(page.getByText('No contact matches “5203”.')).toBeVisible();
  const [list] = await savedLists(page);
  const phones = await listPhones(page, list?.id ?? 0);
  expect(phones).toHaveLength(9);
  expect(phones).not.toContain('+972524265203');

  // Removing an opt-out asks first.
  await page.getByRole('tab', { name: 'Opt-outs' }).click();
  await optOuts.getByRole('button', { name: 'Remove +972524265203 from opt-outs' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove from opt-outs?' });
  await expect(confirm).toContainText('+972524265203 will receive messages');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(table.getByRole('row', { name: /\+972524265203/ })).toHaveCount(0);
});
