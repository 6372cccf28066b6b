// Floor for the import benchmark: papaparse alone parsing the same file (decoded UTF-8 stream,
// header row, chunked), with no phone normalisation and no storage. Prints {seconds, rows}.
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

const path = process.argv[2] ?? '';
const started = performance.now();
let rows = 0;
await new Promise<void>((resolve, reject) => {
  const stream = createReadStream(path, { encoding: 'utf8' });
  Papa.parse(stream, {
    header: true,
    skipEmptyLines: true,
    chunk: (results) => {
      rows += results.data.length;
    },
    complete: () => resolve(),
    error: (e) => reject(e),
  });
});
process.stdout.write(
  `${JSON.stringify({ seconds: (performance.now() - started) / 1000, rows })}\n`,
);
