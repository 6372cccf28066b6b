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

test('a campaign is created offline, end to end, up to "ready"', async ({ page, app }) => {
  const external = await recordExternalRequests(page);
  await seed(app, {
    lists: [
      { name: 'Customers', count: 5 },
      { name: 'Past buyers', count: 2 },
    ],
  });
  await app.open(page, '#campaigns');
  await expect(page.getByRole('region', { name: 'No campaigns yet' })).toBeVisible();

  await newCampaign(page, app);
  await expect(
    page.getByRole('status').filter({ hasText: 'Choose at least one list' }),
  ).toBeVisible();
  await chooseList(page, 'Customers');
  // A list chosen above cannot also be excluded.
  const exclude = page.getByRole('group', { name: /Leave out anyone in these lists/ });
  await expect(exclude.getByRole('checkbox', { name: /^Customers/ })).toBeDisabled();
  await expect(page.getByText(/Up to 5 contacts\. Everyone on your opt-out/)).toBeVisible();
  await expect(page.getByText('{first_name}', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Next: Message' }).click();
  await expect(stepHeading(page, 'Message')).toBeVisible();
  // Nothing chosen yet: the Sandbox, its default sender, and (marketing) the opt-out footer.
  await expect(page.getByLabel('Stream')).toHaveValue('sandbox');
  await expect(page.getByLabel('Sender')).toHaveValue('Peaksend');
  await expect(page.getByLabel('Add an opt-out footer')).toBeChecked();
  await expect(page.getByLabel('Footer text')).toHaveValue('Reply STOP to opt out');

  const box = messageBox(page);
  await box.fill('Hi ');
  // Insert a field at the cursor with a fallback.
  await page.getByRole('button', { name: 'Insert field' }).click();
  const insert = page.getByRole('group', { name: 'Insert a merge field' });
  await insert.getByLabel(/Fallback when empty/).fill('there');
  await insert.getByRole('button', { name: '{first_name|there}' }).click();
  await expect(box).toBeFocused();
  await page.keyboard.type(', spring sale today!');
  await expect(box).toHaveValue('Hi {first_name|there}, spring sale today!');

  // An unknown field is an error with its position, and a hint.
  await page.keyboard.type(' {frist_name}');
  const problems = page.getByRole('alert').filter({ hasText: 'problem in the message' });
  await expect(problems).toContainText('Unknown field {frist_name}');
  await expect(problems).toContainText('Did you mean {first_name}?');
  await expect(problems.getByRole('button', { name: 'Line 1, column 43' })).toBeVisible();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('template-mirror').locator('mark.mark-error')).toHaveText(
    '{frist_name}',
  );
  await box.fill('Hi {first_name|there}, spring sale today!');
  await expect(problems).toHaveCount(0);

  // The phone preview renders the saved draft for the first recipient, then the next.
  await waitSaved(page);
  const bubble = page.getByTestId('preview-bubble');
  await expect(bubble).toHaveText('Hi Name1, spring sale today!\nReply STOP to opt out');
  await expect(page.getByText('Recipient 1 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(bubble).toHaveText('Hi Name2, spring sale today!\nReply STOP to opt out');
  await expect(page.getByText('Recipient 2 of 5')).toBeVisible();

  // Template + list + stream: the engine marks the draft ready.
  await expect(page.locator('.editor-title .status-badge')).toHaveText('Ready');
  await page.getByRole('button', { name: '← All campaigns' }).click();
  const row = page.getByRole('row', { name: /Open Campaign/ });
  await expect(row.getByText('Ready', { exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Sandbox' })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Customers' })).toBeVisible();
  await expect(row.getByText('up to 5')).toBeVisible();

  // Reopening lands on the step where the user left off.
  await row.getByRole('button', { name: /^Open / }).click();
  await expect(stepHeading(page, 'Message')).toBeVisible();
  await goToStep(page, 'Audience');
  expect(external).toEqual([]);
});
