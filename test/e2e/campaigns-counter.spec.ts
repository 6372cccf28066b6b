import { chooseList, counter, goToStep, messageBox, newCampaign, seed } from './campaigns-steps';
import { expect, test } from './fixtures';

test('the counter and the UCS-2 highlight follow the typing', async ({ page, app }) => {
  await seed(app, { lists: [{ name: 'Customers', count: 3 }] });
  await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  // Count the message alone: no footer.
  await page.getByLabel('Add an opt-out footer').uncheck();

  const box = messageBox(page);
  const c = counter(page);
  const mirror = page.getByTestId('template-mirror');
  await box.fill('a'.repeat(69));
  await expect(c.chars).toHaveText('69');
  await expect(c.encoding).toHaveText('GSM-7');
  await expect(c.parts).toHaveText('1');
  await expect(c.left).toHaveText('91');
  await expect(mirror.locator('mark')).toHaveCount(0);

  // One curly apostrophe: the whole message switches to UCS-2 (70 per part), and is marked.
  await box.press('End');
  await page.keyboard.type('’');
  await expect(c.encoding).toHaveText('UCS-2');
  await expect(c.chars).toHaveText('70');
  await expect(c.parts).toHaveText('1');
  await expect(c.left).toHaveText('0');
  await expect(mirror.locator('mark.mark-ucs2')).toHaveText('’');
  await expect(
    page.getByRole('list', { name: 'Characters that force UCS-2' }).getByRole('listitem'),
  ).toHaveText(['’ right single quote (U+2019)']);

  // 71 characters: two parts of at most 67.
  await page.keyboard.type('b');
  await expect(c.chars).toHaveText('71');
  await expect(c.parts).toHaveText('2');
  await expect(c.left).toHaveText('63');

  // Deleting the apostrophe goes back to GSM-7: 70 characters fit one part again.
  await box.press('ArrowLeft');
  await box.press('Backspace');
  await expect(box).toHaveValue(`${'a'.repeat(69)}b`);
  await expect(c.encoding).toHaveText('GSM-7');
  await expect(c.parts).toHaveText('1');
  await expect(mirror.locator('mark')).toHaveCount(0);

  // GSM-7 boundary: 160 is one part, 161 is two (153 each).
  await box.fill('x'.repeat(160));
  await expect(c.parts).toHaveText('1');
  await expect(c.left).toHaveText('0');
  await page.keyboard.type('x');
  await expect(c.parts).toHaveText('2');
  await expect(c.left).toHaveText('145');

  // The footer counts too once it is on again.
  await box.fill('Hello');
  await page.getByLabel('Add an opt-out footer').check();
  await expect(c.chars).toHaveText(String('Hello\nReply STOP to opt out'.length));
});

test('Hebrew is typed and previewed right to left', async ({ page, app }) => {
  await seed(app, { lists: [{ name: 'Customers', count: 2 }] });
  await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  const box = messageBox(page);
  await box.fill('שלום {first_name}, מבצע היום!');
  await expect(counter(page).encoding).toHaveText('UCS-2');
  const bubble = page.getByTestId('preview-bubble');
  await expect(bubble).toContainText('שלום Name1, מבצע היום!');
  expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await bubble.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
});
