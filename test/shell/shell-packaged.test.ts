import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeElectron } from './fake-electron';
import { loadShell, menuItems } from './load-shell';

/** The same built entry as an installed app would run it (`app.isPackaged`). */
const fake = createFakeElectron({ packaged: true });
const { record } = fake;

beforeAll(() => loadShell(fake));

describe('the packaged app', () => {
  it('has a menu without developer tools or reload, and a window that cannot open them', () => {
    expect(record.menu).not.toBeNull();
    const roles = menuItems(record.menu ?? []).map((i) => i.role?.toLowerCase());
    expect(roles).toContain('paste');
    for (const role of ['toggledevtools', 'reload', 'forcereload']) {
      expect(roles, role).not.toContain(role);
    }
    const labels = menuItems(record.menu ?? []).map((i) => i.label ?? '');
    expect(labels.filter((l) => /developer/i.test(l))).toEqual([]);
    expect((record.windows[0]?.options.webPreferences as { devTools?: boolean }).devTools).toBe(
      false,
    );
  });
});
