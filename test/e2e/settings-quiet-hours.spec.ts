import { expect, test } from './fixtures';
import { openSettings, quietHoursSection, savedSettings } from './settings-steps';

test('the France preset and an edited default window are saved and survive a reload', async ({
  page,
  app,
}) => {
  await openSettings(page, app);
  const quiet = quietHoursSection(page);
  await expect(quiet.getByText(/in the recipient’s local time/)).toBeVisible();

  // Start without France so the preset has something to add.
  await quiet.getByRole('button', { name: 'Remove the window for France (FR)' }).click();
  await expect(quiet.getByRole('group', { name: 'France (FR)' })).toHaveCount(0);
  await quiet.getByRole('button', { name: 'Save quiet hours' }).click();
  await expect(page.getByText('Quiet hours saved.')).toBeVisible();
  await page.reload();
  await expect(quiet.getByRole('group', { name: 'France (FR)' })).toHaveCount(0);

  await quiet.getByRole('button', { name: 'France (Mon–Sat 8:00–22:00)' }).click();
  const france = quiet.getByRole('group', { name: 'France (FR)' });
  await expect(france.getByLabel('Start')).toHaveValue('08:00');
  await expect(france.getByLabel('End')).toHaveValue('22:00');
  await expect(france.getByRole('button', { name: 'Sunday' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(france.getByRole('button', { name: 'Saturday' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const fallback = quiet.getByRole('group', { name: 'Default window' });
  await fallback.getByLabel('Start').fill('09:30');
  await fallback.getByLabel('End').fill('20:00');
  await fallback.getByRole('button', { name: 'Saturday' }).click();
  await fallback.getByRole('button', { name: 'Sunday' }).click();
  await expect(fallback.getByRole('button', { name: 'Sunday' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await quiet.getByRole('button', { name: 'Save quiet hours' }).click();
  await expect(page.getByText('Quiet hours saved.')).toBeVisible();

  await page.reload();
  await expect(fallback.getByLabel('Start')).toHaveValue('09:30');
  await expect(fallback.getByLabel('End')).toHaveValue('20:00');
  for (const [day, on] of [
    ['Sunday', 'false'],
    ['Monday', 'true'],
    ['Friday', 'true'],
    ['Saturday', 'false'],
  ] as const) {
    await expect(fallback.getByRole('button', { name: day })).toHaveAttribute('aria-pressed', on);
  }
  await expect(france.getByLabel('End')).toHaveValue('22:00');
  expect((await savedSettings(page)).quietHours).toEqual({
    default: { start: '09:30', end: '20:00', days: [1, 2, 3, 4, 5] },
    countries: {
      US: { start: '08:00', end: '21:00', days: [0, 1, 2, 3, 4, 5, 6] },
      FR: { start: '08:00', end: '22:00', days: [1, 2, 3, 4, 5, 6] },
    },
  });
});

test('windows that never open are refused, and countries are added once by code', async ({
  page,
  app,
}) => {
  await openSettings(page, app);
  const quiet = quietHoursSection(page);
  const before = (await savedSettings(page)).quietHours;

  const us = quiet.getByRole('group', { name: 'United States (US)' });
  for (const day of [
    'Sunday',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
  ]) {
    await us.getByRole('button', { name: day }).click();
  }
  await expect(us.getByText('Allow at least one day.')).toBeVisible();
  await expect(us.getByRole('group', { name: 'Days' })).toHaveAccessibleDescription(
    'Allow at least one day.',
  );
  const fallback = quiet.getByRole('group', { name: 'Default window' });
  await fallback.getByLabel('End').fill('08:00');
  await expect(fallback.getByLabel('End')).toHaveAccessibleDescription(
    'The window must end at another time than it starts.',
  );

  await quiet.getByRole('button', { name: 'Save quiet hours' }).click();
  await expect(quiet.getByRole('alert')).toHaveText(/Nothing was saved: 2 windows need a fix/);
  expect((await savedSettings(page)).quietHours).toEqual(before);

  // A window past midnight is fine, and says so.
  await fallback.getByLabel('Start').fill('22:00');
  await fallback.getByLabel('End').fill('06:00');
  await expect(
    fallback.getByText('Runs past midnight: from 22:00 until 06:00 the next day.'),
  ).toBeVisible();
  await us.getByRole('button', { name: 'Monday' }).click();

  const code = quiet.getByLabel('Country code');
  await code.fill('zz');
  await quiet.getByRole('button', { name: 'Add country' }).click();
  await expect(code).toHaveAccessibleDescription(/not a country code we know/);
  await code.fill('us');
  await code.press('Enter');
  await expect(code).toHaveAccessibleDescription(/United States \(US\) already has its own window/);
  await code.fill('de');
  await code.press('Enter');
  const germany = quiet.getByRole('group', { name: 'Germany (DE)' });
  await expect(germany.getByLabel('Start')).toBeFocused();
  await expect(germany.getByLabel('Start')).toHaveValue('22:00');
  await germany.getByLabel('Start').fill('08:00');
  await germany.getByLabel('End').fill('20:00');

  await quiet.getByRole('button', { name: 'Save quiet hours' }).click();
  await expect(page.getByText('Quiet hours saved.')).toBeVisible();
  const saved = (await savedSettings(page)).quietHours;
  expect(saved.default).toEqual({ start: '22:00', end: '06:00', days: [0, 1, 2, 3, 4, 5, 6] });
  expect(saved.countries.US).toEqual({ start: '08:00', end: '21:00', days: [1] });
  expect(saved.countries.DE).toEqual({ start: '08:00', end: '20:00', days: [0, 1, 2, 3, 4, 5, 6] });
});
