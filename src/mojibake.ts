/**
 * Mojibake repair: text that was UTF-8 but was decoded as Windows-1252 (or Latin-1) on its
 * way to the clipboard, so that "it’s" reads "itâ€™s" and "été" reads "Ã©tÃ©".
 *
 * A candidate is a run of characters whose Windows-1252 bytes have the shape of one UTF-8
 * character (a lead byte and its continuation bytes). It is only repaired when the repair
 * is unambiguous:
 *
 * - the bytes decode to a character that text is written with (a letter, common punctuation
 *   or symbol, CJK, an emoji), never to IPA, combining marks, controls or private use;
 * - the text shows at least one *strong* candidate, a sequence correct text does not contain
 *   ("â€™", "Ã©", "Â£", "ï»¿", an emoji's "ðŸ"), or else mojibake makes up most of its
 *   non-ASCII characters (a whole Chinese page read as Windows-1252);
 * - *weak* candidates, which correct text can contain (a capital "Ã" or "É" followed by a
 *   closing quote, a no-break space or an ellipsis, as in "NÃO»" or "CAFÉ »"), are only
 *   repaired when mojibake makes up most of the text's non-ASCII characters.
 *
 * Doubly encoded text ("ÃƒÂ©") is repaired in up to three passes. Linear in the input; text
 * without a candidate is returned unchanged after one regular-expression test.
 *
 * Then the C1 control characters U+0080-U+009F left over, which text never contains, become
 * the Windows-1252 characters of the same bytes ("don\u0092t" -> "don’t", "(\u0085)" -> "(…)"),
 * as browsers do for the numeric references &#128;-&#159;.
 */

/** Windows-1252 bytes 0x80-0x9F that are not the Latin-1 control characters. */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Characters standing for a UTF-8 continuation byte (0x80-0xBF) in Windows-1252 or Latin-1. */
const CONT = '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';
/** One UTF-8 character seen through Windows-1252: lead byte C2-DF, E0-EF or F0-F4, then continuations. */
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');
const HAS_SEQUENCE = new RegExp(SEQUENCE.source);

/**
 * Characters that may follow a capital accented letter in correct text (quotes, a no-break
 * space, dashes, an ellipsis): a two-byte candidate ending in one of them is weak.
 */
const WEAK_FOLLOWERS = new Set('\u00a0\u00ab\u00bb\u2039\u203a\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u2013\u2014');

const byteOf = (c: number): number => (c <= 0xff ? c : (CP1252_HIGH[c] ?? -1));
/** The bytes 0x80-0x9F that Windows-1252 gives a character. */
const CP1252_BYTES = new Set(Object.values(CP1252_HIGH));

/** C1 control (as Latin-1 decodes a Windows-1252 byte) -> the Windows-1252 character. */
const C1_TO_CP1252 = new Map<string, string>(Object.entries(CP1252_HIGH).map(([cp, byte]) => [String.fromCharCode(byte), String.fromCharCode(Number(cp))]));
const C1 = /[\u0080-\u009f]/g;
const HAS_C1 = /[\u0080-\u009f]/;

/** A code point that text is written with: what a correct repair gives. */
function plausible(cp: number): boolean {
  // A C1 control is a Windows-1252 byte read as Latin-1: one more layer of the same mojibake.
  if (cp < 0xa0) return cp >= 0x80 && CP1252_BYTES.has(cp);
  if (cp <= 0x17f) return true; // Latin-1 letters and symbols, Latin Extended-A
  if (cp <= 0x24f) return cp === 0x192 || (cp >= 0x218 && cp <= 0x21b); // ƒ, Romanian ș ț
  if (cp < 0x370) return false; // IPA, spacing modifiers, combining marks
  if (cp <= 0x3ff) return cp >= 0x384; // Greek
  if (cp <= 0x45f) return true; // Cyrillic
  if (cp <= 0x4ff) return cp === 0x490 || cp === 0x491; // Ukrainian ґ
  if (cp >= 0x531 && cp <= 0x587) return true; // Armenian letters
  if (cp >= 0x591 && cp <= 0x5f4) return true; // Hebrew
  if (cp >= 0x600 && cp <= 0x6ff) return true; // Arabic
  if (cp < 0x900) return false;
  if (cp <= 0xdff) return true; // Indic scripts
  if (cp <= 0xe7f) return cp >= 0xe01; // Thai
  if (cp >= 0x10a0 && cp <= 0x10ff) return true; // Georgian
  if (cp >= 0x1e00 && cp <= 0x1eff) return true; // Latin Extended Additional (Vietnamese)
  if (cp >= 0x2000 && cp <= 0x2bff) return true; // punctuation, currency, letterlike, arrows, math, symbols
  if (cp >= 0x3000 && cp <= 0x30ff) return true; // CJK punctuation, kana
  if (cp >= 0x3400 && cp <= 0x4dbf) return true; // CJK extension A
  if (cp >= 0x4e00 && cp <= 0x9fff) return true; // CJK
  if (cp >= 0xac00 && cp <= 0xd7a3) return true; // Hangul
  if (cp === 0xfeff) return true; // a byte-order mark (removed later by normalisation)
  if (cp >= 0xff01 && cp <= 0xffee) return true; // full-width forms
  if (cp >= 0x1f000 && cp <= 0x1faff) return true; // emoji
  return cp >= 0x20000 && cp <= 0x2fa1f; // CJK extensions
}

