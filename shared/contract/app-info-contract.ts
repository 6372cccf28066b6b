import { z } from 'zod';
import { event, method } from './define';

export interface AppInfo {
  readonly version: string;
  /** 'electron' in the app, 'preview' in the browser preview. */
  readonly host: 'electron' | 'preview';
  readonly dataDir: string;
  readonly engine: 'up' | 'down';
}

/** Why the engine cannot run; the app shows the recovery screen instead of its pages. */
export const engineFailureReasons = ['databaseDamaged', 'diskFull', 'storage', 'crashed'] as const;
export type EngineFailureReason = (typeof engineFailureReasons)[number];

export interface EngineFailure {
  readonly reason: EngineFailureReason;
  /** Plain words for the recovery screen and the log (never a token). */
  readonly detail: string;
}

export interface EngineStatusEvent {
  /** 'failed': the engine kept failing the same way; main stopped restarting it. */
  readonly state: 'up' | 'down' | 'restarting' | 'failed';
  readonly reason?: string;
  readonly failure?: EngineFailure;
}

export const appMethods = {
  'app:info': method(z.undefined()).returns<AppInfo>(),
  /** Opens an https: link from the allow-list in the system browser. */
  'app:openExternal': method(z.object({ url: z.string().max(2048) })).returns<void>(),
};

export const appEvents = {
  'app:engineStatus': event<EngineStatusEvent>(),
};
