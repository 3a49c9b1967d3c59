/**
 * Line cues for metadata: does a line carry an image credit, a byline, a date, a time stamp?
 * Each is a pure function of the line's text; the data (prefixes, agencies, month names)
 * lives in ../lexicon/metadata.ts and ../lexicon/dates.ts.
 */
import { METADATA } from '../constants.js';
import { AGO_UNITS, MONTHS, PUBLISHED_WORDS, TIME_AT_LETTERS, TIME_AT_WORDS, TIME_ZONES, UPDATED_WORDS, US_TIME_ZONES, VOR_UNITS, WEEKDAYS } from '../lexicon/dates.js';
import {
  BYLINE_DATE_LEADS,
  BYLINE_LABELS,
  BYLINE_NOT_NAMES,
  BYLINE_PREFIXES,
  AMBIGUOUS_AGENCIES,
  BYLINE_ROLES,
  CAPTION_POSITIONS,
  COPYRIGHT_SIGNS,
  CREDIT_LICENCES,
  CREDIT_BY_WORDS,
  CREDIT_PREFIXES,
  NAME_CONJUNCTIONS,
  NAME_NOT_FIRST,
  NAME_PARTICLES,
  NEWSROOM_WORDS,
  REPORTING_CREDIT_STARTS,
  REPORTING_CREDIT_VERBS,
  PARENTHESISED_CREDIT_WORDS,
  NOT_TRAILING_AGENCIES,
  PICTURE_AGENCIES,
  SECTION_WORDS,
} from '../lexicon/metadata.js';
import { caseless, hasDigits } from '../lexicon/chars.js';
import { alternation, escapeRegExp, inOrder } from '../lexicon/pattern.js';
import { isSiteCopyright } from '../lexicon/copyright.js';

