import type { BrowserWindow, Dialog } from 'electron';

/**
 * The page cancels its unload (beforeunload) while Settings has unsaved edits. Electron shows
 * no question for that by itself — the window would simply refuse to close — so ask natively;
 * "Leave" lets the close (or reload) go on and the edits are dropped.
 */
export function guardUnload(win: BrowserWindow, dialog: Pick<Dialog, 'showMessageBoxSync'>): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'Unsaved changes',
      message: 'Leave without saving your changes?',
      detail: 'Some settings were changed but not saved. Stay to save them.',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });
}