interface Candidate {
  index: number;
  length: number;
  char: string;
  strong: boolean;
}

/** The character a candidate stands for, or null when its bytes are not one valid, plausible UTF-8 character. */
function decodeCandidate(s: string): { cp: number; strong: boolean } | null {
  const b: number[] = [];
  for (let i = 0; i < s.length; i++) b.push(byteOf(s.charCodeAt(i)));
  let cp: number;
  if (b.length === 2) cp = ((b[0]! & 0x1f) << 6) | (b[1]! & 0x3f);
  else if (b.length === 3) cp = ((b[0]! & 0x0f) << 12) | ((b[1]! & 0x3f) << 6) | (b[2]! & 0x3f);
  else cp = ((b[0]! & 0x07) << 18) | ((b[1]! & 0x3f) << 12) | ((b[2]! & 0x3f) << 6) | (b[3]! & 0x3f);
  // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
  if ((b.length === 3 && cp < 0x800) || (cp >= 0xd800 && cp <= 0xdfff) || (b.length === 4 && (cp < 0x10000 || cp > 0x10ffff))) return null;
  if (!plausible(cp)) return null;
  let strong: boolean;
  if (b.length === 2) strong = !WEAK_FOLLOWERS.has(s[1]!);
  else if (b.length === 3) strong = (b[0] === 0xe2 && cp >= 0x2000 && cp <= 0x2bff) || cp === 0xfeff;
  else strong = true;
  return { cp, strong };
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  SEQUENCE.lastIndex = 0;
  for (let m = SEQUENCE.exec(text); m; m = SEQUENCE.exec(text)) {
    const d = decodeCandidate(m[0]);
    if (d) out.push({ index: m.index, length: m[0].length, char: String.fromCodePoint(d.cp), strong: d.strong });
  }
  return out;
}

/** Share of the text's non-ASCII characters a candidate list covers, above which mojibake dominates. */
const DOMINANT = 0.5;
/** Candidates needed before weak ones alone count as evidence. */
const MIN_WEAK_ONLY = 3;
const MAX_PASSES = 3;

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

function repairOnce(text: string): { text: string; repaired: number } {
  if (!HAS_SEQUENCE.test(text)) return { text, repaired: 0 };
  const found = candidates(text);
  if (found.length === 0) return { text, repaired: 0 };
  let strong = 0;
  let covered = 0;
  for (const c of found) {
    if (c.strong) strong++;
    covered += c.length;
  }
  const dominant = covered >= DOMINANT * nonAscii(text);
  if (strong === 0 && !(dominant && found.length >= MIN_WEAK_ONLY)) return { text, repaired: 0 };
  const chosen = found.filter((c) => c.strong || dominant);
  let out = '';
  let last = 0;
  for (const c of chosen) {
    out += text.slice(last, c.index) + c.char;
    last = c.index + c.length;
  }
  return { text: out + text.slice(last), repaired: chosen.length };
}

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1, when the repair is
 * unambiguous (see above). Returns the text and how many characters were repaired.
 */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const r = repairOnce(text);
    if (r.repaired === 0) break;
    text = r.text;
    repaired += r.repaired;
  }
  if (HAS_C1.test(text)) {
    text = text.replace(C1, (c) => {
      const to = C1_TO_CP1252.get(c);
      if (to === undefined) return c;
      repaired++;
      return to;
    });
  }
  return { text, repaired };
}
