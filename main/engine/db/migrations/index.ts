import type { Migration } from '../migration';
import { migration0001 } from './0001-init';

/** Every migration, in order. Add new files at the end; never edit a released one. */
export const migrations: readonly Migration[] = [migration0001];
