import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import type { MessageTemplate } from '../../../shared/campaigns/message-template';
import { campaignMessageSchema } from '../../../shared/campaigns/message-variants';
import { AppFailure } from '../../../shared/contract/result';

const rowSchema = z.object({
  id: z.number(),
  name: z.string(),
  message_json: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});

function toTemplate(row: unknown): MessageTemplate {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    name: r.name,
    message: campaignMessageSchema.parse(JSON.parse(r.message_json)),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Named messages in SQLite, beside the drafts, so they work offline like drafts do. Names are
 * unique whatever their case.
 */
export class TemplateStore {
  constructor(
    private readonly db: DatabaseSync,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): MessageTemplate[] {
    return this.db
      .prepare('SELECT * FROM message_templates ORDER BY name COLLATE NOCASE, id')
      .all()
      .map(toTemplate);
  }

  get(id: number): MessageTemplate {
    const row = this.db.prepare('SELECT * FROM message_templates WHERE id = ?').get(id);
    if (!row) throw new AppFailure('NOT_FOUND', 'That template no longer exists.');
    return toTemplate(row);
  }

  /** A new template, or (with `replace`) new contents for the one of that name. */
  save(
    name: string,
    message: Pick<Campaign, 'variants' | 'optOutFooter' | 'split' | 'utm'>,
    replace = false,
  ): MessageTemplate {
    const at = this.now().toISOString();
    const json = JSON.stringify(campaignMessageSchema.parse(message));
    const same = this.idNamed(name);
    if (same !== null) {
      if (!replace) throw this.nameTaken(name);
      this.db
        .prepare('UPDATE message_templates SET message_json = ?, updated_at = ? WHERE id = ?')
        .run(json, at, same);
      return this.get(same);
    }
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO message_templates (name, message_json, created_at, updated_at)
         VALUES (?, ?, ?, ?)`,
      )
      .run(name, json, at, at);
    return this.get(Number(lastInsertRowid));
  }

  rename(id: number, name: string): MessageTemplate {
    this.get(id);
    const same = this.idNamed(name);
    if (same !== null && same !== id) throw this.nameTaken(name);
    this.db
      .prepare('UPDATE message_templates SET name = ?, updated_at = ? WHERE id = ?')
      .run(name, this.now().toISOString(), id);
    return this.get(id);
  }

  delete(id: number): void {
    this.get(id);
    this.db.prepare('DELETE FROM message_templates WHERE id = ?').run(id);
  }

  private idNamed(name: string): number | null {
    const row = this.db.prepare('SELECT id FROM message_templates WHERE name = ?').get(name);
    return row ? Number(row.id) : null;
  }

  private nameTaken(name: string): AppFailure {
    return new AppFailure('CONFLICT', `A template named “${name}” already exists.`, {
      name: 'Choose another name, or replace that template.',
    });
  }
}
