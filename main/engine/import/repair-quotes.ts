export interface RepairedText {
  readonly text: string;
  /** Records (0-based, counting every line break outside quotes) that had a quote repaired. */
  readonly oddRecords: ReadonlySet<number> | null;
}

const NONE: ReadonlySet<number> | null = null;

/**
 * Rewrites quotes that close a field too early, `"abc"def,…`, so the parser reads them the way
 * Excel and Python's csv module do: the quoted part, then the rest of the field as it is written
 * (`abcdef`). Without this, papaparse keeps the field open until the next quote and swallows the
 * lines after it, valid phone numbers included.
 *
 * The text must start at a record boundary. When `final` is false, a quote at the very end, or
 * an early-closing quote whose field is not finished yet, is left for the next chunk: the caller
 * keeps the unfinished last record anyway. The rewrite is idempotent (its output has no odd
 * quotes), so re-running it over a kept tail is safe.
 */
export function repairQuotes(text: string, delimiter: string, final: boolean): RepairedText {
  let q = text.indexOf('"');
  if (q === -1) return { text, oddRecords: NONE };
  let out = '';
  let copied = 0;
  let odd: Set<number> | null = null;
  let record = 0;
  let scanned = 0;
  let inQuotes = false;
  let openedAt = 0;
  let openedOffset = 0;
  while (q !== -1) {
    if (!inQuotes) {
      record += countLineBreaks(text, scanned, q);
      const before = q === 0 ? '\n' : text[q - 1];
      if (before === delimiter || before === '\n') {
        inQuotes = true;
        openedAt = record;
        openedOffset = q;
      }
      scanned = q + 1;
      q = text.indexOf('"', q + 1);
      continue;
    }
    const next = text[q + 1];
    if (next === '"') {
      q = text.indexOf('"', q + 2);
      continue;
    }
    // The last character: a close at the end of the text, or (not final) one to wait for.
    if (next === undefined) break;
    const end = fieldEnd(text, q + 1, delimiter);
    const rest = text.slice(q + 1, end);
    if (
      next === delimiter ||
      next === '\n' ||
      (rest.trim() === '' && (end < text.length || final))
    ) {
      // A proper close (papaparse allows spaces before the delimiter itself).
      inQuotes = false;
      scanned = q + 1;
      q = text.indexOf('"', q + 1);
      continue;
    }
    if (end === text.length && !final) break;
    if (text.lastIndexOf('\n', q) > openedOffset) {
      // The quote has been open across lines: more likely a quote that never closes than an
      // early close. Left as it is for the unclosed-quote recovery (one broken row, not many).
      q = text.indexOf('"', q + 1);
      continue;
    }
    const close = properCloseOnLine(text, q + 1, delimiter, final);
    if (close === WAIT) break;
    (odd ??= new Set()).add(openedAt);
    inQuotes = false;
    if (close !== -1) {
      // `"Jane "JJ" Doe",…`: the field does close on this line, so the quotes inside it are
      // text. They are doubled so the parser reads them as such.
      const inside = text.slice(openedOffset + 1, close).replaceAll('""', '"');
      out += `${text.slice(copied, openedOffset + 1)}${inside.replaceAll('"', '""')}`;
      copied = close;
      scanned = close + 1;
      q = text.indexOf('"', close + 1);
      continue;
    }
    // `"abc"def,…`: the quoted part, then the rest of the field as written.
    out += `${text.slice(copied, q)}${rest.replaceAll('"', '""')}"`;
    copied = end;
    scanned = end;
    q = text.indexOf('"', end);
  }
  if (odd === null) return { text, oddRecords: NONE };
  return { text: out + text.slice(copied), oddRecords: odd };
}

const WAIT = -2;

/**
 * The quote that ends the field holding the early quote at `from - 1`, if the field does end
 * with a quote before its delimiter or line break (`"Jane "JJ" Doe",…`); -1 when it does not,
 * WAIT when the field is not complete yet.
 */
function properCloseOnLine(text: string, from: number, delimiter: string, final: boolean): number {
  const end = fieldEnd(text, from, delimiter);
  if (end === text.length && !final) return WAIT;
  let last = end - 1;
  while (last >= from && (text[last] === ' ' || text[last] === '\t')) last--;
  return last >= from && text[last] === '"' ? last : -1;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function fieldEnd(text: string, from: number, delimiter: string): number {
  const d = text.indexOf(delimiter, from);
  const n = text.indexOf('\n', from);
  if (d === -1) return n === -1 ? text.length : n;
  return n === -1 ? d : Math.min(d, n);
}
