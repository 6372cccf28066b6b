// Exports one list in its own process so its peak RSS is the export's: prints {seconds, rows, peakRssMb}.
import { openDatabase } from '../main/engine/db/open-database';
import { exportList } from '../main/engine/contacts/export-list';
import { peakRssMb } from './child';

const [dataDir, listIdArg, format, path] = process.argv.slice(2);
const db = openDatabase(dataDir ?? '');
const before = peakRssMb();
const started = performance.now();
const rows = await exportList(
  db,
  Number(listIdArg),
  format === 'xlsx' ? 'xlsx' : 'csv',
  path ?? '',
);
const seconds = (performance.now() - started) / 1000;
db.close();
process.stdout.write(
  `${JSON.stringify({ seconds, rows, peakRssMb: peakRssMb(), openRssMb: before })}\n`,
);