// ---------- image credit ----------
// The label's separator: a colon, a bar, a slash, an equals sign ("사진=Jane Doe") or an ellipsis ("Credit... Jane Doe").
const CREDIT_SEPARATOR = '(?:\\.?\\s*[:：|/=]|\\s*(?:\\.\\.\\.|…))';
// (A position may come first: "Left image: NOAA, right image: Jane Doe", "Oben Foto: dpa".)
const CREDIT_PREFIX_RE = new RegExp(
  `^(?:(?:${alternation(CAPTION_POSITIONS)})\\s+)?(?:${alternation(CREDIT_PREFIXES)})(?:${CREDIT_SEPARATOR}|\\s+(?:${alternation(CREDIT_BY_WORDS)})\\s+\\p{Lu})\\s*\\S`,
  'iu',
);
// A credit label alone on its line ("Credit...", "Foto:", "©"): the credit is on the next line.
const CREDIT_LABEL_RE = new RegExp(`^(?:(?:${alternation(CREDIT_PREFIXES)})${CREDIT_SEPARATOR}|©)$`, 'iu');
/** Whether a credit prefix can start with this character (see caseless). */
const CREDIT_START = caseless([...CREDIT_PREFIXES, ...CAPTION_POSITIONS].map((p) => p.charAt(0)));
// "Image copyright Reuters", "Foto copyright dpa".
const COPYRIGHT_PREFIX_RE = new RegExp(`^(?:${alternation(CREDIT_PREFIXES)})\\s+(?:copyright|©)\\s*\\S`, 'iu');
// The site's own copyright line ("© 2020 Acme Inc. All rights reserved.") credits no picture.
// Starts at the beginning of a run of non-spaces, so a run of '@' is scanned once.
const EMAIL = /(?<!\S)\S[^\s@]*@\S+\.\w|\[email/u;
/** Agencies' names as a credit writes them: as listed, and those of four letters or more in capitals too ("GETTY"). */
const AGENCY_SPELLINGS: readonly string[] = [...PICTURE_AGENCIES, ...PICTURE_AGENCIES.filter((a) => a.length >= 4).map((a) => a.toUpperCase())];
const AGENCY_RE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(AGENCY_SPELLINGS)})(?![\\p{L}])`,
  'u',
);
// A bare agency's name on a short line, but for the ambiguous ones (see AMBIGUOUS_AGENCIES).
// No lookbehind: V8 would test it at every position; the letter before a match is looked at by
// agencyIn instead, which makes the search about twice as fast.
const AGENCY_LINE_RE = new RegExp(
  `(?:${alternation(AGENCY_SPELLINGS.filter((a) => !AMBIGUOUS_AGENCIES.has(a) && !AMBIGUOUS_AGENCIES.has(a.charAt(0) + a.slice(1).toLowerCase())))})(?![\\p{L}])` +
    `|/\\s*(?:${alternation([...AMBIGUOUS_AGENCIES])})(?![\\p{L}])`,
  'gu',
);
const LETTER = /\p{L}/u;
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LETTER.test(text.charAt(i));
};

/** The first agency's name in a line that stands as a word of its own, or null. */
function agencyIn(text: string): RegExpExecArray | null {
  AGENCY_LINE_RE.lastIndex = 0;
  for (let m = AGENCY_LINE_RE.exec(text); m; m = AGENCY_LINE_RE.exec(text)) {
    if (m.index === 0 || m[0].charCodeAt(0) === 0x2f || !isLetterAt(text, m.index - 1)) return m;
    AGENCY_LINE_RE.lastIndex = m.index + 1;
  }
  return null;
}
// A credit glued to the caption after it, as the text of adjacent elements comes out: "Jane Doe/Getty ImagesThe minister ...".
// (Sticky, tried at the line's start and right after a slash among its first words: a search through the line is slow.)
const GLUED_AGENCY_RE = new RegExp(`\\s?(?:${alternation(PICTURE_AGENCIES.filter((a) => !NOT_TRAILING_AGENCIES.has(a)))})(?=\\p{Lu}\\p{Ll})`, 'uy');

/** The credit at the start of a line glued to the caption after it ("Jane Doe/GettyimagesThe ..."), or null. */
function gluedAgencyAtStart(text: string): string | null {
  GLUED_AGENCY_RE.lastIndex = 0;
  if (GLUED_AGENCY_RE.test(text)) return text.slice(0, GLUED_AGENCY_RE.lastIndex);
  const slash = text.indexOf('/');
  if (slash <= 0 || slash > METADATA.GLUED_CREDIT_NAME_CHARS || text.slice(0, slash).trim().split(/\s+/u).length > 3) return null;
  GLUED_AGENCY_RE.lastIndex = slash + 1;
  return GLUED_AGENCY_RE.test(text) ? text.slice(0, GLUED_AGENCY_RE.lastIndex) : null;
}
// A byline's role ("Periodista: EFE", "Reporter: AP"): an agency named as the author, not a picture's.
const ROLE_WORD_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(BYLINE_ROLES)})(?![\\p{L}])`, 'iu');
// "image/svg+xml": a file's type, as a text browser writes an image it cannot show.
const MIME_TYPE = /^image\/[\w.+-]+$/iu;
// An image's file name at a line's end ("... Foto: Jane Doe/stock.adobe.com2022/01/picture_1234.jpeg"), left out.
// (bounded runs: a line ending in ".jpg" after other characters is not scanned over and over)
const FILE_NAME_END = /(?:\d{4}\/\d{2}\/)?[\w-]{1,120}(?:\.[\w-]{1,40}){0,4}\.(?:jpe?g|png|gif|webp|avif)$/iu;
const IMAGE_EXTENSION_END = /\.(?:jpe?g|png|gif|webp|avif)$/iu;
// The start of such a path, its file name wrapped onto the next line ("...stock.adobe.com2022/01/").
const UPLOAD_PATH_END = /(?<=\S)(?:19|20)\d\d\/\d\d\/$/u;
// A licence written on the line under a credit ("cc-by 4.0").
const LICENCE_RE = new RegExp(`^(?:${alternation(CREDIT_LICENCES)})(?:[\\s-]*(?:[a-z]{2}(?:-[a-z]{2})*))?(?:\\s*\\d(?:\\.\\d)?)?$`, 'iu');
// "Jane Doe via Getty Images", "State Registry via AP": a source handed on by an agency.
const VIA_AGENCY_RE = new RegExp(`\\svia\\s+(?:${alternation(PICTURE_AGENCIES)})$`, 'u');
// A caption that ends with its credit: "... on Tuesday. Photo: Jane Doe/AP", "... (AP Photo/John Roe)".
// (The © may stand right after the caption's last word: "... am Dienstag© Jane Doe".)
const TRAILING_CREDIT_RE = new RegExp(
  `(?:(?:^|[\\s.])((?:${alternation(CREDIT_PREFIXES)})(?:\\s*[:：]|\\s*(?:\\.\\.\\.|…)|\\s+(?:copyright|©))\\s*[^:()]{2,80})|(©\\s*[^©()]{2,80}))$`,
  'iu',
);
// "... on Tuesday. Photograph by Jane Doe/AFP": a label and a preposition before the name.
const TRAILING_BY_CREDIT_RE = new RegExp(`(?:^|[\\s.])((?:${alternation(CREDIT_PREFIXES)})\\s+(?:${alternation(CREDIT_BY_WORDS)})\\s+([^:()]{2,80}))$`, 'iu');
// Two pictures' credits after a caption's sentence: "... in 1923.” L: Acme Books / R: Jane Doe". (Not
// ending with a full stop: "... Left: Jane Doe, right: John Roe." names who is pictured.)
const POSITIONS = alternation(CAPTION_POSITIONS);
const TRAILING_PAIR_CREDIT_RE = new RegExp(
  `(?:[.!?”"»]\\s+)((?:${POSITIONS})\\s*:\\s*[^:()/|;]{2,60}?\\s*[/|;,]\\s*(?:${POSITIONS})\\s*:\\s*[^:().]{2,60})$`,
  'iu',
);
// "... (AP Photo/John Roe)", "[IMG_01](Bild: Jane Doe)".
const TRAILING_PAREN_CREDIT_RE = new RegExp(`(?:^|[\\s\\]])(\\([^()]{0,60}(?:${inOrder(PARENTHESISED_CREDIT_WORDS)})\\b[^()]{0,60}\\))$`, 'u');
// "... in 2004. (NASA/JPL/Jane Doe)": names joined by slashes in parentheses at a caption's end.
const TRAILING_PAREN_NAMES_RE = /(?:^|[\s\]])(\(\p{Lu}[^()/]{0,40}(?:\/\s*\p{Lu}[^()/]{0,40}){1,4}\))$/u;
// Names around a slash glued to the caption before them, as the text of adjacent elements comes
// out: "... the minister.Jane Doe / Acme", "... of the ParliamentJane Doe/Acme". (Alone on a line,
// names around a slash are as often a menu's "News / Politics".)
const NAME_TOKEN = "\\p{Lu}[\\p{L}\\p{M}'’.&-]*";
const NAMES = `${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,3}`;
const GLUED_NAME_SLASH_RE = new RegExp(`(?:\\p{Ll}{3}|\\p{L}\\.)(${NAMES}\\s*/\\s*${NAMES})$`, 'u');
// A caption that ends with an agency's name ("A couple doing yoga Shutterstock", "... in Helsinki. Jane Doe / Lehtikuva").
const TRAILING_AGENCY_RE = new RegExp(`(?:^|\\s|/)(?:${alternation(PICTURE_AGENCIES.filter((a) => !NOT_TRAILING_AGENCIES.has(a)))})$`, 'u');
// The last words of those agencies: a line ending with none of them is not searched for one.
const AGENCY_LAST_WORDS = new Set(PICTURE_AGENCIES.filter((a) => !NOT_TRAILING_AGENCIES.has(a)).map((a) => a.split(/[\s/]+/u).pop()!));
/** The last two characters of a text, as one number. */
const lastTwo = (text: string) => text.charCodeAt(text.length - 2) * 0x10000 + text.charCodeAt(text.length - 1);
/** The last two characters of those words (each has two or more): most lines end with none, and are not cut into words. */
const AGENCY_ENDINGS = new Set([...AGENCY_LAST_WORDS].map(lastTwo));
// "by", "von"... as a word: a line without one has no "Photo by" credit. (The words are ASCII.
// The space before is a lookbehind: the search then starts at the words' letters, not at every
// space, which is faster.)
const BY_WORD_RE = new RegExp(`(?<=\\s)(?:${alternation(CREDIT_BY_WORDS)})\\s`, 'i');
// One word of the name before an agency: a capitalised word, not the end of a sentence (or several joined by slashes).
const CREDIT_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\/\p{Lu}[\p{L}\p{M}'’-]*)*$/u;

/**
 * What TRAILING_CREDIT_RE needs somewhere in a line: a colon, "©", an ellipsis or "copyright".
 * (One regex finds any of them faster than a text.includes() per mark: most lines have none.)
 */
const TRAILING_CREDIT_MARK = /[:：©…]|\.\.\.|opyright|OPYRIGHT/;
/** "©" (one UTF-16 unit). */
const COPYRIGHT_SIGN = 0xa9;

/** Returns the credit a line gives, or null. */
export function creditOf(text: string, words: number): string | null {
  if (words > 40) return null;
  text = withoutFileName(text);
  // The site's copyright line and an e-mail address rule a line out; they are looked for only
  // in the few lines that read as a credit otherwise.
  const credit = creditShaped(text, words);
  return credit === null || isSiteCopyright(text) || EMAIL.test(text) ? null : credit;
}

/** A line without the image's file name (or the start of its path) glued to its end: that is no part of a credit. */
export function withoutFileName(text: string): string {
  // (".jpg", ".png", ".gif", ".webp", ".avif": a cheap look at the last letter first)
  const last = text.charCodeAt(text.length - 1) | 0x20;
  if ((last === 0x67 || last === 0x66 || last === 0x70) && IMAGE_EXTENSION_END.test(text)) {
    const m = FILE_NAME_END.exec(text);
    if (m && m.index > 0) text = text.slice(0, m.index).trimEnd();
  }
  if (text.charCodeAt(text.length - 1) === 0x2f) {
    const m = UPLOAD_PATH_END.exec(text);
    if (m) text = text.slice(0, m.index);
  }
  return text;
}

/** The credit a line gives, if neither a copyright line nor an e-mail address rules it out. */
function creditShaped(text: string, words: number): string | null {
  // A credit in parentheses of its own: "(Image credit: NASA)", "(Photo: AP)".
  const parenthesised = text.charCodeAt(0) === 0x28 && text.charCodeAt(text.length - 1) === 0x29;
  if (words <= METADATA.CREDIT_MAX_WORDS && parenthesised && /^\(.*\)$/u.test(text)) {
    const inner = text.slice(1, -1).trim();
    if ((CREDIT_START(inner.charCodeAt(0)) && CREDIT_PREFIX_RE.test(inner)) || /^©/u.test(inner) || AGENCY_RE.test(inner)) return text;
  }
  const prefixed = CREDIT_START(text.charCodeAt(0));
  if (words <= METADATA.CREDIT_MAX_WORDS && ((prefixed && (CREDIT_PREFIX_RE.test(text) || COPYRIGHT_PREFIX_RE.test(text))) || text.charCodeAt(0) === COPYRIGHT_SIGN)) {
    return prefixed && MIME_TYPE.test(text) ? null : text;
  }
  // A caption that ends with its credit gives the credit part (after a colon or ©, or in parentheses at the end).
  const m =
    (TRAILING_CREDIT_MARK.test(text)
      ? TRAILING_CREDIT_RE.exec(text)
      : null) ?? (text.charCodeAt(text.length - 1) === 0x29 ? (TRAILING_PAREN_CREDIT_RE.exec(text) ?? TRAILING_PAREN_NAMES_RE.exec(text)) : null);
  const part = m ? (m[1] ?? m[2])! : null;
  if (part && part.split(/\s+/).length <= METADATA.CREDIT_MAX_WORDS) return part.trim().replace(/[.]$/, '');
  const pair = text.includes(':') ? TRAILING_PAIR_CREDIT_RE.exec(text) : null;
  if (pair) return pair[1]!;
  const by = BY_WORD_RE.test(text) ? TRAILING_BY_CREDIT_RE.exec(text) : null;
  // (the name is capitalised and is no sentence of its own)
  if (by && /^\p{Lu}/u.test(by[2]!) && !/[.!?]\s|[.!?]$/u.test(by[2]!) && by[1]!.split(/\s+/).length <= METADATA.CREDIT_MAX_WORDS) return by[1]!.trim();
  if (words <= METADATA.CREDIT_MAX_WORDS && text.includes('via') && VIA_AGENCY_RE.test(text)) return text;
  // (only when a capitalised name follows the last slash)
  // (indexOf first: lastIndexOf is slow in V8, and most lines have no slash)
  const slash = text.indexOf('/') < 0 ? -1 : text.lastIndexOf('/');
  const glued = slash > 0 && /^\s?\p{Lu}/u.test(text.slice(slash + 1, slash + 3)) ? GLUED_NAME_SLASH_RE.exec(text) : null;
  if (glued && glued[1]!.split(/\s+/u).length <= METADATA.NAME_CREDIT_MAX_WORDS) return glued[1]!;
  if (words <= METADATA.AGENCY_CREDIT_MAX_WORDS && agencyIn(text) !== null && !/[.!?]$/.test(text.replace(/\b[A-Z]\.$/, ''))) {
    if (ROLE_WORD_RE.test(text)) return null;
    // "Dee Dee Myers Getty Images": the caption's name glued to the agency is left out.
    const trailing = trailingAgency(text);
    // (only a bare agency after a capitalised word: "Al Goldis, AP" and "Jane Doe / AFP" stay whole)
    const glued = trailing !== null && trailing !== text && !/[/|]/u.test(trailing) && /\p{Lu}[\p{L}\p{M}'’-]*\s+$/u.test(text.slice(0, text.length - trailing.length));
    return glued ? trailing : text;
  }
  return trailingAgency(text) ?? (slash > 0 ? agencyThenName(text, slash) : null) ?? (text.length > 12 ? gluedAgencyAtStart(text) : null);
}

/** A picture agency's name, as a whole word. */
const AGENCY_WORDS: ReadonlySet<string> = new Set(AGENCY_SPELLINGS);
/** What a wire service writes after the photographer of an archive picture ("REUTERS/Jane Doe/File Photo"). */
const FILE_PHOTO_END = /\/\s?file(?: photo)?$/iu;

/**
 * The credit at the end of a caption written agency first: "REUTERS/Jane Doe", "AFP/John Smith",
 * "Reuters/Jane Doe/File Photo" (the name of up to CREDIT_NAME_MAX_WORDS capitalised words after
 * the line's last slash, `slash`, a known agency's name right before it).
 */
function agencyThenName(text: string, slash: number): string | null {
  let end = text.length;
  const file = FILE_PHOTO_END.exec(text);
  if (file) {
    end = file.index;
    slash = text.lastIndexOf('/', end - 1);
    if (slash < 0) return null;
  }
  const name = text.slice(slash + 1, end).trim().split(/\s+/u);
  if (name.length === 0 || name.length > METADATA.CREDIT_NAME_MAX_WORDS || !name.every((w) => CREDIT_NAME_WORD.test(w.replace(/\.$/u, '')))) return null;
  const before = text.slice(0, slash).trimEnd();
  const start = before.lastIndexOf(' ') + 1;
  if (!AGENCY_WORDS.has(before.slice(start))) return null;
  return text.slice(start).trim().replace(/\.$/u, '');
}

/**
 * The credit at the end of a line that ends with an agency's name: the agency, with the names
 * joined to it by slashes or bars ("Jane Doe / Lehtikuva", "Jane Doe/Bloomberg/Getty Images"); the
 * caption before it is left out.
 */
function trailingAgency(text: string): string | null {
  if (!AGENCY_ENDINGS.has(lastTwo(text))) return null;
  const last = text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('/')) + 1);
  if (!AGENCY_LAST_WORDS.has(last)) return null;
  const m = TRAILING_AGENCY_RE.exec(text);
  if (!m) return null;
  let start = m.index + (m[0].startsWith('/') ? 1 : m[0].length - m[0].trimStart().length);
  for (;;) {
    const before = text.slice(0, start).trimEnd();
    if (!before.endsWith('/') && !before.endsWith('|')) break;
    // The capitalised words before the slash, back to a sentence's end or a word in lower case.
    const words = before.slice(0, -1).trimEnd().split(/\s+/u);
    let k = words.length;
    while (k > 0 && words.length - k < METADATA.CREDIT_NAME_MAX_WORDS && CREDIT_NAME_WORD.test(words[k - 1]!)) k--;
    if (k === words.length) break;
    const name = words.slice(k).join(' ');
    start = before.lastIndexOf(name, before.length - 1);
    if (start < 0) return null;
  }
  return text.slice(start).trim();
}

