import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

/** The window options, in one place, so the shell test can assert them. */
export interface WindowChoices {
  /** False in packaged builds: no developer tools, whatever shortcut is pressed. */
  readonly devTools: boolean;
}

export function mainWindowOptions(
  preloadPath: string,
  choices: WindowChoices,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Peaksend',
    show: false,
    backgroundColor: '#15171c',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: true,
      devTools: choices.devTools,
    },
  };
}

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  preloadPath: string,
  choices: WindowChoices,
): BrowserWindowType {
  const win = new BrowserWindow(mainWindowOptions(preloadPath, choices));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
