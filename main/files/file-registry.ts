import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ChosenFile } from '../../shared/contract/files-contract';
import { AppFailure } from '../../shared/contract/result';

/**
 * Paths the user chose in a dialog or dropped on the window, behind opaque ids. Import calls
 * name a file by id, so a compromised renderer cannot make the engine read arbitrary files.
 */
export class FileRegistry {
  private readonly paths = new Map<string, string>();
  private readonly cleanups = new Map<string, () => Promise<void>>();

  /**
   * `onRelease` deletes a copy main made (the preview's uploads); a file the user chose in a
   * dialog or dropped has none: releasing it only forgets its id.
   */
  async register(path: string, onRelease?: () => Promise<void>): Promise<ChosenFile> {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new AppFailure(
        'IO',
        `Cannot read ${basename(path)}: the file is missing or not accessible.`,
      );
    }
    if (!info.isFile()) throw new AppFailure('IO', `${basename(path)} is not a file.`);
    const fileId = randomUUID();
    this.paths.set(fileId, path);
    if (onRelease) this.cleanups.set(fileId, onRelease);
    return { fileId, name: basename(path), size: info.size };
  }

  /** The flow that used the file is over: forget it, and delete main's own copy of it. */
  async release(fileId: string): Promise<void> {
    this.paths.delete(fileId);
    const cleanup = this.cleanups.get(fileId);
    this.cleanups.delete(fileId);
    await cleanup?.();
  }

  pathOf(fileId: string): string {
    const path = this.paths.get(fileId);
    if (!path)
      throw new AppFailure('NOT_FOUND', 'That file is no longer available; choose it again.');
    return path;
  }
}
