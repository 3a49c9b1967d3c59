/**
 * Character classes by code point, looked up in a table instead of running a regex per
 * character. The table is filled from the Unicode property patterns below, 256 code points
 * at a time when a character of that range is first seen: the classes are exactly the
 * patterns', and a run pays only for the ranges its texts use.
 */

/** `\p{L}` */
export const LETTER = 1;
/** `\p{N}` */
export const NUMBER = 2;
/** `\p{Lu}` */
export const UPPER = 4;
/** `\p{Ll}` */
export const LOWER = 8;
/** Scripts written without spaces between words: Han, Hiragana, Katakana, Thai. */
export const UNSPACED = 16;
/** A character of a word: a letter or a digit. */
export const WORD_CHAR = LETTER | NUMBER;

const PATTERNS: readonly (readonly [number, RegExp])[] = [
  [LETTER, /\p{L}/gu],
  [NUMBER, /\p{N}/gu],
  [UPPER, /\p{Lu}/gu],
  [LOWER, /\p{Ll}/gu],
  [UNSPACED, /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu],
];

const CLASSES = new Uint8Array(0x110000);
const FILLED = new Uint8Array(0x110000 >> 8);

/**
 * Fills the classes of the 256 code points of a page: each pattern runs once over a string of
 * them (a surrogate, which has no class, stands as a space), which costs far less than a test
 * per character in a short run.
 */
function fill(page: number): void {
  const first = page << 8;
  let s = '';
  for (let cp = first; cp < first + 256; cp++) s += cp >= 0xd800 && cp < 0xe000 ? ' ' : String.fromCodePoint(cp);
  // Characters outside the BMP take two UTF-16 units each.
  const unit = first > 0xffff ? 2 : 1;
  for (const [flag, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const cp = first + m.index / unit;
      CLASSES[cp] = CLASSES[cp]! | flag;
    }
  }
  FILLED[page] = 1;
}

/** The classes of a code point (a lone surrogate has none), as a bit set of the flags above. */
export function classOf(cp: number): number {
  if (FILLED[cp >> 8] === 0) fill(cp >> 8);
  return CLASSES[cp]!;
}

/** `\s` of a Unicode regex. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    (code > 0x7f &&
      (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff))
  );
}

/**
 * A quick test for a pattern that ignores case and must start (or end) with one of `chars`:
 * false only when a character cannot be there. An ASCII character matches only its own two
 * cases (and 's', 'k' also 'ſ' and the Kelvin sign 'K', which fold to them); any other
 * character may match.
 */
export function caseless(chars: Iterable<string>): (code: number) => boolean {
  const ascii = new Uint8Array(128);
  const mark = (c: string) => {
    for (const v of [c.toLowerCase(), c.toUpperCase()]) if (v.length === 1 && v.charCodeAt(0) < 128) ascii[v.charCodeAt(0)] = 1;
  };
  for (const ch of chars) {
    if (ch === '\u017f') mark('s');
    else if (ch === '\u212a') mark('k');
    else mark(ch);
  }
  return (code) => code >= 128 || ascii[code] === 1 || Number.isNaN(code);
}

/** Whether a character that passes `test` stands with white space on either side (" | ", " - "). */
export function spacedOut(text: string, test: (code: number) => boolean): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    if (test(text.charCodeAt(i)) && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/**
 * The text's parts between the characters that pass `test` standing with white space on either
 * side: text.split(/\s+[S]\s+/u), S the characters `test` takes (none of them white space), without
 * a regex. A separator can only follow a whole run of white space, so each run is tried once.
 */
export function splitSpacedOut(text: string, test: (code: number) => boolean): string[] {
  const parts: string[] = [];
  const n = text.length;
  let from = 0;
  for (let i = 0; i < n; ) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    if (j + 1 < n && test(text.charCodeAt(j)) && isSpace(text.charCodeAt(j + 1))) {
      let k = j + 2;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      parts.push(text.slice(from, i));
      from = k;
      i = k;
    } else i = j;
  }
  parts.push(text.slice(from));
  return parts;
}

/** Whether the text has a run of at least `n` digits 0-9 (what `\d` matches). */
export function hasDigits(text: string, n = 1): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (++run >= n) return true;
    } else run = 0;
  }
  return false;
}

/** The code point that ends at `end` (> 0) of s; a lone surrogate stands for itself. */
export function codePointBefore(s: string, end: number): number {
  const c = s.charCodeAt(end - 1);
  if (c >= 0xdc00 && c < 0xe000 && end >= 2) {
    const high = s.charCodeAt(end - 2);
    if (high >= 0xd800 && high < 0xdc00) return (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}
