/**
 * Stage 1: normalise text. Pure; linear in the input.
 *
 * - Unicode NFC; line endings CRLF/CR -> LF, and so do the other line breaks (vertical tab,
 *   form feed, line and paragraph separators); a leading BOM removed. (U+0085 is not taken
 *   for a line break: in web text it is a Windows-1252 ellipsis that lost its way.)
 * - Invisible characters removed (zero-width spaces, soft hyphens, bidi marks, word joiner,
 *   object replacement characters, control characters other than tab and newline, terminal
 *   colour codes). Zero-width joiners and non-joiners are kept only where they shape text:
 *   inside emoji sequences and between letters of scripts that use them (Arabic/Persian, Indic).
 * - Every kind of space (no-break, thin, ideographic, tab) becomes an ASCII space; runs of
 *   spaces collapse to one; lines are trimmed.
 */

const LINE_BREAKS = /\r\n?|[\u000b\u000c\u2028\u2029]/g;
// Zero-width space, bidi marks and controls, word joiner, BOM, object replacement, C0/C1
// controls except \t \n (joiners are handled apart).
const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffc\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// Terminal colour and cursor codes (CSI sequences), left by text copied from a terminal.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
const JOINERS = /[\u200c\u200d]/g;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const MULTI_SPACE = / {2,}/g;
const EDGE_SPACE = /^ | $/gm;

/** Scripts written with joiners (Arabic, Syriac, Thaana, NKo; Indic), emoji, and emoji modifiers. */
function joins(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  return (
    (cp >= 0x0600 && cp <= 0x08ff) ||
    (cp >= 0x0900 && cp <= 0x0dff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe) ||
    cp === 0xfe0f ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x1f000 && cp <= 0x1faff)
  );
}

function codePointBefore(s: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? s.codePointAt(i - 2) : c;
}

function keepJoiners(text: string): string {
  return text.replace(JOINERS, (j, i: number) => (joins(codePointBefore(text, i)) && joins(text.codePointAt(i + 1)) ? j : ''));
}

export function normalizeText(input: string): string {
  let text = input.replace(LINE_BREAKS, '\n');
  if (text.includes('\u001b')) text = text.replace(ANSI, '');
  text = text.replace(INVISIBLE, '');
  if (text.includes('\u200c') || text.includes('\u200d')) text = keepJoiners(text);
  text = text.replace(SPACES, ' ');
  text = text.normalize('NFC');
  // The only white space left is spaces and line breaks: runs of spaces become one, and the
  // space that may then start or end a line goes (each line trimmed).
  return text.replace(MULTI_SPACE, ' ').replace(EDGE_SPACE, '');
}