// A word in lower case standing alone ("und", not the "shutterstock.com" of a credit): a credit has few, a caption's sentence many.
const LOWER_WORD = /(?<!\S)\p{Ll}{2,}[,;:]?(?!\S)/gu;

/**
 * Whether a labelled credit reads as a caption's sentence ("Foto: Schriftzug und die Vertreter
 * der Verfassungsorgane", as a text browser writes an image's description): three words in
 * lower case or more. A credit of its own nearby is then the better witness.
 */
export function readsAsSentence(credit: string): boolean {
  LOWER_WORD.lastIndex = 0;
  let n = 0;
  while (LOWER_WORD.exec(credit) !== null) if (++n >= METADATA.CREDIT_SENTENCE_LOWER_WORDS) return true;
  return false;
}

// A credit line cut after a position word, the next picture's credit on the next line ("Left image: NOAA, Right" / "Image: Jane Doe").
const ENDS_WITH_POSITION_RE = new RegExp(`,\\s*(?:${alternation(CAPTION_POSITIONS)})$`, 'iu');

/** Whether a credit line ends with a position word after a comma, its sentence going on on the next line. */
export function endsWithPosition(text: string): boolean {
  return text.includes(',') && ENDS_WITH_POSITION_RE.test(text);
}

/** Whether a line is a licence alone ("cc-by 4.0"), which belongs to the credit above it. */
export function isLicence(text: string, words: number): boolean {
  return words <= 4 && LICENCE_RE.test(text);
}

