import { startSandbox, type SandboxHandle } from '../../main/sandbox/start-sandbox';
import {
  importDialog,
  expectCounts,
  openContacts,
  throughOptOutSteps,
  toMapping,
} from './contacts-steps';
import { expect, test } from './fixtures';
import { countValue, startCampaign, statusBadge } from './progress-steps';

const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

let sandbox: SandboxHandle;
test.beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, tokens: ['the-right-token'] });
});
test.afterEach(async () => {
  await sandbox.close();
});

test('opt-outs imported in local format with a chosen country are skipped at send', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  // The list writes the numbers internationally, two ways.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (
    await chooser
  ).setFiles(
    csvFile(
      'customers.csv',
      'first_name,mobile\nAnn,+44 7898 687277\nBob,0044 7898 687278\nCy,+44 7898 687279\nDi,+44 7898 687280\n',
    ),
  );
  const list = importDialog(page);
  await toMapping(list);
  await list.getByLabel('Default country').selectOption('GB');
  await list.getByRole('button', { name: 'Import', exact: true }).click();
  await expectCounts(list, { 'Total rows': 4, Imported: 4, Suppressed: 0 });
  await list.getByRole('button', { name: 'Close', exact: true }).click();

  // Ann and Bob opt out: an export from another tool, in British local format.
  await page.getByRole('tab', { name: 'Opt-outs' }).click();
  const optOuts = page.getByRole('region', { name: 'Opt-outs' });
  const stops = page.waitForEvent('filechooser');
  await optOuts.getByRole('button', { name: 'Import CSV of numbers…' }).click();
  await (
    await stops
  ).setFiles(
    csvFile('stop.csv', 'Number;Date\n07898 687277;2031-01-02\n07898 687278;2031-01-03\n'),
  );
  const importer = page.getByRole('dialog', { name: 'Import opt-outs' });
  // The same preview as a contact import: the file as read, the phone column, a country.
  await expect(importer.getByRole('table', { name: 'First rows of the file' })).toContainText(
    '07898 687277',
  );
  await expect(importer.getByLabel('Delimiter')).toHaveValue(';');
  const report = await throughOptOutSteps(page, 'GB');
  await expectCounts(report, { Rows: 2, Added: 2, 'Already there': 0, Invalid: 0 });
  await report.getByRole('button', { name: 'Done' }).click();
  const table = optOuts.getByRole('table', { name: 'Opted-out numbers' });
  await expect(table.getByRole('row', { name: /\+447898687277/ })).toContainText('Imported');
  await expect(table.getByRole('row', { name: /\+447898687278/ })).toBeVisible();

  // A campaign to the whole list through a stream the test's sandbox answers for.
  const lists = await page.evaluate(async () => {
    const r = await window.peaksend.contacts.lists();
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  });
  const listId = lists.find((l) => l.name === 'customers')?.id ?? 0;
  const id = await page.evaluate(
    async ({ baseUrl, listId: audience }) => {
      const api = window.peaksend;
      const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const stream = unwrap(
        await api.streams.add({
          name: 'Test stream',
          type: 'marketing',
          defaultSender: 'Peaksend',
          allowedIps: [],
          baseUrl,
          rateLimit: 50,
          token: 'the-right-token',
          acceptUnprotected: true,
        }),
      );
      const c = unwrap(await api.campaigns.create({ name: 'Spring sale' }));
      unwrap(
        await api.campaigns.update({
          id: c.id,
          patch: {
            streamId: stream.id,
            template: 'Hi {first_name} Reply STOP to opt out',
            listIds: [audience],
            quietHours: false,
          },
        }),
      );
      return c.id;
    },
    { baseUrl: sandbox.baseUrl, listId },
  );
  await app.open(page, `#campaigns/progress/${id}`);
  await page.reload();
  await startCampaign(page, id);
  await expect(statusBadge(page, 'Done')).toBeVisible({ timeout: 30_000 });

  // The sandbox received none of the opted-out numbers, only the other two.
  expect(
    sandbox
      .received()
      .map((m) => m.phone)
      .sort(),
  ).toEqual(['447898687279', '447898687280']);
  expect(await countValue(page, 'Skipped')).toBe(2);
  await page.getByLabel('Show').selectOption('skipped');
  const results = page.getByRole('table', { name: 'Campaign results' });
  await expect(results.getByRole('row')).toHaveCount(3);
  for (const phone of ['+447898687277', '+447898687278']) {
    const row = results.getByRole('row').filter({ hasText: phone });
    await expect(row).toContainText('Skipped');
    await expect(row).toContainText('On the opt-out list');
  }
});
