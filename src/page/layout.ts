/**
 * Layout: rebuilds the page's paragraphs whatever layout its text came in, so that the later
 * stages see one line per block, as a browser's copy gives it.
 *
 * Takes the text of a page (any line breaks) and gives it back with LF line breaks and:
 * - hard-wrapped lines joined back into paragraphs. A text is hard-wrapped when many of its
 *   lines end within a few columns of one right margin and almost none goes past it (text-mode
 *   browsers, pandoc, e-mail, fmt), or, on a short page, when a few do and each goes on
 *   mid-sentence into the next line. A line is joined to the one before when the first word of
 *   the line would not have fitted after the line before (the wrapper moved it down), the line
 *   before reached at least half the margin, the line starts no list item, and it is indented
 *   as the line before goes on (a list item's text lines up after its marker). Wide (CJK)
 *   characters count two columns and are joined without a space; a word hyphenated at the
 *   margin is joined without one, and without its hyphen when the page writes the word whole
 *   elsewhere (a compound broken at its own hyphen keeps it; a hyphen before "und", "and"...
 *   keeps the space after it: "Umwelt- und Sozialstandards").
 * - blank lines between all lines when a text has none: the later stages read a blank line
 *   before a block as a sign of a paragraph, and a text with no blank lines at all says nothing
 *   about which lines are paragraphs; one blank line after every line (double spacing) is read
 *   as no blank lines.
 * - text-browser furniture dropped: lines that are only a bullet, a drawn form control or
 *   images' bracketed names, image file names before a line's text, underlines of headings,
 *   links' numbers ("[12]Politics", in a text that numbers many links) and a trailing list of
 *   link addresses.
 * - side-by-side columns (a table's cells printed on one line) read one after the other.
 * - Markdown-like text (html2text: "[text](address)", "![picture](address)", "# Heading") read
 *   as the words it shows, in a text that writes many links so (see markdown.ts).
 *
 * Only line breaks, such hyphens and that furniture change: every other character comes from
 * the input, and every word is one the input writes.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import { LAYOUT } from '../constants.js';
import { MONTHS, WEEKDAYS } from '../lexicon/dates.js';
import { SUSPENDED_HYPHEN_WORDS } from '../lexicon/conjunctions.js';
import { AMBIGUOUS_AGENCIES, BYLINE_START_WORDS, CREDIT_BY_WORDS, NOT_TRAILING_AGENCIES, PICTURE_AGENCIES } from '../lexicon/metadata.js';
import { creditOf } from '../metadata/cues.js';
import { addressAt, linkGoesOn, linksOnly, startsBlock, withoutMarkdown, writesMarkdownLinks } from './markdown.js';

export interface Layout {
  /** The text with its paragraphs rebuilt, LF line breaks. */
  text: string;
  /** The column the text was wrapped at, or 0 when it was not hard-wrapped. */
  wrapWidth: number;
  /** Lines joined to the line before. */
  joined: number;
  /** Furniture lines dropped. */
  dropped: number;
  /** Whether the text's blank lines were read anew (it had none, or one after every line). */
  respaced: boolean;
  /** Lines of the input (its line breaks plus one). */
  inputLines: number;
  /**
   * For each line of `text`, the 1-based line of the input it starts on, and the last input
   * line it takes; null when the lines are the input's own.
   */
  from: Int32Array | null;
  to: Int32Array | null;
  /**
   * 1-based lines of `text` whose paragraph a text-mode browser printed twice in a row (an
   * image's description and its caption, kept once): almost never article text.
   */
  doubled: number[];
  /**
   * Whether the text reads as a text-mode browser's dump (w3m, lynx): hard-wrapped, with at
   * least LAYOUT.TEXT_BROWSER_MIN_BULLETS lines opening with a bullet glyph. Such a browser
   * prints every list of the page, menus and link lists included, as bulleted items, where a
   * graphical browser's copy prints them as bare lines: a bullet says less there.
   */
  textBrowser: boolean;
  /**
   * For lines of `text` joined from several input lines: their first input line, then their
   * first two, and so on up to LAYOUT.HEAD_LINES (where the lines were joined with a space), by
   * 1-based line of `text`; and `tails`, their last input line, their last two... A line that
   * fills a wrapper's margin looks like a wrapped line that goes on: a headline that happens to
   * reach the margin is joined to the byline under it, and a headline is joined to a line above
   * it that did (a link, a teaser, a breadcrumb trail). The headline search offers these parts
   * as headlines of their own.
   */
  heads: Map<number, string[]>;
  tails: Map<number, string[]>;
}

const LINE_BREAK = /\r\n?|\n/;

/** A list item's marker: a bullet, a number or a letter with "." or ")", and the space after it. */
const ITEM_MARKER = /^(?:[•·▪▫▸►‣◦●○■□☐➤→✓✔*-]|\d{1,3}[.)]|[a-z][.)])[ \t]+/u;
/** Bullets of nested lists in text-mode browsers, which are also words or signs: taken for bullets only on indented lines. */
const INDENTED_ITEM_MARKER = /^[+#o][ \t]+/u;
/** A line (trimmed) opening with a bullet glyph as text-mode browsers draw them... */
const BROWSER_BULLET = /^[•◦▪*] /u;
/** ...or, indented, with the letters and signs they draw nested lists' bullets with. */
const NESTED_BULLET = /^[+o] /u;
/** The first characters of either. */
const BULLET_START: ReadonlySet<number> = new Set([...'•◦▪*+o'].map((c) => c.charCodeAt(0)));
/** A line (trimmed) that starts a list item, bulleted or numbered, as far as the right margin goes (see wrapColumn)... */
const LIST_LINE = /^(?:[•·▪▫▸►‣◦●○■□☐☆★➤→✓✔*+-]|\d{1,3}[.)]) /u;
/** ...and the characters it starts with. */
const LIST_LINE_START: ReadonlySet<number> = new Set([...'•·▪▫▸►‣◦●○■□☐☆★➤→✓✔*+-0123456789'].map((c) => c.charCodeAt(0)));
/** A line that is only a bullet, a drawn form control, or a rule (of ASCII signs, or box-drawing lines as text-mode browsers draw a rule). */
const FURNITURE_LINE = /^(?:[•·▪▫◦●○■□☐☆★▢◯*+-]|\[[ xX*]?\]|\( ?\)|\[ +\]|_{3,}|[=~^\-─━═]{3,})$/u;
/** An image or control shown by its bracketed name: "[image]", "[logo]", "[Submit]". */
const BRACKETED_NAME = /^\[[^\][]{0,40}\]$/u;
/** A media type alone on a line, as a text-mode browser writes an image it cannot show ("image/svg+xml"). */
const MEDIA_TYPE = /^(?:image|video|audio)\/[a-z0-9.+-]+$/u;
/** A line of several image names side by side: "[icon_fb][icon_tw]", "[logo] [banner]" (names of one word: an empty "[    ]" is a text field, "[ a b ]" is text). */
const BRACKETED_NAMES = /^(?:\[[^\][\s]{0,40}\] ?){2,}$/u;
/** A bracketed name of one word (each ends at its first "]": no backtracking). */
const BRACKETED_WORD = /^\[[^\][\s]{1,80}\] ?/u;

