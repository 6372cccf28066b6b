import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { prepareCampaign, progressBar, startCampaign, statusBadge } from './progress-steps';

const HOSTILE = '=HYPERLINK("http://example.test","click")';

test('results export as CSV with formulas neutralised', async ({ page, app }) => {
  const id = await prepareCampaign(page, app, {
    recipients: 30,
    name: 'Export me',
    fields: (i) => ({ first_name: i === 3 ? HOSTILE : `Name${i}`, city: '@Berlin' }),
  });
  await startCampaign(page, id);
  await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });
  await expect(statusBadge(page, 'Done')).toBeVisible();

  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = join(app.dataDir, 'exports', 'Export me results.csv');
  await expect(page.getByRole('status').getByText(`Exported 30 rows to ${file}`)).toBeVisible();
  expect(readdirSync(join(app.dataDir, 'exports'))).toEqual(['Export me results.csv']);

  const raw = readFileSync(file, 'utf8');
  // A UTF-8 BOM first, so Excel reads accents right.
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  const text = raw.slice(1);
  const lines = text.split('\r\n').filter((l) => l !== '');
  expect(lines).toHaveLength(31);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([
    'phone',
    'first_name',
    'city',
    'message',
    'parts',
    'state',
    'commpeak_uuid',
    'error',
    'delivery_status',
    'submitted_at',
    'accepted_at',
    'final_at',
  ]);
  expect(parsed.data).toHaveLength(30);
  // A phone number is a plain number and stays clean E.164 (no apostrophe).
  const third = parsed.data.find((r) => r.phone === '+4915200000003');
  // A cell that would run as a formula gets a leading apostrophe; the message text does not.
  expect(third?.first_name).toBe(`'${HOSTILE}`);
  expect(third?.city).toBe("'@Berlin");
  expect(third?.message).toBe(`Hi ${HOSTILE} Reply STOP to opt out`);
  expect(parsed.data.every((r) => ['accepted', 'delivered', 'sent'].includes(r.state ?? ''))).toBe(
    true,
  );
  expect(parsed.data.every((r) => /^[0-9a-f-]{36}$/.test(r.commpeak_uuid ?? ''))).toBe(true);
});
