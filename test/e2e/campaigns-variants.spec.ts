import type { SandboxHandle } from '../../main/sandbox/start-sandbox';
import {
  chooseList,
  counter,
  daytimeCountry,
  goToStep,
  messageBox,
  newCampaign,
  seed,
  waitSaved,
} from './campaigns-steps';
import { expect, test } from './fixtures';
import { statusBadge } from './progress-steps';
import {
  addSandboxStream,
  expectVariantsAddUp,
  loopbackSandbox,
  receivedTexts,
  variantRow,
} from './variants-steps';

let sandbox: SandboxHandle;
test.beforeEach(async () => {
  sandbox = await loopbackSandbox();
});
test.afterEach(async () => {
  await sandbox.close();
});

const TAGS = 'utm_source=sms&utm_medium=sms&utm_campaign=spring-sale';

test('an A/B campaign with tagged links: per-variant counts add up, and the sandbox received each variant’s tagged text for its share', async ({
  page,
  app,
}) => {
  await seed(app, { lists: [{ name: 'Customers', count: 20, country: daytimeCountry() }] });
  await app.open(page, '#campaigns');
  await addSandboxStream(page, sandbox, 'Loopback');
  const id = await newCampaign(page, app);
  await page.getByRole('button', { name: 'Rename campaign' }).click();
  await page.getByRole('textbox', { name: 'Campaign name' }).fill('Spring sale');
  await page.keyboard.press('Enter');
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  await page.getByLabel('Stream', { exact: true }).selectOption({ label: 'Loopback (Marketing)' });

  await messageBox(page).fill('Hi {first_name}, 20% off: https://shop.example/sale');
  await page.getByRole('button', { name: 'Add a variant (A/B test)' }).click();
  const tabs = page.getByRole('tablist', { name: 'Message variants' });
  await expect(tabs.getByRole('tab', { name: /Variant B/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(messageBox(page)).toHaveAccessibleName('Message text of Variant B');
  await messageBox(page).fill('Last day: https://shop.example/sale?ref=sms#deals');
  await page.getByLabel('Name of variant B').fill('Urgent');
  await expect(tabs.getByRole('tab', { name: /Variant B · Urgent/ })).toBeVisible();

  // Tagging lengthens the links: the counter counts the tagged text.
  const before = Number(await counter(page).chars.innerText());
  await page.getByLabel('Tag links with UTM parameters').check();
  await expect(page.getByText('1 link in this variant will be tagged')).toBeVisible();
  await expect
    .poll(async () => Number(await counter(page).chars.innerText()))
    .toBeGreaterThan(before + TAGS.length);
  await waitSaved(page);
  // The phone preview shows what the recipient gets, tagged.
  await expect(page.getByTestId('preview-bubble')).toContainText(
    `https://shop.example/sale?ref=sms&${TAGS}&utm_content=urgent#deals`,
  );
  await tabs.getByRole('tab', { name: /Variant A/ }).click();
  await expect(messageBox(page)).toHaveValue('Hi {first_name}, 20% off: https://shop.example/sale');
  await expect(page.getByTestId('preview-bubble')).toContainText(
    `https://shop.example/sale?${TAGS}&utm_content=a`,
  );

  await goToStep(page, 'Review');
  const byVariant = page.getByRole('table', { name: 'Figures by variant' });
  await expect(byVariant.getByRole('row', { name: /Variant A/ })).toContainText('10');
  await expect(byVariant.getByRole('row', { name: /Variant B · Urgent/ })).toContainText('10');

  await goToStep(page, 'Send');
  await expect(page.getByTestId('send-recipients')).toHaveText('20');
  await page.getByRole('button', { name: 'Send…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Send now' }).click();
  await expect(page).toHaveURL(new RegExp(`#campaigns/progress/${id}$`));
  await expect(statusBadge(page, 'Done')).toBeVisible({ timeout: 30_000 });

  await expectVariantsAddUp(page, ['A', 'B']);
  expect((await variantRow(page, 'A')).total).toBe(10);
  expect((await variantRow(page, 'B')).total).toBe(10);
  // The results say which variant each row got; one variant can be shown alone.
  await page.getByLabel('Variant', { exact: true }).selectOption('B');
  await expect(page.getByText('10 recipients shown')).toBeVisible();

  const texts = await receivedTexts(sandbox);
  expect(texts).toHaveLength(20);
  const a = texts.filter((t) => t.includes('20% off'));
  const b = texts.filter((t) => t.startsWith('Last day'));
  expect(a).toHaveLength(10);
  expect(b).toHaveLength(10);
  expect(a.every((t) => t.includes(`https://shop.example/sale?${TAGS}&utm_content=a\n`))).toBe(
    true,
  );
  expect(
    b.every((t) =>
      t.includes(`https://shop.example/sale?ref=sms&${TAGS}&utm_content=urgent#deals`),
    ),
  ).toBe(true);
});

test('a test split pauses to choose the winner, then sends the rest with it', async ({
  page,
  app,
}) => {
  const [listId = 0] = await seed(app, {
    lists: [{ name: 'Customers', count: 20, country: daytimeCountry() }],
  });
  await app.open(page, '#campaigns');
  const streamId = await addSandboxStream(page, sandbox, 'Loopback');
  const id = await page.evaluate(
    async (args) => {
      const api = window.peaksend.campaigns;
      const c = await api.create({ name: 'Winner test' });
      if (!c.ok) throw new Error(c.error.message);
      const u = await api.update({
        id: c.value.id,
        patch: {
          streamId: args.streamId,
          listIds: [args.listId],
          variants: [
            { name: 'Plain', template: 'Plain offer. Reply STOP to opt out' },
            { name: 'Emoji', template: 'Big offer today. Reply STOP to opt out' },
          ],
          split: { kind: 'test', testPercent: 20 },
        },
      });
      if (!u.ok) throw new Error(u.error.message);
      const s = await api.start({ id: c.value.id });
      if (!s.ok) throw new Error(s.error.message);
      return c.value.id;
    },
    { streamId, listId },
  );
  await app.open(page, `#campaigns/progress/${id}`);
  await page.reload();
  const panel = page.getByRole('region', { name: 'Choose the winner' });
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel).toContainText('16 recipients are waiting');
  expect(await receivedTexts(sandbox)).toHaveLength(4);
  await expectVariantsAddUp(page, ['A', 'B', '*']);

  await panel.getByRole('button', { name: 'Send the rest with Variant B · Emoji' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Send the rest' }).click();
  await expect(statusBadge(page, 'Done')).toBeVisible({ timeout: 30_000 });
  expect((await variantRow(page, 'A')).total).toBe(2);
  expect((await variantRow(page, 'B')).total).toBe(18);
  await expectVariantsAddUp(page, ['A', 'B']);
  const texts = await receivedTexts(sandbox);
  expect(texts.filter((t) => t.startsWith('Plain'))).toHaveLength(2);
  expect(texts.filter((t) => t.startsWith('Big offer'))).toHaveLength(18);
});