/**
 * The line without the image file names before its text ("[logo_final] Headline", "[img-2041]
 * [banner_3] Text"): names with a "-" or "_", and no address after them ("[2018-08-16](https://...)"
 * is a Markdown link's text).
 */
function withoutFileNames(body: string): string {
  let rest = body;
  const isName = (m: RegExpExecArray) => /[-_]/u.test(m[0]) && !addressAt(rest, m[0].length);
  for (let m = BRACKETED_WORD.exec(rest); m !== null && isName(m); m = BRACKETED_WORD.exec(rest)) rest = rest.slice(m[0].length);
  return rest === body || rest === '' || /^[\s[]/u.test(rest) ? body : rest;
}
/**
 * A link's number before the link's text, as lynx -dump numbers links ("[12]Politics", "Read
 * the [13]full report"): at a line's start or after a space or an opening quote or bracket. (A
 * footnote's mark stands after a word, or before a space: "city.[4] The", "[4] Smith, J.")
 */
const LINK_NUMBER = /(^|[\s("“„«'])\[\d{1,4}\](?=[^\s\]])/gu;
const HAS_LINK_NUMBER = new RegExp(LINK_NUMBER.source, 'u');

/** The line without its links' numbers. */
const withoutLinkNumbers = (body: string) => (body.includes('[') ? body.replace(LINK_NUMBER, '$1') : body);

/**
 * Whether a text numbers its links as a text-mode browser does: LINK_NUMBERED_LINES lines or
 * more hold a link's number, or one does and the text ends with the list of the links'
 * addresses (`listed`, see linkListStart), as lynx -dump writes a page of few links.
 */
function numbersLinks(bodies: readonly string[], listed: boolean): boolean {
  const enough = listed ? 1 : LAYOUT.LINK_NUMBERED_LINES;
  let seen = 0;
  for (const b of bodies) if (b.includes('[') && HAS_LINK_NUMBER.test(b) && ++seen >= enough) return true;
  return false;
}

/** The heading of the list of link addresses a text-mode browser puts at the end. */
const LINK_LIST_HEADING = /^(?:References|Visible links:?|Hidden links:?)$/;
/** An entry of that list: "12. https://…". */
const LINK_LIST_ENTRY = /^\d{1,5}\. +\S+:\S*$/;

/** Display columns of a code point: two for wide and full-width characters, else one. */
function columns(cp: number): number {
  if (cp < 0x1100) return 1;
  const w = eastAsianWidth(cp);
  return w === 2 ? 2 : 1;
}

/** Display width of a string. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x1100) w++;
    else {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      w += columns(cp);
    }
  }
  return w;
}

/** Whether some line's display width is not its length: it holds wide characters. */
function hasWideLines(lines: readonly string[], widths: Int32Array): boolean {
  for (let i = 0; i < lines.length; i++) if (widths[i]! > 0 && widths[i] !== lines[i]!.length) return true;
  return false;
}

function isWide(cp: number | undefined): boolean {
  return cp !== undefined && cp >= 0x1100 && columns(cp) === 2;
}

/** Leading spaces of a line, a tab counting to the next multiple of 8. */
function indentOf(line: string): number {
  let col = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20) col++;
    else if (c === 0x09) col = (col >> 3) * 8 + 8;
    else break;
  }
  return col;
}

/**
 * The lines' widths for finding the margin, with those of long lines of one word (an address,
 * an image's file name; after a list item's marker or not) left out as 0: a wrapper cannot
 * break such a word, and it goes past any margin (a text-mode browser's list of 80 columns with
 * file names of 100 characters in it). Lines of wide characters are no words here: they break
 * anywhere. Returns `widths` itself when it has no such line.
 */
function unbreakableLeftOut(widths: Int32Array, bodies: readonly string[]): Int32Array {
  let out: Int32Array | null = null;
  for (let i = 0; i < widths.length; i++) {
    if (widths[i]! <= LAYOUT.WRAP_MIN_COLUMN) continue;
    const body = bodies[i]!;
    const marker = LIST_LINE.exec(body);
    const word = marker ? body.slice(marker[0].length).trimStart() : body;
    if (word.includes(' ') || displayWidth(word) !== word.length) continue;
    (out ??= widths.slice())[i] = 0;
  }
  return out ?? widths;
}

/**
 * The right margin of a hard-wrapped text, or 0. The margin is the column W with the most lines
 * ending in the band (W - WRAP_BAND, W] among those that almost no line goes past; the text is
 * wrapped there when those lines are many among the lines at least half as wide, or many more
 * than in the band below (a wrapper piles lines up against its margin; a browser's lines of
 * menus and paragraphs spread evenly).
 */
export function wrapColumn(widths: ArrayLike<number>): number {
  return wrapFit(widths).column;
}

/** wrapColumn's margin (0 for none) and how many lines end in the band below it. */
function wrapFit(widths: ArrayLike<number>): { column: number; near: number } {
  const m = bestMargin(widths);
  if (m.column === 0) return { column: 0, near: 0 };
  const many = m.near >= LAYOUT.WRAP_MIN_LINES && (m.share >= LAYOUT.WRAP_MIN_SHARE || m.cliff >= LAYOUT.WRAP_MIN_CLIFF);
  const few = m.near >= LAYOUT.WRAP_FEW_LINES && m.share >= LAYOUT.WRAP_FEW_SHARE && m.cliff >= LAYOUT.WRAP_FEW_CLIFF;
  return many || few ? { column: m.column, near: m.near } : { column: 0, near: 0 };
}

/**
 * The margin of a short text with one wrapped paragraph, which has too few lines at it for
 * wrapFit: WRAP_TINY_LINES are enough when they follow one another (one paragraph) and each
 * runs on into the next line mid-sentence (no sentence ends there, the next line is not blank,
 * and its first word would not have fitted after it: a wrapper would have moved it up), as no
 * menu or list of headlines does. (Lines at the margin in several paragraphs are no evidence
 * here: short paragraphs this stage has just rebuilt would read as wrapped at the width of the
 * longest, and be joined again.)
 */
function tinyWrapFit(widths: ArrayLike<number>, bodies: readonly string[]): { column: number; near: number } {
  const m = bestMargin(widths);
  if (m.column === 0 || m.near < LAYOUT.WRAP_TINY_LINES || m.share < LAYOUT.WRAP_FEW_SHARE || m.cliff < LAYOUT.WRAP_FEW_CLIFF) return { column: 0, near: 0 };
  let previous = -1;
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i]!;
    if (w <= m.column - LAYOUT.WRAP_BAND || w > m.column) continue;
    if (previous >= 0 && previous !== i - 1) return { column: 0, near: 0 };
    if (i + 1 >= widths.length || bodies[i + 1] === '' || SENTENCE_END.test(bodies[i]!)) return { column: 0, near: 0 };
    if (w + 1 + firstWordWidth(bodies[i + 1]!) <= m.column - 1) return { column: 0, near: 0 };
    previous = i;
  }
  return { column: m.column, near: m.near };
}