/** Whether a line is an agency's name and nothing else ("Associated Press"): under a headline, above a date, it is the byline. */
export function isAgencyName(text: string): boolean {
  const m = agencyIn(text);
  return m !== null && m.index === 0 && m[0].length === text.length;
}

// A caption ending with a credit's label, the credit wrapped onto the next line ("Symbolbild Rettungsdienst | Foto:").
const CREDIT_LABEL_END_RE = new RegExp(`(?:^|\\s)((?:${alternation(CREDIT_PREFIXES)})\\s*(?:[:：]|\\.\\.\\.|…))$`, 'iu');

/**
 * The credit label a line ends with ("... | Foto:", "... Credit..."), whose credit is the next
 * line, or null: a caption and its credit label wrapped onto one line.
 */
export function creditLabelAtEnd(text: string, words: number): string | null {
  const last = text.charCodeAt(text.length - 1);
  if (words > METADATA.CREDIT_MAX_WORDS * 3 || (last !== 0x3a && last !== 0xff1a && last !== 0x2026 && !text.endsWith('...'))) return null;
  return CREDIT_LABEL_END_RE.exec(text)?.[1] ?? null;
}

/** Whether a line is a credit label alone ("Credit...", "Foto:"), whose credit is the next line. */
export function isCreditLabel(text: string, words: number): boolean {
  return words <= 3 && CREDIT_LABEL_RE.test(text);
}

