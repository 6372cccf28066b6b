import { expect, test } from './fixtures';
import { openStreams, streamCard } from './streams-steps';

const TOKEN = 'tok_live_8f2a9c4e11d0a3f2';

test('adding a stream explains every invalid field, then saves once fixed', async ({
  page,
  app,
}) => {
  await openStreams(page, app);
  await page.getByRole('button', { name: 'Add stream' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add stream' });
  await expect(dialog).toBeVisible();
  const name = dialog.getByLabel('Name', { exact: true });
  const token = dialog.getByLabel('Token', { exact: true });
  const sender = dialog.getByLabel('Default sender');
  const ip = dialog.getByRole('textbox', { name: 'Allowed IPs' });
  const baseUrl = dialog.getByLabel('Base URL');
  const accept = dialog.getByRole('checkbox', { name: 'Store the token unprotected' });
  await expect(name).toBeFocused();
  await expect(baseUrl).toHaveValue('https://textpeak-streams.commpeak.com');
  await expect(dialog.getByLabel('Rate limit')).toHaveValue('50');

  // The IP is checked the moment it is added.
  await ip.fill('300.1.1.1');
  await dialog.getByRole('button', { name: 'Add IP' }).click();
  await expect(ip).toHaveAttribute('aria-invalid', 'true');
  await expect(ip).toHaveAccessibleDescription(/Enter an IPv4 or IPv6 address/);
  await expect(dialog.getByRole('list', { name: 'Added IPs' })).toHaveCount(0);

  await token.fill('tok_live 8f2a9c4e11d0a3f2');
  await sender.fill('TOOLONGSENDER12');
  await baseUrl.fill('http://example.com');
  // The unprotected warning names the key store and asks for an explicit choice.
  await expect(dialog.getByText('The token would not be protected on this computer')).toBeVisible();
  await expect(dialog.getByText('development file key (browser preview)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add stream' }).click();

  const expectations = [
    [name, /Give the stream a name/],
    [token, /A token has no spaces/],
    [sender, /at most 11 characters; this one has 15/],
    [ip, /Enter an IPv4 or IPv6 address/],
    [baseUrl, /Use https:\/\//],
    [accept, /Tick “Store the token unprotected”/],
  ] as const;
  for (const [control, message] of expectations) {
    await expect(control).toHaveAttribute('aria-invalid', 'true');
    await expect(control).toHaveAccessibleDescription(message);
  }
  // Focus goes to the first field to fix.
  await expect(name).toBeFocused();
  await expect(dialog).toBeVisible();

  // Fix them one by one; each message goes away as its field changes.
  await name.fill('Acme marketing');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await token.fill(`  ${TOKEN}  `);
  await sender.fill('ACME');
  await ip.fill('203.0.113.0/24');
  await dialog.getByRole('button', { name: 'Add IP' }).click();
  await expect(dialog.getByRole('list', { name: 'Added IPs' }).getByRole('listitem')).toHaveText([
    '203.0.113.0/24',
  ]);
  await expect(ip).toHaveValue('');
  await baseUrl.fill('https://textpeak-streams.commpeak.com');
  // The token typed into the dialog is only in the input's live value, not in the markup.
  expect(await page.content()).not.toContain(TOKEN);

  // Still refused without the explicit choice.
  await dialog.getByRole('button', { name: 'Add stream' }).click();
  await expect(accept).toHaveAttribute('aria-invalid', 'true');
  await expect(accept).toBeFocused();
  await accept.check();
  await dialog.getByRole('button', { name: 'Add stream' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status').getByText('Stream “Acme marketing” added.')).toBeVisible();
  const card = streamCard(page, 'Acme marketing');
  await expect(card.getByText('••••a3f2')).toBeVisible();
  await expect(card.getByText('unprotected', { exact: true })).toBeVisible();
  await expect(card.getByText('203.0.113.0/24')).toBeVisible();
  await expect(card.getByText('ACME', { exact: true })).toBeVisible();
  await expect(card.getByText('Never used')).toBeVisible();
  expect(await page.content()).not.toContain(TOKEN);
});

test('the Add dialog is keyboard friendly: Escape closes it and focus returns', async ({
  page,
  app,
}) => {
  await openStreams(page, app);
  const open = page.getByRole('button', { name: 'Add stream' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add stream' });
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
  // The eye toggle shows and hides the token as typed.
  const token = dialog.getByLabel('Token', { exact: true });
  await token.fill('abc123');
  await expect(token).toHaveAttribute('type', 'password');
  await dialog.getByRole('button', { name: 'Show token' }).click();
  await expect(token).toHaveAttribute('type', 'text');
  await dialog.getByRole('button', { name: 'Hide token' }).click();
  await expect(token).toHaveAttribute('type', 'password');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  // Nothing was saved.
  await expect(page.getByRole('list', { name: 'Streams' }).getByRole('listitem')).toHaveCount(1);
});