/**
 * The margin of a text with too few lines at it for wrapFit, not all of them going on as
 * tinyWrapFit wants (a page of menus with a few paragraphs, some wrapped): enough when
 * WRAP_RUN_LINES of them go on mid-sentence into a line that starts with a lower-case word that
 * would not have fitted after them. A wrapper moved that word down; a browser's copy breaks
 * lines only between blocks, and a block seldom starts in lower case just past a line that
 * reaches the margin, let alone several times at one margin.
 */
function runOnFit(widths: ArrayLike<number>, bodies: readonly string[]): { column: number; near: number } {
  const m = bestMargin(widths);
  if (m.column === 0) return { column: 0, near: 0 };
  let runs = 0;
  for (let i = 0; i + 1 < widths.length; i++) {
    const w = widths[i]!;
    if (w <= m.column - LAYOUT.WRAP_BAND || w > m.column) continue;
    const next = bodies[i + 1]!;
    if (next !== '' && !SENTENCE_END.test(bodies[i]!) && /^\p{Ll}/u.test(next) && w + 1 + firstWordWidth(next) > m.column - 1) runs++;
  }
  return runs >= LAYOUT.WRAP_RUN_LINES ? { column: m.column, near: m.near } : { column: 0, near: 0 };
}

/** A line's last character ends a sentence or a clause before a list. */
const SENTENCE_END = /[.!?:;。！？…]["'”’»)]*$/u;

/**
 * The column W with the most lines ending in the band (W - WRAP_BAND, W] among those that almost
 * no line goes past, those lines (near), their share of the lines at least half as wide, and how
 * many times as many they are as those in the band below (cliff).
 */
function bestMargin(widths: ArrayLike<number>): { column: number; near: number; share: number; cliff: number } {
  const top = LAYOUT.WRAP_MAX_COLUMN + 1;
  const count = new Int32Array(top + 2);
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i]!;
    if (w > 0) count[Math.min(w, top)]! += 1;
  }
  // atLeast[w]: lines at least w columns wide.
  const atLeast = new Int32Array(top + 2);
  for (let w = top; w >= 0; w--) atLeast[w] = atLeast[w + 1]! + count[w]!;
  const band = LAYOUT.WRAP_BAND;
  let near = 0;
  let column = 0;
  for (let w = LAYOUT.WRAP_MIN_COLUMN; w <= LAYOUT.WRAP_MAX_COLUMN; w++) {
    const past = atLeast[w + 1]!;
    if (past > Math.max(LAYOUT.WRAP_PAST_LINES, LAYOUT.WRAP_PAST_SHARE * atLeast[w >> 1]!)) continue;
    if (atLeast[w - band + 1]! - past > near) {
      near = atLeast[w - band + 1]! - past;
      column = w;
    }
  }
  if (column === 0) return { column: 0, near: 0, share: 0, cliff: 0 };
  const share = near / atLeast[column >> 1]!;
  const cliff = near / Math.max(1, atLeast[column - 2 * band + 1]! - atLeast[column - band + 1]!);
  return { column, near, share, cliff };
}

/**
 * The margins of paragraphs wrapped narrower than the text (a table cell or a side column of a
 * text-mode browser's dump): for each line, the margin of its group of lines (lines with no
 * blank line between them), or 0. A group has one when it has at least NARROW_MIN_LINES lines,
 * its widest line is narrower than the text's margin by two bands, and nearly every line is
 * followed by one whose first word would not have fitted after it: a wrapper moved it down.
 * Menus and lists of headlines have lines of every length, and words that would have fitted;
 * so that lists of names, table rows (padded with spaces) and repeated labels are not taken for
 * one, some of its lines must go on a sentence (start lower case), and none may be padded or
 * the same as the next.
 */
function narrowMargins(widths: Int32Array, bodies: readonly string[], wrap: number, measure: Measure): Int32Array | null {
  const n = bodies.length;
  let out: Int32Array | null = null;
  for (let i = 0; i < n; ) {
    if (bodies[i] === '') {
      i++;
      continue;
    }
    let j = i;
    let widest = 0;
    while (j < n && bodies[j] !== '') widest = Math.max(widest, widths[j++]!);
    const lines = j - i;
    if (lines >= LAYOUT.NARROW_MIN_LINES && widest >= LAYOUT.NARROW_MIN_COLUMN && widest <= wrap - 2 * LAYOUT.WRAP_BAND) {
      let moved = 0;
      let lower = 0;
      let padded = false;
      for (let k = i; k + 1 < j; k++) {
        if (widths[k]! + 1 + firstWordWidth(bodies[k + 1]!, measure) > widest) moved++;
        if (/^\p{Ll}/u.test(bodies[k + 1]!)) lower++;
        if (bodies[k]!.includes('  ') || bodies[k] === bodies[k + 1]) padded = true;
      }
      if (!padded && moved >= LAYOUT.NARROW_MIN_SHARE * (lines - 1) && lower >= LAYOUT.NARROW_MIN_LOWER * (lines - 1)) {
        out ??= new Int32Array(n);
        out.fill(widest, i, j);
      }
    }
    i = j;
  }
  return out;
}

/** A string's width as a wrapper measured it: display columns (text-mode browsers, pandoc) or characters (see characterCount). */
type Measure = (s: string) => number;

/**
 * Characters of a string (UTF-16 units), as simpler wrappers count them (fold, scripts, some
 * mail programs): a line of wide characters is then narrower than a text browser would make it.
 */
const characterCount: Measure = (s) => s.length;

/**
 * Width of the first word of a line (of its first character, for wide scripts, which a text
 * browser wraps anywhere; a wrapper that counts characters wraps them at spaces too). A word of
 * one lower-case letter goes with the next: pages bind such words to the next by a no-break
 * space (Polish and Czech "w", "z", "v"), so that a wrapper moves both, and a text browser's
 * dump shows that space as any other.
 */