// ---------- byline ----------
const BYLINE_RE = new RegExp(`^(?:${alternation(BYLINE_PREFIXES)})\\s*:?\\s+(.+)$`, 'iu');
const ROLE_RE = new RegExp(`\\s*(?:[,|–—-]\\s*|\\s)(?:${alternation(BYLINE_ROLES)})\\b.*$`, 'iu');
const ROLE_ONLY_RE = new RegExp(`^(?:${alternation(BYLINE_ROLES)})s?$`, 'iu');
// "Jane Doe | Reporter", "Jane Doe, Staff Writer": a separator and a role after a name.
const ROLE_AFTER_NAME_RE = new RegExp(`\\s*(?:[,|–—]|\\s-)\\s*(?:${alternation(BYLINE_ROLES)})s?(?![\\p{L}])`, 'iu');
// "Jane Doe November 19, 2019", "Jane Doe, Wednesday, 20 November": a date after the name.
const DATE_AFTER_NAME_RE = new RegExp(
  `,?\\s+(?:(?:${alternation(Object.keys(MONTHS))})\\.?\\s+\\d|(?:${alternation(WEEKDAYS)})\\b).*$`,
  'iu',
);
const NAME_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*|${inOrder(NAME_PARTICLES)})$`, 'u');
const NAME_SEPARATORS = new RegExp(`\\s*(?:,|&|${NAME_CONJUNCTIONS.map((w) => `\\b${escapeRegExp(w)}\\b`).join('|')})\\s*`, 'u');
const DATE_LEAD_RE = new RegExp(`\\s+(?:${inOrder(BYLINE_DATE_LEADS)})\\s+.*$`, 'iu');
const NOT_NAME = new Set(BYLINE_NOT_NAMES);
// A word in capitals of two letters or more: an organisation's, after a person's name ("Jane Doe, ACME Marketing").
const ACRONYM = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u;
// The separators of a line of metadata ("8. Januar 2020 · by Jane Doe · in Culture").
const META_SEPARATORS = /\s+[|•·/]\s+/u;
const ROLE_SEPARATOR = /[,|–—]|\s-/u;


const BYLINE_START = caseless(BYLINE_PREFIXES.map((p) => p.charAt(0)));

/** Extracts author names from a byline line ("By Jane Doe and John Roe, Staff Writers"). */
export function bylineOf(text: string, words: number): string[] | null {
  if (words > 20) return null;
  if (words <= 14 && BYLINE_START(text.charCodeAt(0))) {
    const m = BYLINE_RE.exec(text);
    if (m) return namesOf(m[1]!);
  }
  // A byline among the parts of a dated line of metadata: "8. Januar 2020 · by Jane Doe · in Culture".
  if (words >= 3 && hasDigits(text, 1) && META_SEPARATORS.test(text)) {
    const parts = text.split(META_SEPARATORS);
    for (let k = 1; k < parts.length; k++) {
      const part = parts[k]!;
      const m = BYLINE_START(part.charCodeAt(0)) ? BYLINE_RE.exec(part) : null;
      if (m && dateIn(text) !== null) return namesOf(m[1]!);
    }
  }
  // "Jane Doe | Reporter": a name of two words or more before a role.
  if (words <= 8 && words >= 3 && ROLE_SEPARATOR.test(text) && /^\p{Lu}/u.test(text)) {
    const m = ROLE_AFTER_NAME_RE.exec(text);
    const name = m ? text.slice(0, m.index) : '';
    if (m && /\s/u.test(name) && !/[,|–—:@]/u.test(name)) {
      const names = namesOf(name);
      if (names && names.length === 1) return names;
    }
  }
  return null;
}

const LABELLED_BYLINE_RE = new RegExp(`^(?:${alternation(BYLINE_LABELS)})(?![\\p{L}])`, 'iu');

/** Whether a line starts with a byline's label ("Author Jane Doe", "Autorin: Eva Roth"), not a "By". */
export function isLabelledByline(text: string): boolean {
  return LABELLED_BYLINE_RE.test(text);
}

/** The names a byline gives after its prefix, or null when they do not read as people's names. */
function namesOf(rest: string): string[] | null {
  if (ROLE_ONLY_RE.test(rest)) return null;
  // Cut at a handle ("@janedoe"), a date, time, "on", "|", "•", "/" and roles.
  rest = rest.replace(/\s*@\S.*$/u, '');
  rest = rest.replace(DATE_LEAD_RE, '');
  rest = rest.split(/\s*[|•·/]\s*|\s+[-–—](?:\s+|$)/u)[0]!;
  rest = rest.replace(ROLE_RE, '');
  rest = rest.replace(DATE_AFTER_NAME_RE, '');
  rest = rest.replace(/\s*\d.*$/u, '').replace(/(?<![\s,;:])[\s,;:]+$/u, '');
  let names = rest.split(NAME_SEPARATORS).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return null;
  // "Von Risiken und Nebenwirkungen": a list of single capitalised words is a phrase, not people.
  if (names.length > 1 && names.every((n) => !/\s/u.test(n))) return null;
  // "Jane Doe, CNN", "John Roe, Berlin", "Ann Lee, example.com": after a name, one word is an outlet or a place;
  // a name in capitals after one that is not, an organisation ("Jane Doe, ACME Marketing").
  const acronyms = ACRONYM.test(names[0]!);
  names = [names[0]!, ...names.slice(1).filter((n) => /\s/u.test(n) && !n.includes('.') && (acronyms || !ACRONYM.test(n)))];
  for (const name of names) {
    const parts = name.split(/\s+/);
    if (parts.length > 5) return null;
    if (!parts.every((p) => NAME_WORD.test(p))) return null;
    if (!/^\p{Lu}/u.test(name) || NOT_NAME.has(name.toLowerCase())) return null;
  }
  return names;
}

// Words that end a name written before its date: a month or a weekday, or a word of a dateline ("Updated").
// (of the dateline phrases, their longer words: "Zuletzt geändert", "Last updated")
const DATELINE_WORDS = [...UPDATED_WORDS, ...PUBLISHED_WORDS].flatMap((w) => (/\s/u.test(w) ? w.split(/\s+/u).filter((p) => p.length >= 4) : [w]));
const DATE_WORDS = new Set([...Object.keys(MONTHS), ...WEEKDAYS, ...DATELINE_WORDS].filter((w) => !/\s/u.test(w)));
// Words that make the "name" before a date a label: prefixes, roles, newsrooms, sections, credits ("Image Copyright").
const LABEL_WORDS = new Set(
  [...BYLINE_PREFIXES, ...BYLINE_ROLES, ...NEWSROOM_WORDS, ...SECTION_WORDS, ...CREDIT_PREFIXES, ...COPYRIGHT_SIGNS, ...BYLINE_NOT_NAMES]
    .filter((w) => !/\s/u.test(w)),
);
const NOT_FIRST = new Set(NAME_NOT_FIRST);
const AFTER_NAME_SEPARATOR = /^[|/·•–—-]$/u;
// What may stand between the name and its date: a weekday, "updated", "on", "am", punctuation.
const DATE_LEAD_WORDS = alternation([...WEEKDAYS, ...UPDATED_WORDS, ...PUBLISHED_WORDS, ...DATELINE_WORDS, ...BYLINE_DATE_LEADS]);
const BEFORE_DATE_RE = new RegExp(`^(?:(?:${DATE_LEAD_WORDS})(?![\\p{L}])|[\\s.,:|/·•–—-])*$`, 'iu');

/**
 * A name that opens a line of metadata without a "By": a person's name of two to four words
 * followed right away by a date or a handle ("Jane Doe 27/09/2018", "Jane Doe | Monday 9
 * December 2019", "Jane Doe @janedoe"). Agencies ("Associated Press 19 November 2019"),
 * outlets ("The Daily Lantern ...") and labels ("Press Release 02.11.2021") are none. Only
 * asked about lines around an article's headline.
 */
export function nameBeforeDate(text: string, words: number): string[] | null {
  if (words > 20 || !/^\p{Lu}/u.test(text)) return null;
  const tokens = text.split(/\s+/u);
  if (NOT_FIRST.has(tokens[0]!.toLowerCase())) return null;
  let k = 0;
  let capitals = 0;
  while (k < tokens.length && k < 4 && NAME_WORD.test(tokens[k]!)) {
    const word = tokens[k]!.toLowerCase().replace(/[.,]$/u, '');
    if (DATE_WORDS.has(word)) break;
    if (LABEL_WORDS.has(word) || ACRONYM.test(tokens[k]!)) return null;
    if (/^\p{Lu}/u.test(tokens[k]!)) capitals++;
    k++;
  }
  if (capitals < 2 || k >= tokens.length || !/^\p{Lu}/u.test(tokens[k - 1]!)) return null;
  const name = tokens.slice(0, k).join(' ');
  if (AGENCY_RE.test(name)) return null;
  const rest = tokens.slice(AFTER_NAME_SEPARATOR.test(tokens[k]!) ? k + 1 : k).join(' ');
  if (rest.length > 1 && rest.startsWith('@')) return [name];
  const date = dateIn(rest);
  return date && BEFORE_DATE_RE.test(rest.slice(0, date.index)) ? [name] : null;
}

// A name's word as written, not two glued ("Jane", "Lange-Fricke", "O'Neill"; not "LetzteLetzte").
const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/**
 * The person's name a line is, or ends a caption's sentence with ("Jane Doe", "... the valley.
 * Jane Doe"): two or three capitalised words, none a label's, a date's or in capitals. A name
 * that stands so under several pictures of a page is their photographer's (see extractMetadata).
 */
export function photographerName(text: string, words: number): string | null {
  if (words < 2 || words > METADATA.CREDIT_NAME_SCAN_WORDS) return null;
  const last = text.charCodeAt(text.length - 1);
  if (!((last >= 0x61 && last <= 0x7a) || last > 0x7f)) return null;
  let name = text;
  if (words > 3) {
    // (a sentence's end, not an ellipsis: "... Next Last" is a pager's)
    const m = /(?:\p{Ll}[.!?]|[“”"»«])\s+(\p{Lu}\S*\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)?)$/u.exec(text.length > 80 ? text.slice(-80) : text);
    if (!m) return null;
    name = m[1]!;
  }
  const tokens = name.split(/\s+/u);
  if (tokens.length < 2 || tokens.length > 3 || NOT_FIRST.has(tokens[0]!.toLowerCase())) return null;
  for (const token of tokens) {
    const word = token.toLowerCase();
    if (!PLAIN_NAME_WORD.test(token) || DATE_WORDS.has(word) || LABEL_WORDS.has(word) || NOT_NAME.has(word)) return null;
  }
  return agencyIn(name) !== null && AGENCY_RE.test(name) ? null : name;
}

// ---------- dates ----------
const MONTH_NAMES = alternation(Object.keys(MONTHS));
const TIME_PART = String.raw`(?:[,\s]+(?:${inOrder([...TIME_AT_WORDS, ...TIME_AT_LETTERS])})?\s*(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?m\.?)?)?`;

interface DateParts {
  y: number;
  mo: number;
  d: number;
  h?: number;
  mi?: number;
  ampm?: string;
}
type Reader = (m: RegExpExecArray, language: string | null) => DateParts | null;

/** Day and month of a numeric date ("21.03.2025", "03/21/2025"): whichever order the numbers allow, else the separator's and the language's. */
function dayMonth(a: number, b: number, sep: string, language: string | null): [number, number] | null {
  if (a > 12 && b <= 12) return [a, b];
  if (b > 12 && a <= 12) return [b, a];
  if (a > 12) return null;
  // Dotted dates are day first; slashed ones month first in English, day first elsewhere.
  return sep === '.' || (language && language !== 'en') ? [a, b] : [b, a];
}
const AFTERNOON_WORDS: ReadonlySet<string> = new Set(['오후', '午後', '下午']);
const timeOf = (m: RegExpExecArray, at: number): Pick<DateParts, 'h' | 'mi' | 'ampm'> =>
  m[at] ? { h: +m[at]!, mi: +m[at + 1]!, ampm: m[at + 2] } : {};
const monthOf = (name: string) => MONTHS[name.toLowerCase()]!;

/**
 * The date patterns, tried in turn. Those marked wordStart begin with a month's name: a search
 * for one through the line is slow (a long case-insensitive alternation tried at every
 * position), so they are sticky and tried only where hasMonthName found a month's name.
 */
const DATE_PATTERNS: { re: RegExp; read: Reader; twoDigitYear?: true; cjk?: true; month?: true; wordStart?: true }[] = [
  // 2019-11-19, 2019-11-19T08:03, 2018.08.25 15:24, 2025/03/21
  {
    re: /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:(?:T|\s+|,\s*)(\d{1,2}):(\d{2}))?/u,
    read: (m) => ({ y: +m[1]!, mo: +m[3]!, d: +m[4]!, ...timeOf(m, 5) }),
  },
  // 2025年3月21日 14時30分, 2025年3月21日 14:30, 2025년 3월 21일
  {
    // (the hour may follow a morning or afternoon word: 오전/오후, 午前/午後, 上午/下午)
    re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:\s*[(（][^)）]{1,4}[)）])?(?:\s*(오전|오후|午前|午後|上午|下午)?\s*(?:(\d{1,2})\s*[時时시]\s*(\d{1,2})\s*[分분]?|(\d{1,2}):(\d{2})))?/u,
    read: (m) => {
      const h = m[5] ? +m[5] : m[7] ? +m[7] : undefined;
      const mi = m[5] ? +m[6]! : m[7] ? +m[8]! : undefined;
      const ampm = m[4] ? (AFTERNOON_WORDS.has(m[4]) ? 'p' : 'a') : undefined;
      return { y: +m[1]!, mo: +m[2]!, d: +m[3]!, ...(h !== undefined ? { h, mi, ampm } : {}) };
    },
    cjk: true,
  },
  // 21.03.2025, 21/03/2025, 03/21/2025, 21-03-2025
  {
    re: new RegExp(String.raw`(?<![\d.])(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4})` + TIME_PART, 'u'),
    read: (m, language) => {
      const dm = dayMonth(+m[1]!, +m[3]!, m[2]!, language);
      return dm && { y: +m[4]!, mo: dm[1], d: dm[0], ...timeOf(m, 5) };
    },
  },
  // 21.03.25, 01.01.23 um 08:35: a two-digit year, dotted only.
  {
    re: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.(\d{2})\.(\d{2})(?![\d]|\.\d)` + TIME_PART, 'u'),
    read: (m, language) => {
      const dm = dayMonth(+m[1]!, +m[2]!, '.', language);
      return dm && { y: 2000 + +m[3]!, mo: dm[1], d: dm[0], ...timeOf(m, 4) };
    },
    twoDigitYear: true,
  },
  // 21 March 2025, 21. März 2025, 21 de marzo de 2025, 1er mars 2025, 21 d'abril de 2025, 29 / Dezember / 2022
  {
    re: new RegExp(
      String.raw`(?<!\d)(\d{1,2})(?:\.|er|º)?(?:\s+(?:de\s+|d['’])?|\s*[/-]\s*)(${MONTH_NAMES})\.?(?:,?\s+(?:de\s+|del\s+)?|\s*[/-]\s*)(\d{4})` + TIME_PART,
      'iu',
    ),
    read: (m) => ({ y: +m[3]!, mo: monthOf(m[2]!), d: +m[1]!, ...timeOf(m, 4) }),
    month: true,
  },
  // March 21, 2025, Nov 20 2019, 11:06am
  {
    re: new RegExp(String.raw`(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TIME_PART, 'iuy'),
    read: (m) => ({ y: +m[3]!, mo: monthOf(m[1]!), d: +m[2]!, ...timeOf(m, 4) }),
    month: true,
    wordStart: true,
  },
  // Jan 04 09:34 2021: the time between the day and the year.
  {
    re: new RegExp(String.raw`(${MONTH_NAMES})\.?\s+(\d{1,2}),?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s+(\d{4})(?!\d)`, 'iuy'),
    read: (m) => ({ y: +m[5]!, mo: monthOf(m[1]!), d: +m[2]!, h: +m[3]!, mi: +m[4]! }),
    month: true,
    wordStart: true,
  },
  // 2025. március 21., 2025 March 21: the year first.
  {
    re: new RegExp(String.raw`(?<!\d)(\d{4})\.?\s+(${MONTH_NAMES})\.?\s+(\d{1,2})(?![\d:])`, 'iu'),
    read: (m) => ({ y: +m[1]!, mo: monthOf(m[2]!), d: +m[3]! }),
    month: true,
  },
];

const wordsRe = (words: readonly string[], flags: string) => new RegExp(`(?<![\\p{L}])(?:${alternation(words)})(?![\\p{L}])`, flags);
export const UPDATED_RE = wordsRe(UPDATED_WORDS, 'iu');
const UPDATED_ALL = wordsRe(UPDATED_WORDS, 'giu');
const PUBLISHED_ALL = wordsRe(PUBLISHED_WORDS, 'giu');

/** Where the last match of a global pattern in s starts, or -1. */
function lastMatch(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}

/** Whether the date at `index` of the line is a modification date: an "updated" word comes before it, and no "published" word between them. */
export function isUpdatedDate(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const updated = lastMatch(UPDATED_ALL, before);
  return updated >= 0 && updated >= lastMatch(PUBLISHED_ALL, before);
}

const REPORTING_CREDIT_START_RE = new RegExp(`^\\(?(?:${alternation(REPORTING_CREDIT_STARTS)})(?![\\p{L}])`, 'iu');
const REPORTING_CREDIT_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(REPORTING_CREDIT_VERBS)})(?![\\p{L}])`, 'iu');

/** Whether a line credits the newsroom's reporters and editors of the story above it ("(Reporting by Jane Doe; Editing by John Roe)"). */
export function isReportingCredit(text: string, words: number): boolean {
  return words <= METADATA.REPORTING_CREDIT_MAX_WORDS && (REPORTING_CREDIT_START_RE.test(text) || REPORTING_CREDIT_VERB_RE.test(text));
}

/** Whether the date at `index` of the line is labelled a publication date ("Published: ...", "Veröffentlicht am ..."). */
export function isPublishedDate(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const published = lastMatch(PUBLISHED_ALL, before);
  return published >= 0 && published > lastMatch(UPDATED_ALL, before);
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const ZONE_AFTER = /^\s*(?:[Uu]hr\s*)?\(?\s*(?:([A-Z]{1,4})\b|([+-])(\d{2}):?(\d{2})\b)/u;

/** US daylight saving time: from the second Sunday of March to the first Sunday of November. */
function usDaylightTime(y: number, mo: number, d: number): boolean {
  const sunday = (month: number, nth: number) => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  if (mo < 3 || mo > 11) return false;
  if (mo > 3 && mo < 11) return true;
  return mo === 3 ? d >= sunday(3, 2) : d < sunday(11, 1);
}

/** The UTC offset written right after a time ("8:03 am ET", "14:30 MESZ", "10:15 +0100"), or null. */
function zoneOffset(rest: string, y: number, mo: number, d: number): string | null {
  const z = ZONE_AFTER.exec(rest);
  if (!z) return null;
  if (z[2]) return `${z[2]}${z[3]}:${z[4]}`;
  const name = z[1]!;
  if (TIME_ZONES[name]) return TIME_ZONES[name]!;
  const base = US_TIME_ZONES[name];
  if (base === undefined) return null;
  const hours = base + (usDaylightTime(y, mo, d) ? 1 : 0);
  return `${hours < 0 ? '-' : '+'}${pad(Math.abs(hours))}:00`;
}

const TWO_DIGIT_YEAR = /\d\.\d\d\.\d\d/u;
const LETTER_RUN = /\p{L}+/gu;

/** Where the words of the line that are months' names start (the patterns that read one are run only then). */
function monthStarts(text: string): number[] {
  const starts: number[] = [];
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(text); m; m = LETTER_RUN.exec(text)) {
    if (m[0].length <= 12 && Object.hasOwn(MONTHS, m[0].toLowerCase())) starts.push(m.index);
  }
  return starts;
}

/** The first match of a sticky pattern at one of the starts. */
function atStarts(re: RegExp, text: string, starts: readonly number[]): RegExpExecArray | null {
  for (const start of starts) {
    re.lastIndex = start;
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/** A date found in a line: its ISO 8601 form and where it stands. */
export interface FoundDate {
  iso: string;
  index: number;
}

/**
 * The first date in a line (the leftmost that is a real calendar date), as ISO 8601
 * ("2019-11-19" or "2019-11-19T08:03"). Relative times ("3 hours ago", "vor 2 Stunden",
 * "Yesterday") and dates without a year are none.
 */
export function dateIn(text: string, language: string | null = null): FoundDate | null {
  // Every date has a year of four digits but the dotted ones of two ("01.01.23"): most lines
  // are ruled out without running the patterns.
  const long = hasDigits(text, 4);
  if (!long && !(text.includes('.') && TWO_DIGIT_YEAR.test(text))) return null;
  let best: FoundDate | null = null;
  const cjk = long && /[年년]/u.test(text);
  const months = long ? monthStarts(text) : [];
  const month = months.length > 0;
  for (const { re, read, twoDigitYear, cjk: needsCjk, month: needsMonth, wordStart } of DATE_PATTERNS) {
    if ((!long && !twoDigitYear) || (needsCjk && !cjk) || (needsMonth && !month)) continue;
    const m = wordStart ? atStarts(re, text, months) : re.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    const p = read(m, language);
    if (!p) continue;
    const { y, mo, d } = p;
    if (!(y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= DAYS_IN_MONTH[mo - 1]!)) continue;
    let iso = `${y}-${pad(mo)}-${pad(d)}`;
    let { h } = p;
    const { mi, ampm } = p;
    if (h !== undefined && mi !== undefined) {
      if (ampm) {
        const pm = ampm.toLowerCase() === 'p';
        if (h === 12) h = pm ? 12 : 0;
        else if (pm) h += 12;
      }
      if (h < 24 && mi < 60) {
        iso += `T${pad(h)}:${pad(mi)}`;
        const offset = zoneOffset(text.slice(m.index + m[0].length), y, mo, d);
        if (offset) iso += offset;
      }
    }
    best = { iso, index: m.index };
    if (m.index === 0) break;
  }
  return best;
}

/** Parses the first date in a line to ISO 8601 ("2019-11-19" or "2019-11-19T08:03"); see dateIn. */
export function parseDate(text: string, language: string | null = null): string | null {
  return dateIn(text, language)?.iso ?? null;
}

// "6:55 AM", "12:01", "vor 2 Stunden", "2 hours ago": a time stamp on a short line.
const TIME_STAMP = new RegExp(
  String.raw`\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?\b|\b\d+\s+(?:${inOrder(AGO_UNITS)})\s+ago\b|\bvor\s+\d+\s+(?:${inOrder(VOR_UNITS)})\b`,
  // (ASCII words only: without the u flag the case-insensitive search needs no Unicode case folding, which is slow)
  'i',
);

/** A short line with a date or a time stamp. */
export function isDateLine(text: string, words: number): boolean {
  return words <= 12 && hasDigits(text, 1) && (parseDate(text) !== null || TIME_STAMP.test(text));
}
