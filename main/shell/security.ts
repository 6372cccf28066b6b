import type { App, Session, Shell } from 'electron';
import { isAppUrl } from './app-origin';
import { checkExternalUrl } from '../handlers/external-links';

/**
 * Deny-by-default for every web contents the app ever creates: no navigation away from app://,
 * no new windows (allowed https links go to the system browser instead), no webviews, and no
 * permission grants (Electron grants every permission unless a handler says otherwise).
 */
export function installSecurityHandlers(app: App, shell: Pick<Shell, 'openExternal'>): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      try {
        void shell.openExternal(checkExternalUrl(url));
      } catch {
        // Not an allowed https link: drop it silently, as a browser would a blocked popup.
      }
      return { action: 'deny' };
    });
  });
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
