import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const firstNames = [
  'Anna',
  'Ben',
  'Chloé',
  'Dmitri',
  'Élodie',
  'Fatima',
  'Gustav',
  'Hana',
  'Ivan',
  'Jürgen',
];
export const cities = ['Berlin', 'München', 'Köln', 'Hamburg', 'Frankfurt am Main', 'Düsseldorf'];

/** Deterministic PRNG so every run imports the same file. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The benchmark's recipients: phone + 4 fields, German mobiles in mixed notations (E.164 with
 * spaces, 0049…, national 0152… for default country DE, with brackets), 2% invalid and 1%
 * duplicates of earlier rows.
 */
export async function makeRecipientsCsv(path: string, rows: number): Promise<number> {
  const next = rng(42);
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('phone,first_name,last_name,city,customer_id\n');
  let bytes = 0;
  for (let i = 1; i <= rows; i++) {
    const r = next();
    const n = r < 0.01 && i > 10 ? Math.max(1, Math.floor(next() * (i - 1))) : i;
    const digits = String(1_500_000 + n).padStart(8, '0');
    let phone: string;
    if (r > 0.98) phone = next() < 0.5 ? `abc${n}` : `0152${n % 100}`;
    else {
      const style = n % 4;
      phone =
        style === 0
          ? `+49 152 ${digits}`
          : style === 1
            ? `0049152${digits}`
            : style === 2
              ? `0152 ${digits}`
              : `(0152) ${digits.slice(0, 4)}-${digits.slice(4)}`;
    }
    const line = `${phone},${firstNames[n % 10]},Muster${n},${cities[n % 6]},C${n}\n`;
    bytes += line.length;
    await write(line);
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
