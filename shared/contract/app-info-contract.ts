import { z } from 'zod';
import { event, method } from './define';

export interface AppInfo {
  readonly version: string;
  /** 'electron' in the app, 'preview' in the browser preview. */
  readonly host: 'electron' | 'preview';
  readonly dataDir: string;
  readonly engine: 'up' | 'down';
}

export interface EngineStatusEvent {
  readonly state: 'up' | 'down' | 'restarting';
  readonly reason?: string;
}

export const appMethods = {
  'app:info': method(z.undefined()).returns<AppInfo>(),
  /** Opens an https: link from the allow-list in the system browser. */
  'app:openExternal': method(z.object({ url: z.string().max(2048) })).returns<void>(),
};

export const appEvents = {
  'app:engineStatus': event<EngineStatusEvent>(),
};