function firstWordWidth(body: string, measure: Measure = displayWidth): number {
  if (measure === displayWidth && isWide(body.codePointAt(0))) return 2;
  let space = body.indexOf(' ');
  if (space === 1 && /^\p{Ll}/u.test(body)) {
    const next = body.indexOf(' ', 2);
    space = next < 0 ? body.length : next;
  }
  return measure(space < 0 ? body : body.slice(0, space));
}

/**
 * What goes between two wrapped lines joined: nothing after a hyphenated word, nor between wide
 * characters where a text browser wrapped them (anywhere, dropping a space it wraps at); else a
 * space (a word and a wide character were apart in the input: joined, they would make a word
 * the input does not have).
 */
function joint(before: string, after: string, measure: Measure): string {
  const last = before.codePointAt(before.length - 1 - (before.length > 1 && before.charCodeAt(before.length - 1) >= 0xdc00 && before.charCodeAt(before.length - 1) <= 0xdfff ? 1 : 0));
  if (measure === displayWidth && isWide(last) && isWide(after.codePointAt(0))) return '';
  if (endsHyphenated(before) && goesOnAfterHyphen(before, after) && !SUSPENDED_HYPHEN_WORDS.has(firstWord(after))) return '';
  return ' ';
}

/**
 * Whether the next line goes on a word hyphenated at the end of the line before: it starts in
 * lower case ("moun-" / "tain"), or in capitals after a word in capitals ("ALEXAND-" / "ER").
 */
function goesOnAfterHyphen(before: string, after: string): boolean {
  if (/^\p{Ll}/u.test(after)) return true;
  const head = hyphenatedHead(before);
  return head.length >= 2 && /^\p{Lu}+$/u.test(head) && /^\p{Lu}{2}/u.test(after);
}

/** Whether a line ends with a letter and a hyphen ("... three moun-"). */
const endsHyphenated = (line: string) => line.length > 1 && line.endsWith('-') && /\p{L}/u.test(line[line.length - 2]!);

/** A line's first word, without the punctuation after it ("bzw." gives "bzw"). */
function firstWord(line: string): string {
  const space = line.indexOf(' ');
  return (space < 0 ? line : line.slice(0, space)).replace(/[.,;:]+$/u, '');
}

/**
 * The line with its hyphen at its end taken out when it and the next line's first letters make
 * one word ("moun-" and "tain villages": "mountain"): the hyphen was the wrapper's (PDF and
 * e-mail copies hyphenate). So when the page writes the word whole elsewhere; or, on a page a
 * typesetter hyphenated (see Hyphenation), when the word breaks between two lower-case letters
 * and the page does not write it as a compound. Else null: a compound broken at its own hyphen
 * ("well-" and "known") keeps it.
 */
function unhyphenated(before: string, after: string, hyphenation: () => Hyphenation): string | null {
  const head = hyphenatedHead(before);
  const tail = /^\p{L}+/u.exec(after)?.[0] ?? '';
  if (head.length === 0 || tail.length === 0) return null;
  const h = hyphenation();
  const whole = (head + tail).toLowerCase();
  if (h.words.has(whole)) return before.slice(0, -1);
  const midWord = /\p{Ll}$/u.test(head) && /^\p{Ll}/u.test(tail);
  return h.typeset && midWord && !h.compounds.has(`${head}-${tail}`.toLowerCase()) ? before.slice(0, -1) : null;
}

/** What a page says of the words hyphenated at its lines' ends (see unhyphenated). */
interface Hyphenation {
  /** The page's words (runs of letters), lower-cased. */
  words: ReadonlySet<string>;
  /** Its compounds written on one line ("well-known"), lower-cased. */
  compounds: ReadonlySet<string>;
  /**
   * Whether a typesetter hyphenated it: at least HYPHENATED_MIN_WORDS words hyphenated at a
   * line's end, before a line that starts in lower case, are written whole elsewhere on the
   * page, and more of them than are written as compounds.
   */
  typeset: boolean;
}

function hyphenationOf(input: string, bodies: readonly string[]): Hyphenation {
  const lower = input.toLowerCase();
  const words = new Set<string>();
  const compounds = new Set<string>();
  // (Runs of letters, one after another: two joined by a hyphen make a compound. A regex for
  // the compounds would try every start in a long run of letters.)
  let previous = '';
  let previousEnd = -2;
  for (const run of lower.matchAll(/\p{L}+/gu)) {
    words.add(run[0]);
    if (run.index === previousEnd + 1 && lower.charCodeAt(previousEnd) === 0x2d) compounds.add(`${previous}-${run[0]}`);
    previous = run[0];
    previousEnd = run.index + run[0].length;
  }
  let whole = 0;
  let compound = 0;
  for (let i = 0; i + 1 < bodies.length; i++) {
    const line = bodies[i]!;
    if (!endsHyphenated(line)) continue;
    const tail = /^\p{Ll}+/u.exec(bodies[i + 1]!)?.[0];
    if (tail === undefined) continue;
    const head = hyphenatedHead(line).toLowerCase();
    if (words.has(head + tail)) whole++;
    else if (compounds.has(`${head}-${tail}`)) compound++;
  }
  return { words, compounds, typeset: whole >= LAYOUT.HYPHENATED_MIN_WORDS && whole > compound };
}

/** The run of letters before a line's final hyphen ("moun" of "... three moun-"). */
function hyphenatedHead(line: string): string {
  let i = line.length - 1;
  while (i > 0 && /\p{L}/u.test(line[i - 1]!)) i--;
  // (a surrogate pair is no letter one half at a time: such a word keeps its hyphen)
  return line.slice(i, -1);
}

/** Cells of a table's row set apart: three spaces or more between two characters. */
const TABLE_GAP = /\S {3,}\S/u;

/**
 * The indent of a text's paragraph lines when it marks paragraphs by first-line indents, or -1:
 * at least FIRST_LINE_INDENT_LINES lines open a block (after a blank line, a line indented
 * less, or a line of their indent that ends its own block), reach half the margin, are indented
 * further than the line under them (no list item, no table row) and go on into it (its first
 * word would not have fitted after them). In such a text a line indented further than that
 * starts a paragraph.
 */
