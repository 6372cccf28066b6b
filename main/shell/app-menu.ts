import type { MenuItemConstructorOptions } from 'electron';
import { checkExternalUrl } from '../handlers/external-links';

/** Help → the API documentation, opened through the same allow-list as links in the page. */
export const HELP_LINKS = [
  { label: 'CommPeak Streams API documentation', url: 'https://streams.api-docs.commpeak.com/' },
  { label: 'CommPeak Help Center', url: 'https://helpcenter.commpeak.com/' },
] as const;

export interface AppMenuOptions {
  readonly appName: string;
  readonly platform: NodeJS.Platform;
  /** Reload and developer tools exist only in development builds. */
  readonly isPackaged: boolean;
  readonly openExternal: (url: string) => Promise<void>;
}

/**
 * The application menu. Without one Electron ships its default menu, which has "Toggle
 * Developer Tools" in every build. The Edit roles are what make copy and paste work in text
 * fields on macOS.
 */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const first: MenuItemConstructorOptions = mac
    ? { label: options.appName, role: 'appMenu' }
    : { label: 'File', submenu: [{ role: 'quit' }] };
  const development: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ];
  return [
    first,
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...development,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Window', role: 'windowMenu' },
    {
      label: 'Help',
      role: 'help',
      submenu: HELP_LINKS.map((link) => ({
        label: link.label,
        click: () => {
          options.openExternal(checkExternalUrl(link.url)).catch(() => undefined);
        },
      })),
    },
  ];
}
