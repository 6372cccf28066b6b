// Floor for the pre-flight benchmark: template rendering alone over the same audience (no
// segment counting, no aggregation). Prints {seconds, rows}.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { iterateAudience, audienceFields } from '../main/engine/campaigns/audience';
import { DATABASE_FILE } from '../main/engine/db/open-database';
import { compileTemplate } from '../shared/template/compile-template';

const [dataDir, listIdArg, template] = process.argv.slice(2);
const db = new DatabaseSync(join(dataDir ?? '', DATABASE_FILE), { readOnly: true });
const listId = Number(listIdArg);
const compiled = compileTemplate(template ?? '', audienceFields(db, { listIds: [listId] }));
const started = performance.now();
let rows = 0;
let chars = 0;
for (const c of iterateAudience(db, {
  listIds: [listId],
  segmentIds: [],
  excludeListIds: [],
  excludeSegmentIds: [],
})) {
  chars += compiled.render(c.fields).length;
  rows += 1;
}
process.stdout.write(
  `${JSON.stringify({ seconds: (performance.now() - started) / 1000, rows, chars })}\n`,
);