function firstLineIndentBase(raw: readonly string[], bodies: readonly string[], widths: Int32Array, wrap: number, measure: Measure): number {
  if (wrap === 0) return -1;
  const counts = new Map<number, number>();
  let seen = 0;
  // A line ends its own block when it is too short to have wrapped, or the next line's first
  // word would have fitted after it.
  const endsOwnBlock = (j: number) => widths[j]! < wrap / 2 || widths[j]! + 1 + firstWordWidth(bodies[j + 1]!, measure) <= wrap - 1;
  for (let i = 0; i + 1 < bodies.length; i++) {
    const body = bodies[i]!;
    const next = bodies[i + 1]!;
    if (body === '' || next === '' || endsOwnBlock(i)) continue;
    const indent = indentOf(raw[i]!);
    const under = indentOf(raw[i + 1]!);
    if (under >= indent || ITEM_MARKER.test(body) || ITEM_MARKER.test(next)) continue;
    // (the indented line opens its block: the end of a list item or a quotation does not; and
    // neither line is a table's row, whose cells stand apart by runs of spaces)
    const before = i > 0 && bodies[i - 1] !== '' ? indentOf(raw[i - 1]!) : -1;
    if (before > indent || (before === indent && !endsOwnBlock(i - 1))) continue;
    if (TABLE_GAP.test(body) || TABLE_GAP.test(next)) continue;
    counts.set(under, (counts.get(under) ?? 0) + 1);
    seen++;
  }
  if (seen < LAYOUT.FIRST_LINE_INDENT_LINES) return -1;
  let base = -1;
  let most = 0;
  for (const [indent, count] of counts) if (count > most) [base, most] = [indent, count];
  return base;
}

/** Whether a line (trimmed) is text-browser furniture. */
function isFurniture(body: string): boolean {
  return FURNITURE_LINE.test(body) || BRACKETED_NAME.test(body);
}

/** The line where a trailing list of link addresses starts, or the number of lines. */
function linkListStart(bodies: readonly string[]): number {
  for (let i = bodies.length - 1; i >= 0; i--) {
    const b = bodies[i]!;
    if (b === '' || LINK_LIST_ENTRY.test(b)) continue;
    return LINK_LIST_HEADING.test(b) ? i : bodies.length;
  }
  return bodies.length;
}

/** Side-by-side columns read one after the other: the lines, the input line each comes from, and the margin of its column (0: the text's). */
interface Columns {
  lines: string[];
  origin: Int32Array;
  wrap: Int32Array;
}

/** Whether a column starts at `c` on a line: a gap of two spaces or more ends there, with text on both sides (not inside a drawn "[   ]" box). */
function gapAt(line: string, c: number): boolean {
  if (c < 2 || c >= line.length || line.charCodeAt(c) === 0x20 || line.charCodeAt(c - 1) !== 0x20 || line.charCodeAt(c - 2) !== 0x20) return false;
  if (line[c] === ']') return false;
  // Words on both sides: not a drawn box, a rule or a grid of numbers (a calendar).
  return /\p{L}/u.test(line.slice(0, c)) && /\p{L}/u.test(line.slice(c));
}

/** Whether a line can be cut at column `c`: nothing there, or a space just before it. */
function cutsAt(line: string, c: number): boolean {
  return line.length <= c - 1 || line.charCodeAt(c - 1) === 0x20;
}

/** Whether a cell has a gap of two spaces or more between words (after its indent). */
function hasGap(part: string): boolean {
  return part.trim().includes('  ');
}

/**
 * Whether lines from..to cut at column c are running text beside a column, not a table of
 * records: no row has a third cell (a gap on either side), and the left column's text runs on
 * from line to line (wrapped in a cell at least LAYOUT.COLUMN_MIN_TEXT wide, lines of a few
 * words) at least LAYOUT.COLUMN_MIN_RUNS times, as an article's does. Label and value tables (short labels on the left), calendars and grids of
 * figures stay as they are.
 */
function flowingColumns(lines: readonly string[], from: number, to: number, c: number): boolean {
  let leftWidth = 0;
  let rightWidth = 0;
  let items = true;
  for (let j = from; j <= to; j++) {
    const l = lines[j]!;
    const left = l.slice(0, c);
    const right = l.slice(c);
    if (hasGap(left) || hasGap(right)) return false;
    leftWidth = Math.max(leftWidth, displayWidth(left.trimEnd()));
    rightWidth = Math.max(rightWidth, displayWidth(right));
    if (left.trim() !== '' && !ITEM_MARKER.test(left.trim())) items = false;
  }
  // The left column runs on; or it is a list of links (a menu) beside running text.
  return runsOn(lines, from, to, 0, c, leftWidth) || (items && runsOn(lines, from, to, c, Infinity, rightWidth));
}

/** Whether the cells between columns a and b of lines from..to hold running text: at least LAYOUT.COLUMN_MIN_RUNS lines of a few words that run on into the next. */
function runsOn(lines: readonly string[], from: number, to: number, a: number, b: number, width: number): boolean {
  if (width < LAYOUT.COLUMN_MIN_TEXT) return false;
  let runs = 0;
  for (let j = from; j < to; j++) {
    const x = lines[j]!.slice(a, b).trim();
    const y = lines[j + 1]!.slice(a, b).trim();
    const xw = displayWidth(lines[j]!.slice(a, b).trimEnd());
    // A line of running text has a few words, not a label's one or two.
    if (y !== '' && xw >= width / 2 && xw + 1 + firstWordWidth(y) > width - 1 && x.split(' ').length >= LAYOUT.COLUMN_MIN_WORDS) runs++;
  }
  return runs >= LAYOUT.COLUMN_MIN_RUNS;
}

/**
 * Finds blocks of lines printed as two columns side by side (a text-mode browser lays a table's
 * cells out so: an article beside a list of links) and lays each block out as its left column,
 * then its right column. A block is at least LAYOUT.COLUMN_MIN_ROWS lines with a gap of two
 * spaces or more ending at the same column, no line crossing that column, and at most
 * LAYOUT.COLUMN_MAX_WEAK lines in a row without such a gap (blank ones included); lines that only have text from
 * that column on go with it; the columns hold running text (see flowingColumns). Null when
 * there is none.
 */
