import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Dispatch } from '../../shared/contract/dispatcher';
import { isAppUrl } from './app-origin';

/**
 * Decides whether an invoke came from our own window's main frame on app://peaksend. A frame that
 * navigated away, a subframe, a detached or disposed frame, or another webContents is refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, trusted: ReadonlySet<number>): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.detached) return false;
    if (!trusted.has(event.sender.id)) return false;
    if (frame !== event.sender.mainFrame) return false;
    return isAppUrl(frame.url);
  } catch {
    // Accessing a disposed frame throws ("Render frame was disposed").
    return false;
  }
}

/**
 * The only place that calls ipcMain.handle: every channel of the contract goes through the one
 * dispatcher, which refuses untrusted senders and unparsable input as data.
 */
export function registerIpcHandlers(
  channels: readonly string[],
  dispatch: Dispatch,
  trusted: ReadonlySet<number>,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      dispatch(channel, input, {
        trusted: isTrustedSender(event, trusted),
        origin: safeUrl(event),
      }),
    );
  }
}

function safeUrl(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url ?? 'unknown';
  } catch {
    return 'disposed';
  }
}

/** Typed push to the renderer that tolerates a window closing mid-send. */
export function sendToRenderer(contents: WebContents, channel: string, payload: unknown): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
