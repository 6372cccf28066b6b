/**
 * A numbered schema migration.
 *
 * Migrations are append-only: once released, a migration's SQL never changes. The runner stores
 * a hash of each applied migration so an edited one is detected instead of silently skipped.
 */
export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}
