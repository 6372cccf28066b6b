import type { BrowserWindow, Dialog, MessageBoxOptions } from 'electron';
import type { ConfirmRequest } from '../ports/confirm';

/**
 * The app's confirmation port: a native message box, modal on the main window. It is drawn by
 * the OS, not by the page, so no script in the renderer can see or press its buttons.
 */
export async function confirmWithDialog(
  dialog: Pick<Dialog, 'showMessageBox'>,
  parent: BrowserWindow | null,
  request: ConfirmRequest,
): Promise<boolean> {
  const options: MessageBoxOptions = {
    type: 'question',
    title: request.title,
    message: request.message,
    detail: request.detail,
    buttons: [request.confirmLabel, 'Cancel'],
    // Enter and Escape both land on Cancel: saying yes takes a deliberate click.
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const answer = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  return answer.response === 0;
}