export function splitColumns(lines: readonly string[]): Columns | null {
  const n = lines.length;
  const out: string[] = [];
  const origin: number[] = [];
  const wrap: number[] = [];
  let found = false;
  let i = 0;
  while (i < n) {
    let best = 0;
    let bestEnd = -1;
    let bestRows = 0;
    const line = lines[i]!;
    // Each gap on this line is a column the block may be cut at (a gap ends two spaces or more).
    const firstGap = line.indexOf('  ', LAYOUT.COLUMN_MIN_LEFT - 2);
    for (let c = firstGap < 0 ? line.length : Math.max(LAYOUT.COLUMN_MIN_LEFT, firstGap + 2); c < Math.min(line.length, LAYOUT.WRAP_MAX_COLUMN); c++) {
      if (!gapAt(line, c)) continue;
      let rows = 0;
      let last = i;
      let weak = 0;
      for (let j = i; j < n; j++) {
        const l = lines[j]!;
        if (l !== '' && !cutsAt(l, c)) break;
        // Blank lines count as lines without a gap: the scan stays short whatever the text.
        if (l !== '' && (gapAt(l, c) || (l.length > c && indentOf(l) === c))) {
          rows++;
          last = j;
          weak = 0;
        } else if (++weak > LAYOUT.COLUMN_MAX_WEAK) break;
      }
      if (rows > bestRows) {
        bestRows = rows;
        best = c;
        bestEnd = last;
      }
    }
    if (bestRows < LAYOUT.COLUMN_MIN_ROWS || !flowingColumns(lines, i, bestEnd, best)) {
      // A table of records is left as it is, whole: scanning it again from each of its lines would take quadratic time.
      const next = bestRows < LAYOUT.COLUMN_MIN_ROWS ? i + 1 : bestEnd + 1;
      for (; i < next; i++) {
        out.push(lines[i]!);
        origin.push(i);
        wrap.push(0);
      }
      continue;
    }
    found = true;
    const c = best;
    // The left column's paragraph goes on below the block: keep it before the right column.
    while (bestEnd + 1 < n && lines[bestEnd + 1] !== '' && lines[bestEnd + 1]!.length < c) bestEnd++;
    let leftWidth = 0;
    let rightWidth = 0;
    for (let j = i; j <= bestEnd; j++) {
      const l = lines[j]!;
      leftWidth = Math.max(leftWidth, displayWidth(l.slice(0, c).trimEnd()));
      if (l.length > c) rightWidth = Math.max(rightWidth, displayWidth(l.slice(c)));
    }
    for (let j = i; j <= bestEnd; j++) {
      out.push(lines[j]!.slice(0, c).trimEnd());
      origin.push(j);
      wrap.push(leftWidth);
    }
    out.push('');
    origin.push(bestEnd);
    wrap.push(0);
    for (let j = i; j <= bestEnd; j++) {
      const l = lines[j]!;
      out.push(l.length > c ? l.slice(c) : '');
      origin.push(j);
      wrap.push(rightWidth);
    }
    out.push('');
    origin.push(bestEnd);
    wrap.push(0);
    i = bestEnd + 1;
  }
  return found ? { lines: out, origin: Int32Array.from(origin), wrap: Int32Array.from(wrap) } : null;
}

