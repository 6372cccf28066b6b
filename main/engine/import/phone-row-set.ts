/**
 * E.164 numbers seen so far, each with the row it was first seen on: what `check-csv` finds
 * repeats with. An E.164 number is "+" and at most 15 digits, so it fits a double exactly: the
 * table is two typed arrays with open addressing (12 bytes a slot, at most half full), about
 * 25 MB for a million distinct numbers where a Map of strings took about 100. Anything else
 * (never produced by the normaliser, but cheap to allow) goes to a Map.
 */
export class PhoneRowSet {
  private keys = new Float64Array(1024);
  private rows = new Uint32Array(1024);
  private count = 0;
  private readonly others = new Map<string, number>();

  get size(): number {
    return this.count + this.others.size;
  }

  /** The row `phone` was first seen on, or undefined. */
  get(phone: string): number | undefined {
    const key = keyOf(phone);
    if (key === null) return this.others.get(phone);
    const slot = this.find(key);
    return this.keys[slot] === key ? this.rows[slot] : undefined;
  }

  /** Records `phone` as seen on `row` (keeps the first row when it was seen before). */
  add(phone: string, row: number): void {
    const key = keyOf(phone);
    if (key === null) {
      if (!this.others.has(phone)) this.others.set(phone, row);
      return;
    }
    const slot = this.find(key);
    if (this.keys[slot] === key) return;
    this.keys[slot] = key;
    this.rows[slot] = row;
    this.count++;
    if (this.count * 2 > this.keys.length) this.grow();
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    let slot = hash(key) & mask;
    for (;;) {
      const at = this.keys[slot] as number;
      if (at === 0 || at === key) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const rows = this.rows;
    this.keys = new Float64Array(keys.length * 2);
    this.rows = new Uint32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === 0) continue;
      const slot = this.find(key);
      this.keys[slot] = key;
      this.rows[slot] = rows[i] as number;
    }
  }
}

const E164 = /^\+[1-9]\d{0,14}$/;

/** The digits as a number (never 0: the first digit is not 0), or null for anything else. */
function keyOf(phone: string): number | null {
  return E164.test(phone) ? Number(phone.slice(1)) : null;
}

function hash(key: number): number {
  const low = key >>> 0;
  const high = Math.floor(key / 4294967296) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
