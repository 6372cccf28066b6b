import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngineClient } from '../../main/engine-contract/engine-contract';
import { chooseCsv, openContacts, savedLists, toMapping } from './contacts-steps';
import { expect, test } from './fixtures';

const ROWS = 600_000;
let dir = '';
let bigCsv = '';

// Large enough that the import is still running when the engine is killed (~5 s here).
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peaksend-big-'));
  bigCsv = join(dir, 'big-list.csv');
  const lines = ['name,phone,city'];
  for (let i = 0; i < ROWS; i++) lines.push(`Person ${i},+97252${1_000_000 + i},Haifa`);
  writeFileSync(bigCsv, `${lines.join('\n')}\n`);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the engine killed during an import: the dialog says it was interrupted and nothing was saved', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  const dialog = await chooseCsv(page, bigCsv);
  await toMapping(dialog);
  await dialog.getByLabel('List name').fill('Big');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByTestId('import-rows-read')).not.toHaveText('0');

  const health = await createEngineClient(app.host.engine).engine.health();
  if (!health.ok) throw new Error(health.error.message);
  process.kill(health.value.pid, 'SIGKILL');

  await expect(
    dialog.getByText('The import was interrupted: the Peaksend engine stopped.'),
  ).toBeVisible();
  await expect(
    dialog.getByText('Nothing was saved. Go back to change the settings and try again.'),
  ).toBeVisible();
  await expect(dialog.getByText(/Importing into/)).toHaveCount(0);
  // And it is true: the new engine took the list back out.
  expect((await savedLists(page)).map((l) => l.name)).toEqual([]);
  const after = await createEngineClient(app.host.engine).engine.health();
  expect(after.ok && after.value.pid).not.toBe(health.value.pid);
});
