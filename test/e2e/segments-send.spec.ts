import { daytimeCountry, goToStep, messageBox } from './campaigns-steps';
import { openContacts } from './contacts-steps';
import { expect, test } from './fixtures';
import { countValue } from './progress-steps';
import { importList, mobileNumbers } from './segments-steps';

const tiers = ['Gold', 'silver', 'GOLD', 'bronze', 'gold ', 'Silver', ''];

test('a segment counted live in the editor is exactly who the campaign sends to', async ({
  page,
  app,
}) => {
  // Daytime numbers: quiet hours (on by default) let the Sandbox send at once.
  const phones = mobileNumbers(daytimeCountry(), 40);
  const rows = phones.map((p, i) => `${p},Person ${i},${tiers[i % tiers.length]}`);
  const csv = ['Phone,First name,Segment', ...rows].join('\n');
  await openContacts(page, app);
  const report = await importList(page, {
    name: 'members.csv',
    csv,
    listName: 'Members',
    phoneColumn: 0,
    fieldColumns: { '1': 'first_name', '2': 'segment' },
    country: null,
  });
  expect(report).toMatchObject({ imported: 40, invalid: 0 });
  await page.reload();
  await openContacts(page, app);
  await page.getByRole('button', { name: 'Members' }).click();

  // Build the segment: the count follows the conditions as they change.
  await page.getByRole('button', { name: 'New segment…' }).click();
  const editor = page.getByRole('dialog', { name: 'New segment of “Members”' });
  await editor.getByLabel('Segment name').fill('Gold members');
  await editor.getByLabel('Field of condition 1').selectOption('segment');
  await editor.getByLabel('Comparison of condition 1').selectOption('equals');
  const count = editor.getByTestId('segment-count');
  await editor.getByLabel('Value of condition 1').fill('silver');
  await expect(count).toHaveText('11 of 40 contacts match');
  // Case and accents are ignored, as in the search box: Gold, GOLD and "gold " are all gold.
  await editor.getByLabel('Value of condition 1').fill('göld');
  await expect(count).toHaveText('18 of 40 contacts match');
  await editor.getByRole('button', { name: 'Add a condition' }).click();
  await editor.getByLabel('Field of condition 2').selectOption('segment');
  await editor.getByLabel('Comparison of condition 2').selectOption('isEmpty');
  await editor.getByLabel('Match').selectOption('any');
  await expect(count).toHaveText('23 of 40 contacts match');
  await editor.getByRole('button', { name: 'Remove condition 2' }).click();
  await expect(count).toHaveText('18 of 40 contacts match');
  const shown = Number((await count.innerText()).split(' ')[0]);
  await editor.getByRole('button', { name: 'Save segment' }).click();
  await expect(editor).toBeHidden();
  const saved = page.getByRole('region', { name: 'Segments of Members' });
  await expect(saved.getByRole('listitem')).toContainText('Gold members');
  await expect(saved.getByRole('listitem')).toContainText('segment is “göld”');
  await expect(saved.getByRole('listitem')).toContainText(`${shown} of 40 contacts match`);

  // Send to the segment alone.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Campaigns' })
    .click();
  await page.getByRole('button', { name: 'New campaign' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Audience', exact: true }),
  ).toBeVisible();
  const group = page.getByRole('group', { name: /Send to these segments/ });
  await group.getByRole('checkbox', { name: /Gold members/ }).check();
  await expect(group.getByRole('listitem')).toContainText(`${shown} contacts`);
  await expect(page.getByText(`Up to ${shown} contacts.`)).toBeVisible();
  await goToStep(page, 'Message');
  await messageBox(page).fill('Hi {first_name}, gold members shop first!');
  await goToStep(page, 'Send');
  await expect(page.getByTestId('send-recipients')).toHaveText(String(shown));
  await page.getByRole('button', { name: 'Send…' }).click();
  const confirm = page.getByRole('dialog', {
    name: `Send to ${shown} recipients through Sandbox?`,
  });
  await confirm.getByRole('button', { name: 'Send now' }).click();
  await expect(page.locator('.cp-badge')).toHaveText('Done', { timeout: 30_000 });
  await expect
    .poll(async () => (await countValue(page, 'Accepted')) + (await countValue(page, 'Delivered')))
    .toBe(shown);
  const table = page.getByRole('table', { name: 'Campaign results' });
  await expect(table).toHaveAttribute('aria-rowcount', String(shown + 1));
});
