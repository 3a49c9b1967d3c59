/**
 * Stage 1: normalise text. Pure; linear in the input.
 *
 * - Unicode NFC; line endings CRLF/CR -> LF; a leading BOM removed.
 * - Invisible characters removed (zero-width spaces and joiners, soft hyphens, bidi marks,
 *   control characters other than tab and newline).
 * - Every kind of space (no-break, thin, ideographic, tab) becomes an ASCII space; runs of
 *   spaces collapse to one; lines are trimmed.
 */

// Zero-width, soft hyphen, bidi controls, word joiner, BOM, C0/C1 controls except \t \n.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const MULTI_SPACE = / {2,}/g;

export function normalizeText(input: string): string {
  let text = input.replace(/\r\n?/g, '\n');
  text = text.replace(INVISIBLE, '');
  text = text.replace(SPACES, ' ');
  text = text.normalize('NFC');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    lines[i] = line.replace(MULTI_SPACE, ' ').trim();
  }
  return lines.join('\n');
}
