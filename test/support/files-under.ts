import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, recursively (the SQLite database with its WAL and SHM files). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
