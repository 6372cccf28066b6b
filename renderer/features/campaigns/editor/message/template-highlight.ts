import { GSM_COST_TABLE } from '../../../../../shared/sms/gsm-charset';
import { GSM_REPLACEMENTS } from '../../../../../shared/sms/gsm-replacements';
import { isSurrogatePairAt } from '../../../../../shared/sms/segment-count';
import type { TemplateError } from '../../../../../shared/template/parse-template';

export interface HighlightSegment {
  readonly text: string;
  /** Forces UCS-2 (a character with no GSM-7 code). */
  readonly ucs2: boolean;
  /** A UCS-2 character with a GSM look-alike ("Replace with GSM equivalents" fixes it). */
  readonly fixable: boolean;
  /** Inside a template error (an unknown field, an unclosed brace…). */
  readonly error: boolean;
}

/**
 * Cuts the template into runs for the highlight layer behind the textarea: characters that force
 * UCS-2 and the spans of template errors. Positions are UTF-16 indices, like the textarea's.
 */
export function highlightSegments(
  text: string,
  errors: readonly Pick<TemplateError, 'index' | 'length'>[],
): HighlightSegment[] {
  const inError = new Uint8Array(text.length);
  for (const e of errors) inError.fill(1, e.index, Math.min(text.length, e.index + e.length));
  const out: HighlightSegment[] = [];
  let run = '';
  let runUcs2 = false;
  let runError = false;
  for (let i = 0; i < text.length;) {
    const width = isSurrogatePairAt(text, i) ? 2 : 1;
    const ucs2 = GSM_COST_TABLE[text.charCodeAt(i)] === 0;
    const error = inError[i] === 1;
    // Each UCS-2 character is its own mark so the user sees exactly which ones to change.
    if (run !== '' && (ucs2 || runUcs2 || error !== runError)) {
      out.push(segment(run, runUcs2, runError));
      run = '';
    }
    run += text.slice(i, i + width);
    runUcs2 = ucs2;
    runError = error;
    i += width;
  }
  if (run !== '') out.push(segment(run, runUcs2, runError));
  return out;
}

function segment(text: string, ucs2: boolean, error: boolean): HighlightSegment {
  return { text, ucs2, error, fixable: ucs2 && GSM_REPLACEMENTS.has(text) };
}

/** "line 2, column 5" for an index into the text (1-based, as editors show it). */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