/** Rebuilds the paragraphs of a page's text (see the top of this file). */
export function rebuildParagraphs(input: string): Layout {
  const raw = input.split(LINE_BREAK);
  const n = raw.length;
  const bodies: string[] = new Array(n);
  let widths = new Int32Array(n);
  // How many blank lines stand between one line and the next: none, one, more.
  const gaps = [0, 0, 0];
  let filled = 0;
  let blank = 0;
  let bullets = 0;
  // Lines that start a list item, and how many (see wrap below).
  const listLines = new Uint8Array(n);
  let listCount = 0;
  // Whether the lines joined with '\n' are no longer the input: a line lost white space at its end.
  let trimmed = false;
  for (let i = 0; i < n; i++) {
    const line = raw[i]!.trimEnd();
    if (line.length !== raw[i]!.length) trimmed = true;
    raw[i] = line;
    const body = line.trimStart();
    bodies[i] = body;
    if (body === '') {
      blank++;
      continue;
    }
    // Most lines open with a letter: only those that open with a bullet's character are tested.
    if (BULLET_START.has(body.charCodeAt(0)) && (BROWSER_BULLET.test(body) || (line.length - body.length >= 2 && NESTED_BULLET.test(body)))) bullets++;
    if (filled > 0) gaps[Math.min(blank, 2)]! += 1;
    filled++;
    blank = 0;
    widths[i] = displayWidth(line);
    if (LIST_LINE_START.has(body.charCodeAt(0)) && LIST_LINE.test(body)) {
      listLines[i] = 1;
      listCount++;
    }
  }
  // Blank lines say nothing when there are none, or one after every line.
  const breaks = Math.max(1, filled - 1);
  const some = filled >= LAYOUT.RESPACE_MIN_LINES;
  const noBlanks = some && gaps[0]! >= (1 - LAYOUT.RESPACE_MAX_SHARE) * breaks;
  const allBlanks = some && gaps[1]! >= (1 - LAYOUT.RESPACE_MAX_SHARE) * breaks;
  const respaced = noBlanks || allBlanks;
  // Markdown-like text (html2text) is read as the words it shows (see markdown.ts).
  const markdown = writesMarkdownLinks(bodies);
  // A list item's line may say nothing of the margin (a text-mode browser's nested menus are
  // lines of every length, indented): without a margin from all lines, one from the others.
  // (Nor does a long line of one word, which no wrapper can break: see unbreakableLeftOut.)
  const fitted = unbreakableLeftOut(widths, bodies);
  let fit = wrapFit(fitted);
  if (fit.column === 0 && listCount > 0) fit = wrapFit(fitted.map((w, i) => (listLines[i] === 1 ? 0 : w)));
  // ...nor does a line of Markdown links, whose addresses make it as long as they are.
  if (fit.column === 0 && markdown) fit = wrapFit(fitted.map((w, i) => (linksOnly(bodies[i]!) ? 0 : w)));
  if (fit.column === 0) fit = tinyWrapFit(fitted, bodies);
  if (fit.column === 0) fit = runOnFit(fitted, bodies);
  let wrap = fit.column;
  // Wide characters (Chinese, Japanese, Korean) take two columns in a text browser's dump but
  // count as one where a wrapper counted characters. Its lines of wide characters are then far
  // wider than its others: the text has no margin in display columns, or one only at the widest
  // looked for; in characters it has one, with more lines piled up against it.
  // (A display margin inside the range stands: a text browser's dump of a Chinese page has one.)
  let measure: Measure = displayWidth;
  if ((wrap === 0 || wrap === LAYOUT.WRAP_MAX_COLUMN) && hasWideLines(raw, widths)) {
    const counts = new Int32Array(n);
    for (let i = 0; i < n; i++) counts[i] = widths[i]! > 0 ? raw[i]!.length : 0;
    const counted = wrapFit(counts);
    if (counted.column > 0 && counted.near > fit.near) {
      wrap = counted.column;
      widths = counts;
      measure = characterCount;
    }
  }
  const textBrowser = wrap > 0 && bullets >= LAYOUT.TEXT_BROWSER_MIN_BULLETS;
  // Side-by-side columns (a table's cells printed on one line) read one column after the other.
  let origin: Int32Array | null = null;
  let rowWrap: Int32Array | null = null;
  const columns = wrap > 0 ? splitColumns(raw) : null;
  if (columns) {
    raw.length = 0;
    raw.push(...columns.lines);
    bodies.length = 0;
    widths = new Int32Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      bodies.push(raw[i]!.trimStart());
      widths[i] = bodies[i] === '' ? 0 : measure(raw[i]!);
    }
    origin = columns.origin;
    rowWrap = columns.wrap;
  }
  const m = raw.length;
  const lineOf = (i: number): number => (origin ? origin[i]! : i) + 1;
  const narrow = wrap > 0 ? narrowMargins(widths, bodies, wrap, measure) : null;
  const wrapOf = (i: number): number => (rowWrap && rowWrap[i]! > 0 ? rowWrap[i]! : narrow && narrow[i]! > 0 ? narrow[i]! : wrap);
  // Links' numbers ("[12]Politics") are furniture, whether the text is wrapped or not.
  const linkList = linkListStart(bodies);
  const linkNumbers = numbersLinks(bodies, linkList < m);
  let furniture = wrap > 0 || linkNumbers || markdown;
  if (!furniture) {
    let seen = 0;
    for (let i = 0; i < n && seen < LAYOUT.FURNITURE_MIN_LINES; i++) if (bodies[i] !== '' && isFurniture(bodies[i]!)) seen++;
    furniture = seen >= LAYOUT.FURNITURE_MIN_LINES;
  }
  // (The input itself when joining its lines again gives it back: no line trimmed, no CR line breaks.)
  const plain = () => (trimmed || input.includes('\r') ? raw.join('\n') : input);
  if (!respaced && wrap === 0 && !furniture) return { text: plain(), wrapWidth: 0, joined: 0, dropped: 0, respaced: false, inputLines: n, from: null, to: null, doubled: [], textBrowser, heads: new Map(), tails: new Map() };

  const end = furniture ? linkList : m;
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let joined = 0;
  let dropped = m - end;
  // The paragraph being built: its pieces (joined once, at its end: a string grown line by line
  // and read at its end each time would be copied each time), its last line, the column its
  // lines go on at, the width of its last line.
  let parts: string[] = [];
  let text: string | null = null;
  // What the page says of words hyphenated at the margin (see unhyphenated): made when first needed.
  let hyphenation: Hyphenation | null = null;
  const hyphenationOfPage = () => (hyphenation ??= hyphenationOf(input, bodies));
  let goesOnAt = 0;
  // Paragraphs marked by first-line indents: a line indented further than their lines starts one.
  const paragraphIndent = firstLineIndentBase(raw, bodies, widths, wrap, measure);
  // Whether the paragraph's first line is indented (no item marker): its next line may go on
  // further left, at the paragraph's margin ("    The council said..." / "end of the year").
  let indentedFirst = false;
  let lastWidth = 0;
  let blanks = 0;
  // The last paragraph written, and the blank lines written before the one being built.
  let previous: string | null = null;
  let previousLine = 0;
  let blanksBefore = 0;
  const doubled: number[] = [];
  const heads = new Map<number, string[]>();
  const tails = new Map<number, string[]>();
  const flush = () => {
    if (text === null) return;
    const joinedLines = parts.length === 1 ? parts[0]! : parts.join('');
    // (Markdown goes from the whole paragraph: a link's text may wrap onto the next line.)
    const whole = markdown ? withoutMarkdown(joinedLines) : joinedLines;
    // A text-mode browser prints an image's description and under it its caption, often the same words: one is enough.
    // Only in a text-browser's output: short repeats are menus and labels, and a browser's copy keeps its own.
    const repeat = furniture && whole === previous && whole.length >= LAYOUT.REPEAT_MIN_CHARS;
    // (A paragraph of Markdown that was only pictures is nothing.)
    if (repeat || whole === '') {
      dropped += to.pop()! - from.pop()! + 1;
      out.length -= blanksBefore;
      if (repeat && doubled[doubled.length - 1] !== previousLine) doubled.push(previousLine);
    } else {
      out.push(whole);
      previousLine = out.length;
      if (parts.length > 1) keepParts(markdown ? parts.map((p, k) => (k % 2 === 0 ? withoutMarkdown(p) : p)) : parts, out.length, heads, tails);
    }
    previous = whole;
    text = null;
  };
  // Whether line i ends its block: a blank line, the end, or a next line that would not go on it.
  const endsBlock = (i: number): boolean => {
    const k = i + 1;
    if (k >= end || bodies[k] === '') return true;
    const w = wrapOf(i);
    if (wrapOf(k) !== w || widths[i]! < w / 2 || widths[i]! + 1 + firstWordWidth(bodies[k]!, measure) <= w - 1) return true;
    return indentOf(raw[k]!) !== indentOf(raw[i]!) || ITEM_MARKER.test(bodies[k]!);
  };
  for (let i = 0; i < end; i++) {
    let body = bodies[i]!;
    if (body === '') {
      blanks++;
      flush();
      continue;
    }
    const wasBlank = blanks;
    blanks = 0;
    // (as the wrapper measured it, with its links' numbers)
    const printed = body;
    if (linkNumbers) body = withoutLinkNumbers(body);
    if (furniture && (isFurniture(body) || BRACKETED_NAMES.test(body) || MEDIA_TYPE.test(body))) {
      dropped++;
      continue;
    }
    // A text-mode browser shows images by their file names, before the text of the line they stand in.
    if (furniture && body.charCodeAt(0) === 0x5b) body = withoutFileNames(body);
    const indent = indentOf(raw[i]!);
    const marker = ITEM_MARKER.exec(body) ?? (indent > 0 ? INDENTED_ITEM_MARKER.exec(body) : null);
    // A link's text the wrapper broke goes on whatever the widths (see linkGoesOn).
    const linkBroken: boolean = markdown && text !== null && wasBlank === 0 && linkGoesOn(text, body);
    if (
      text !== null &&
      wasBlank === 0 &&
      (linkBroken ||
        (wrap > 0 &&
          wrapOf(i) === wrapOf(i - 1) &&
          (!marker || mayGoOnAtMarker(marker[0], text)) &&
          !(markdown && (startsBlock(body) || linksOnly(text))) &&
          (indent === goesOnAt || (indentedFirst && parts.length === 1 && indent < goesOnAt)) &&
          !(paragraphIndent >= 0 && indent > paragraphIndent && !marker) &&
          lastWidth >= wrapOf(i) / 2 &&
          lastWidth + 1 + firstWordWidth(printed, measure) > wrapOf(i) - 1 &&
          !(from[from.length - 1] === to[to.length - 1] && ((startsApart(text, body) && endsBlock(i)) || nextItem(text, body)))))
    ) {
      const glue = joint(text, body, measure);
      const whole = glue === '' && endsHyphenated(text) ? unhyphenated(text, body, hyphenationOfPage) : null;
      if (whole !== null) parts[parts.length - 1] = whole;
      parts.push(glue, body);
      // (the link's whole line, so that a line of links only is still seen as one)
      text = linkBroken ? text + glue + body : body;
      goesOnAt = indent;
      lastWidth = widths[i]!;
      to[to.length - 1] = lineOf(i);
      joined++;
      continue;
    }
    flush();
    parts = [body];
    text = body;
    goesOnAt = marker ? indent + measure(marker[0]) : indent;
    indentedFirst = !marker && indent > 0;
    lastWidth = widths[i]!;
    // A blank line before a paragraph, as the input had it (or after every paragraph, once respaced).
    blanksBefore = 0;
    if (out.length > 0 && (respaced || wasBlank > 0)) {
      out.push('');
      blanksBefore = 1;
      if (!respaced && wasBlank > 1) {
        out.push('');
        blanksBefore = 2;
      }
    }
    from.push(lineOf(i));
    to.push(lineOf(i));
  }
  flush();
  const lineFrom = new Int32Array(out.length);
  const lineTo = new Int32Array(out.length);
  for (let k = 0, p = 0; k < out.length; k++) {
    if (out[k] === '') continue;
    lineFrom[k] = from[p]!;
    lineTo[k] = to[p]!;
    p++;
  }
  return { text: out.join('\n'), wrapWidth: wrap, joined, dropped, respaced, inputLines: n, from: lineFrom, to: lineTo, doubled, textBrowser, heads, tails };
}

