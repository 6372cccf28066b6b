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

  async register(path: string): Promise<ChosenFile> {
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
    return { fileId, name: basename(path), size: info.size };
  }

  pathOf(fileId: string): string {
    const path = this.paths.get(fileId);
    if (!path)
      throw new AppFailure('NOT_FOUND', 'That file is no longer available; choose it again.');
    return path;
  }
}
