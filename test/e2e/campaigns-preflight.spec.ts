import {
  chooseList,
  goToStep,
  messageBox,
  newCampaign,
  seed,
  seededPhone,
  stepHeading,
} from './campaigns-steps';
import { expect, test } from './fixtures';

const LONG_NAME = 'Maximilian-Alexander von Hohenzollern';
// With the footer: 127 characters plus the name; a 5-6 letter name fits one part (160), the
// long name makes 164 characters, so two parts.
const TEMPLATE =
  'Hi {first_name}! Our spring sale starts today: 20% off everything in the Berlin store. Show this message at the till.';

test('the pre-flight reports parts, the field that causes them, and the cost', async ({
  page,
  app,
}) => {
  await seed(app, {
    lists: [
      {
        name: 'Customers',
        count: 11,
        fields: (i) => ({ first_name: i <= 3 ? LONG_NAME : `Name${i}`, city: 'Berlin' }),
      },
    ],
    prices: [{ country: 'DE', pricePerPart: 0.05, currency: 'EUR' }],
    suppressed: [seededPhone(11)],
  });
  await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  await messageBox(page).fill(TEMPLATE);
  await goToStep(page, 'Review');

  await expect(
    page.getByText(/^Checked every recipient’s message in \d+(\.\d)? m?s\.$/),
  ).toBeVisible();
  await expect(page.getByTestId('pf-recipients')).toHaveText('10');
  await expect(page.getByTestId('pf-suppressed')).toHaveText('1');
  await expect(page.getByTestId('pf-parts')).toHaveText('13');

  const histogram = page.getByRole('table', { name: 'Parts per message' });
  await expect(histogram.getByRole('row', { name: /^1 part 7$/ })).toBeVisible();
  await expect(histogram.getByRole('row', { name: /^2 parts 3$/ })).toBeVisible();
  await expect(histogram.getByRole('row')).toHaveCount(3);

  const pushers = page.getByRole('list', {
    name: 'Fields that push messages over a part boundary',
  });
  await expect(pushers.getByRole('listitem')).toHaveText([
    /^\{first_name\} pushes 3 messages over a part boundary\./,
  ]);

  // 13 parts × €0.05.
  await expect(page.getByTestId('cost-total')).toHaveText('€0.65');
  const byCountry = page.getByRole('table', { name: 'Cost by country' });
  await expect(byCountry.getByRole('row', { name: /Germany \(DE\) 13 €0\.65/ })).toBeVisible();

  // Send test through the Sandbox to two numbers; each outcome is listed.
  await page.getByLabel('Test numbers').fill('+44 7911 123456, +49 152 11112222');
  await page.getByRole('button', { name: 'Send test' }).click();
  const outcomes = page.getByRole('list', { name: 'Test results' }).getByRole('listitem');
  await expect(outcomes).toHaveCount(2);
  await expect(outcomes.nth(0)).toContainText('+447911123456 — accepted by CommPeak');
  await expect(outcomes.nth(1)).toContainText('+4915211112222 — accepted by CommPeak');

  // The Send step shows the same figures.
  await page.getByRole('button', { name: 'Next: Send' }).click();
  await expect(stepHeading(page, 'Send')).toBeVisible();
  await expect(page.getByTestId('send-recipients')).toHaveText('10');
});

test('without a price table the review says where to add one, and lists empty values', async ({
  page,
  app,
}) => {
  await seed(app, {
    lists: [
      {
        name: 'Customers',
        count: 4,
        fields: (i) => ({ first_name: i === 2 ? '' : `Name${i}`, city: i === 4 ? ' ' : 'Köln' }),
      },
    ],
  });
  await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  await messageBox(page).fill('Hi {first_name|friend}, news from {city}: ça va?');
  await goToStep(page, 'Review');
  await expect(page.getByText('No price table: import one in Settings')).toBeVisible();
  const empty = page.getByRole('list', { name: 'Empty merge values' }).getByRole('listitem');
  await expect(empty).toHaveText([
    '{first_name} is empty for 1 recipient: the fallback covers all of them.',
    '{city} is empty for 1 recipient: they get a blank. Add a fallback like {city|there}.',
  ]);
  // Lowercase "ç" is not GSM (only "Ç" is): every message switches to UCS-2 because of the text itself.
  await expect(page.getByTestId('pf-recipients')).toHaveText('4');
  const chars = page.getByRole('table', { name: 'Characters that force UCS-2' });
  await expect(chars.getByRole('row', { name: /ç/ })).toContainText('the message text');
  await expect(
    page.getByRole('list', { name: 'Compliance findings' }).getByText(/no value for \{city\}/),
  ).toBeVisible();
});