/**
 * Keeps the first and last input lines of a joined line (see Layout.heads) under its 1-based
 * line: parts are its input lines with what joined them between (parts[2j] the j-th line), and
 * a part ends where lines were joined with a space. Made of the input lines, not cut from the
 * joined line, so that they do not keep it.
 */
function keepParts(parts: readonly string[], line: number, heads: Map<number, string[]>, tails: Map<number, string[]>): void {
  const lines = (parts.length + 1) / 2;
  const first: string[] = [];
  const last: string[] = [];
  for (let k = 1; k <= LAYOUT.HEAD_LINES && k < lines; k++) {
    if (parts[2 * k - 1] === ' ') first.push(parts.slice(0, 2 * k - 1).join(''));
    if (parts[2 * (lines - k) - 1] === ' ') last.push(parts.slice(2 * (lines - k)).join(''));
  }
  if (first.length > 0) heads.set(line, first);
  if (last.length > 0) tails.set(line, last);
}

/**
 * Whether a wrapped line that starts like a numbered item ("20. November", "3) ") or a dash item
 * ("- has an estimated...", a dash that a wrapper happened to put first) goes on the sentence
 * before: such a line is a list item only after a sentence or a colon. Other bullets (•, *) are
 * no words, so they always start an item.
 */
function mayGoOnAtMarker(marker: string, before: string): boolean {
  return /^[\d\p{Ll}-]/u.test(marker) && !/[.:!?;]$/u.test(before);
}

/** First words of a line that starts a date (month and weekday names). */
const DATE_WORDS: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...WEEKDAYS]);
/** A date in figures at the start of a line: 15.01.2020, 1/15/20, 2020-01-15. */
const NUMERIC_DATE = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\b/u;

/** The last characters of a line: enough for any pattern of startsApart that is anchored at the end (at most 8 code units). */
const endOf = (line: string) => (line.length > 10 ? line.slice(-10) : line);

/** Lines that are a picture agency's name and nothing else: a credit (see startsApart). */
const AGENCY_LINES: ReadonlySet<string> = new Set(PICTURE_AGENCIES.filter((a) => !NOT_TRAILING_AGENCIES.has(a) && !AMBIGUOUS_AGENCIES.has(a)));
/** The words after which an agency's name goes on a credit: "via Getty Images", "Foto von dpa". */
const CREDIT_LEAD_WORDS: ReadonlySet<string> = new Set(['via', ...CREDIT_BY_WORDS]);

/**
 * Whether a line that would go on a one-line paragraph is rather a block of its own under it: a
 * byline or a date under a headline that a wrapper happened to fill to near its margin. Only a
 * last line that closes no sentence, after a line that does not go on (no comma, colon, dash or
 * open bracket at its end); a byline word only with a capital (mid-sentence it has none), a
 * date only with its figures ("15. Januar 2020", "Monday, 3 May", "May 3, 2021"); a picture
 * agency's name; or any line after a caption that ends with its credit in brackets.
 */
function startsApart(before: string, after: string): boolean {
  // (The patterns are tried on the lines' last few characters: a pattern anchored at the end
  // alone is tried from every position of a long line.)
  const afterEnd = endOf(after);
  const beforeEnd = endOf(before);
  if (/[.!?…]["'”’»)]?$/u.test(afterEnd) || /[,;:(\[/&+\-–—]$/u.test(beforeEnd)) return false;
  // A line that closes a sentence (not an abbreviation or a number), then one that closes none: a paragraph does not end so.
  if (/\p{Ll}{3}[.!?…]["'”’»)]?$/u.test(beforeEnd) && /^[\p{Lu}\d]/u.test(after) && !after.endsWith(':')) return true;
  // A caption closed by its picture's credit in brackets ("… 2004. (NASA/JPL)"): it goes on no further.
  if (beforeEnd.endsWith(')') && creditOf(before, before.split(' ').length)?.endsWith(')')) return true;
  // A picture agency's name alone ("Getty Images", "REUTERS") credits the picture; it ends a
  // sentence only after a word that leads a credit ("via", "by").
  if (AGENCY_LINES.has(after) && !CREDIT_LEAD_WORDS.has(before.slice(before.lastIndexOf(' ') + 1).toLowerCase())) return true;
  if (NUMERIC_DATE.test(after)) return true;
  const first = after.split(' ', 1)[0]!;
  if (/^\p{Lu}/u.test(first) && BYLINE_START_WORDS.has(first.replace(/:$/u, '').toLowerCase())) return true;
  return startsWithNamedDate(after);
}

/** Whether a line starts with a month or weekday name and a day or year beside it: "May 3, 2021", "Monday, 3 May", "15. Januar 2020". */
function startsWithNamedDate(line: string): boolean {
  const words = line.split(' ', 3);
  const word = (w: string | undefined) => (w ?? '').replace(/[.,]$/u, '').toLowerCase();
  if (DATE_WORDS.has(word(words[0]))) return /^\d/u.test(words[1] ?? '') || (DATE_WORDS.has(word(words[1])) && /^\d/u.test(words[2] ?? ''));
  return /^\d{1,2}\.?$/u.test(words[0]!) && DATE_WORDS.has(word(words[1]));
}

/**
 * Whether a line that would go on a one-line paragraph is rather the next item of a list: both
 * start with a date, as a schedule's lines do ("June 20 -- Arena" / "June 23 -- Hall"), though
 * the first happened to reach the margin.
 */
function nextItem(before: string, after: string): boolean {
  return startsWithNamedDate(after) && startsWithNamedDate(before);
}
