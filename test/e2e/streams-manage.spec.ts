import type { PeaksendApi } from '../../shared/contract/contract';
import { expect, test } from './fixtures';
import { addStream, openStreams, streamCard } from './streams-steps';

test('editing a stream renames it and changes its rate; a taken name is refused', async ({
  page,
  app,
}) => {
  await openStreams(page, app);
  await addStream(page, { name: 'Acme', token: 'tok_acme_0001' });
  await addStream(page, { name: 'Globex', token: 'tok_globex_0002' });

  const open = streamCard(page, 'Acme').getByRole('button', { name: 'Edit Acme' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Edit Acme' });
  // Editing never shows or asks for the token.
  await expect(dialog.getByLabel('Token', { exact: true })).toHaveCount(0);
  const name = dialog.getByLabel('Name', { exact: true });
  await expect(name).toHaveValue('Acme');

  await name.fill('globex');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Another stream already has this name/);
  await expect(dialog).toBeVisible();

  await name.fill('Acme promotions');
  await dialog.getByLabel('Type').selectOption({ label: 'Transactional' });
  await dialog.getByLabel('Rate limit').fill('120');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();

  const card = streamCard(page, 'Acme promotions');
  await expect(card.getByText('120 parts/s')).toBeVisible();
  await expect(card.getByText('Transactional')).toBeVisible();
  await expect(streamCard(page, 'Acme')).toHaveCount(0);
  // The token stayed with the stream.
  await expect(card.getByText('••••0001')).toBeVisible();
});

test('the built-in Sandbox edits only its sender and rate, and cannot be deleted', async ({
  page,
  app,
}) => {
  await openStreams(page, app);
  const sandbox = streamCard(page, 'Sandbox');
  await expect(sandbox.getByText('no real messages')).toBeVisible();
  for (const name of [/Delete/, /Reveal token/, /Copy token/, /Replace token/]) {
    await expect(sandbox.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(sandbox.getByLabel('Sandbox profile')).toHaveValue('clean');

  await sandbox.getByRole('button', { name: 'Edit Sandbox' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Sandbox' });
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveCount(0);
  await expect(dialog.getByLabel('Base URL')).toHaveCount(0);
  await dialog.getByLabel('Default sender').fill('PEAKTEST');
  await dialog.getByLabel('Rate limit').fill('25');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(sandbox.getByText('PEAKTEST')).toBeVisible();
  await expect(sandbox.getByText('25 parts/s')).toBeVisible();
});

test('deleting a stream asks first, naming it, and removes its card', async ({ page, app }) => {
  await openStreams(page, app);
  await addStream(page, { name: 'Acme', token: 'tok_acme_0001' });

  const card = streamCard(page, 'Acme');
  await card.getByRole('button', { name: 'Delete Acme' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the stream “Acme”?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('No campaign uses it.')).toBeVisible();
  await expect(dialog.getByText(/Campaigns keep their history/)).toBeVisible();
  // The safe choice has focus; cancelling keeps the stream.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: 'Delete Acme' })).toBeFocused();

  await card.getByRole('button', { name: 'Delete Acme' }).click();
  await dialog.getByRole('button', { name: 'Delete stream' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toHaveCount(0);
  await expect(page.getByRole('status').getByText('Stream “Acme” deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Streams' })).toBeFocused();
  await expect(streamCard(page, 'Sandbox')).toBeVisible();
});

test('replacing a token asks for the new one and the unprotected choice again', async ({
  page,
  app,
}) => {
  await openStreams(page, app);
  await addStream(page, { name: 'Acme', token: 'tok_acme_0001' });
  const card = streamCard(page, 'Acme');
  await card.getByRole('button', { name: 'Replace token for Acme' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the token of Acme' });
  const token = dialog.getByLabel('New token', { exact: true });
  await expect(token).toBeFocused();

  await dialog.getByRole('button', { name: 'Replace token' }).click();
  await expect(token).toHaveAccessibleDescription(/Paste the stream’s API token/);
  await token.fill('tok_acme_9999');
  await dialog.getByRole('button', { name: 'Replace token' }).click();
  const accept = dialog.getByRole('checkbox', { name: 'Store the token unprotected' });
  await expect(accept).toHaveAttribute('aria-invalid', 'true');
  await accept.check();
  await dialog.getByRole('button', { name: 'Replace token' }).click();
  await expect(dialog).toBeHidden();

  await expect(card.getByText('••••9999')).toBeVisible();
  await card.getByRole('button', { name: 'Copy token for Acme' }).click();
  await expect(page.getByRole('status').getByText(/Token copied/)).toBeVisible();
  expect(app.host.clipboard.current()).toBe('tok_acme_9999');
});

test('an error from main that belongs to no field is shown in the dialog', async ({
  page,
  app,
}) => {
  await openStreams(page, app);
  await addStream(page, { name: 'Acme', token: 'tok_acme_0001' });
  await streamCard(page, 'Acme').getByRole('button', { name: 'Edit Acme' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Acme' });
  // Another window deletes the stream while this one edits it.
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { peaksend: PeaksendApi }).peaksend;
    const list = await api.streams.list();
    const acme = list.ok ? list.value.find((s) => s.name === 'Acme') : undefined;
    if (acme) await api.streams.delete({ id: acme.id });
  });
  await dialog.getByLabel('Rate limit').fill('80');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That stream no longer exists.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(streamCard(page, 'Acme')).toHaveCount(0);
});
