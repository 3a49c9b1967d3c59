/**
 * The headline: the best-ranked headline-shaped line around the start of the article body.
 *
 * Every headline-shaped line in a window around the start of the main run is a candidate, and
 * so is the first input line of a line the layout stage joined from several (see Page.heads):
 * a headline that happens to fill a wrapper's margin is joined to the byline under it;
 * a logistic model (trained by scripts/train.ts from the corpus's gold titles, stored with
 * the block classifier in src/model/weights.json) scores each from its shape, its words,
 * what stands around it and how far it is from the body. The best candidate wins when its
 * probability is high enough; otherwise there is no title.
 */
import { METADATA, SCORE } from '../constants.js';
import { BODY_LABELS } from '../labels.js';
import { BIO_ROLES, BYLINE_ROLES, CAPTION_POSITIONS, COPYRIGHT_SIGNS, HOME_WORDS, NEWSROOM_WORDS, PICTURED_WORDS, UI_MESSAGES } from '../lexicon/metadata.js';
import { Needles } from '../lexicon/needles.js';
import { alternation, inOrder } from '../lexicon/pattern.js';
import { classOf, isSpace, LOWER, spacedOut, splitSpacedOut } from '../lexicon/chars.js';
import { dot, sigmoid, topReasons, type LinearModel } from '../blocks/model.js';
import type { Labels } from '../blocks/classify.js';
import { HEADLINE, headingShaped } from '../page/headings.js';
import type { Page } from '../page/page.js';
import type { BlockTable } from '../page/table.js';
import { bylineOf, creditOf, isDateLine, nameBeforeDate } from './cues.js';
import { stopwordList, wordInfo } from '../lexicon/stopwords.js';

const TITLE_SEPARATOR = /\s+[|–—:•·»-]\s+/u;

/** | – — : • · » - */
const isSeparator = (c: number) => c === 0x7c || c === 0x2013 || c === 0x2014 || c === 0x3a || c === 0x2022 || c === 0xb7 || c === 0xbb || c === 0x2d;
/** Whether TITLE_SEPARATOR can match. */
const maySeparate = (text: string) => spacedOut(text, isSeparator);

/** Texts, lower-cased, that lines of at most 40 words repeat as "Title | Site" or "Site - Title". */
function titleEchoes(page: Page): Set<string> {
  const t = page.table;
  const echoes = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    const text = t.texts[i]!;
    if (t.words[i]! > 40 || !maySeparate(text)) continue;
    // (text.split(TITLE_SEPARATOR), without the regex; maySeparate says there are two parts or more)
    for (const p of splitSpacedOut(text, isSeparator)) echoes.add(p.toLowerCase());
  }
  return echoes;
}

/** A breadcrumb trail ("Home » News » Headline", "› Sport", "Home / Horoskop / Sternzeichen"): page furniture, never the headline. */
const TRAIL = new RegExp(String.raw`(?:^|\s)[>›»](?:\s|$)|^(?:${inOrder(HOME_WORDS)})\s*\/\s`, 'iu');

/** Whether a line is a menu row: more " | " than a headline and its site's name have ("Politik | Blog | Aktion | Kontakt"). */
function isMenuRow(text: string): boolean {
  let bars = 0;
  for (let at = text.indexOf(' | '); at >= 0; at = text.indexOf(' | ', at + 3)) if (++bars >= METADATA.MENU_ROW_BARS) return true;
  return false;
}

/** A template's slot the page's script had not filled: "{{ price }}", "[freeShipping]". */
const TEMPLATE_SLOT = /\{\{|\[\p{Ll}+\p{Lu}[\p{L}\d]*\]/u;

// Character tests for the headline features, in place of small regexes run on every candidate.
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** " ' ” ’ » */
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb;
/** . ! ? */
const isSentenceEnd = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f;

/** Ends with ? or !, a closing quote after it or not: /[?!]["'”’»]?$/u. */
function endsWithQuestion(text: string): boolean {
  let end = text.length;
  if (end > 0 && isCloser(text.charCodeAt(end - 1))) end--;
  const c = text.charCodeAt(end - 1);
  return end > 0 && (c === 0x3f || c === 0x21);
}

/** A sentence's end and more words after it: /[.!?]["'”’»]?\s+\S/u. */
function sentenceEndsInside(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isSentenceEnd(text.charCodeAt(i))) continue;
    let j = i + 1;
    if (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j >= n || !isSpace(text.charCodeAt(j))) continue;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    if (j < n) return true;
  }
  return false;
}

/** UI_MESSAGES, found in one pass over a line. */
const UI_NEEDLES = new Needles([UI_MESSAGES]);

/** Whether a line, lower-cased, is a widget's or a server's message (see UI_MESSAGES). */
export const isUiMessage = (lower: string) => UI_NEEDLES.find(lower) !== 0;

/**
 * Candidates: headline-shaped lines in the window around the start of the body, in page order,
 * each line's heads (see Page.heads; numbers from the page's length on) just before it.
 */
export function titleCandidates(page: Page, labels: Labels, first: number): number[] {
  const t = page.table;
  const label = labels.label;
  if (first < 0) first = t.length;
  const out: number[] = [];
  const to = Math.min(t.length - 1, first + METADATA.TITLE_AFTER);
  for (let i = Math.max(0, first - METADATA.TITLE_WINDOW); i <= to; i++) {
    // From the body on, only lines the classifier kept or took for a list (a headline over a
    // page without blank lines is often taken for the first item of a list).
    if (i >= first && label[i] !== 'heading' && label[i] !== 'body' && label[i] !== 'list') continue;
    // (The cheap tests on the text first: the page reads a part in full only when it may stand apart.)
    for (const head of page.heads(i)) {
      const h = standsApart(page, i, head) ? page.part(i, head, false) : -1;
      if (h >= 0 && mayBeHeadline(page, h)) out.push(h);
    }
    for (const tail of page.tails(i)) {
      const h = standsApartAbove(page, i, tail) ? page.part(i, tail, true) : -1;
      if (h >= 0 && mayBeHeadline(page, h)) out.push(h);
    }
    // A line that ends with a byline or a date line is two blocks the layout stage joined (a
    // headline and what stood under it), never a headline whole.
    if (mayBeHeadline(page, i) && !endsWithHeader(page, i)) out.push(i);
  }
  return out;
}

/** Whether a line the layout stage joined ends with an input line that is a byline or a date line (see Page.tails). */
function endsWithHeader(page: Page, i: number): boolean {
  const tails = page.tails(i);
  if (tails.length === 0) return false;
  const last = tails[0]!;
  const words = last.split(' ').length;
  if (isDateLine(last, words)) return true;
  // A name before a date or a handle ("Jane Doe @janedoe / 2 days"): a byline without its "By".
  if (nameBeforeDate(last, words) !== null) return true;
  // A byline in lower case is a name's ("von Jane Doe"); one word after "von" may end a headline ("... der Transformation von Acme").
  const names = bylineOf(last, words);
  return names !== null && (/^\p{Lu}/u.test(last) || names.some((name) => name.includes(' ')));
}

/**
 * Whether the rest of a head's line (see Page.heads) is a block of its own that stands under
 * headlines: a name or a label (see isLabel), a byline (or a name before a date or a handle), a
 * date or a line that starts with one, or a paragraph (a standfirst) of at most
 * HEAD_REST_MAX_WORDS, or, after a head that ends with "?" or "!", any line that starts with a
 * capital or a figure. A line that goes on a sentence (in lower case, but for a byline such as
 * "von Jane Doe"; or after a function word in lower case, but for a byline or a date line) or a
 * credit (under a caption) is not.
 */
function standsApart(page: Page, i: number, head: string): boolean {
  // A head the page gives elsewhere as a line of its own (a list of the site's stories, a
  // "Title | Site" line aside) is a headline that filled the wrapper's margin, whatever is under it.
  if (page.hasLine(head)) return true;
  const rest = page.text(i).slice(head.length + 1);
  const words = rest.split(' ').length;
  // A long paragraph under a headline is the body's: a head of it is the paragraph's first line.
  if (words > METADATA.HEAD_REST_MAX_WORDS) return false;
  // After a function word a sentence goes on, unless a byline or a date line comes next: the
  // head is then a headline that ends with a word stopword lists hold ("show", "past", "bien");
  // or a name comes next after a long one (an adverb: "here", "bien"; not "the", "of", "a").
  if (endsWithFunctionWord(page, head)) return bylineOf(rest, words) !== null || isDateLine(rest, words) || (head.length - head.lastIndexOf(' ') - 1 >= METADATA.LONG_STOPWORD && isName(rest));
  // A byline may start in lower case ("von Jane Doe").
  if (/^\p{Ll}/u.test(rest)) return bylineOf(rest, words) !== null;
  if (isLabel(rest)) return true;
  if (isDeck(page, head, rest, words)) return true;
  if (nameBeforeDate(rest, words) !== null) return true;
  // A headline that ends a question or an exclamation, then a line that starts anew (a subtitle).
  if (/[?!]["'”’»]?$/u.test(head) && /^[\p{Lu}\d"“„«‘]/u.test(rest)) return true;
  return bylineOf(rest, words) !== null || isDateLine(rest, words) || isParagraph(rest, words) || startsWithDate(rest);
}

/**
 * Whether the rest of a head's line is a deck under a headline: a line of at most DECK_MAX_WORDS
 * that starts with a capital or a figure and ends no sentence and no clause (no ". , ; :" at its
 * end), under a head of one sentence that ends none either: it ends with no punctuation, figure
 * or function word (a title-case headline goes on after a capitalised "The" or "When"), and
 * leaves no quotation or bracket open.
 */
function isDeck(page: Page, head: string, rest: string, words: number): boolean {
  if (words > METADATA.DECK_MAX_WORDS || !/^[\p{Lu}\d]/u.test(rest) || /[.,;:…]$/u.test(rest)) return false;
  if (!/\p{L}$/u.test(head) || sentenceEndsInside(head) || !closed(head)) return false;
  // A headline in title case goes on in title case; a deck is written as a sentence.
  if (titleCased(head) && !hasLowerWord(rest)) return false;
  const list = page.stopwordsKnown ? stopwordList(page.language) : -1;
  const last = head.slice(head.lastIndexOf(' ') + 1).toLowerCase();
  return !(list >= 0 && (wordInfo(last)?.langs.includes(list) ?? false));
}

/** Whether every word of a text of four letters or more starts with a capital (two such words at least): "Storm Closes the Northern Harbour". */
function titleCased(text: string): boolean {
  let long = 0;
  for (const w of text.split(' ')) {
    if (w.length < 4 || !/^\p{L}/u.test(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    long++;
  }
  return long >= 2;
}

/** Whether a text has a word of four letters or more in lower case. */
const hasLowerWord = (text: string) => text.split(' ').some((w) => w.length >= 4 && /^\p{Ll}/u.test(w));

/** Whether a text leaves no bracket or quotation open: as many "(" "[" "‘" "“" "„" "«" as it has closers for them. */
function closed(text: string): boolean {
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28 || c === 0x5b || c === 0x2018 || c === 0x201c || c === 0x201e || c === 0xab) depth++;
    else if (c === 0x29 || c === 0x5d || c === 0x2019 || c === 0x201d || c === 0xbb) depth--;
  }
  return depth <= 0;
}

/** Whether a text is a name of two words or more (see isLabel), each capitalised ("Jane Doe"): the byline without its "By". */
const isName = (text: string) => text.includes(' ') && isLabel(text) && text.split(' ').every((w) => /^\p{Lu}/u.test(w));

/** Whether a line starts with a date ("01.12.2022 / Politik / ...", "March 3, 2024 Jane Doe"): a dateline, not a sentence. */
function startsWithDate(text: string): boolean {
  let end = -1;
  for (let k = 0; k < METADATA.DATELINE_WORDS; k++) {
    end = text.indexOf(' ', end + 1);
    if (end < 0) break;
  }
  const start = end < 0 ? text : text.slice(0, end);
  return isDateLine(start, start.split(' ').length);
}

/** Whether the rest of a line is a paragraph of its own (a standfirst): many words, and it ends a sentence. */
const isParagraph = (rest: string, words: number) => words >= METADATA.STANDFIRST_MIN_WORDS && /[.!?…]["'”’»)]?$/u.test(rest);

/**
 * Whether a tail (see Page.tails) may be a block of its own under what its line has before it:
 * it starts no lower-case word and ends with no full stop, and what comes before it is closed:
 * it ends a sentence or a bracket, is one word (a link) or a breadcrumb trail, ends with a link
 * address, a domain name or a date, or ends with the tail itself (a trail's last item, the
 * headline it repeats), or starts with a pager's arrow ("« Older post"); or the tail is a
 * quotation (not after a function word); or it ends with a comma (a list of links) and the tail
 * starts with a capital.
 */
function standsApartAbove(page: Page, i: number, tail: string): boolean {
  if (/^\p{Ll}/u.test(tail) || /\.$/u.test(tail)) return false;
  const before = page.text(i).slice(0, -tail.length - 1);
  if (/[.!?…)\]»"”’]$/u.test(before) || !before.includes(' ') || TRAIL.test(before)) return true;
  // A quotation after a function word is the sentence's ("... at / ‘2018 Festival’").
  if (/^["“„«‘]/u.test(tail)) return !endsWithFunctionWord(page, before);
  // A pager's link to the previous or next post ("« Older post title"): a block of its own.
  if (/^[«‹←]/u.test(before)) return true;
  // A list of links whose items end with commas, then a capitalised tail ("News, Reviews, Cars, / Headline").
  if (/,$/u.test(before) && /^\p{Lu}/u.test(tail)) return true;
  const last = before.slice(before.lastIndexOf(' ') + 1);
  return LINK_ADDRESS.test(last) || DOMAIN.test(last) || before.endsWith(tail) || (/\d$/u.test(before) && endsWithDate(before));
}

/** A word that is a link address: "https://…", "www.…", "example.com/path". */
const LINK_ADDRESS = /^(?:https?:\/\/|www\.)\S|^[\w.-]+\.[a-z]{2,}\/\S/iu;
/** A word that is a domain name alone ("Example.com", "news.example.org"): a site's name or a link, closed. */
const DOMAIN = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/iu;

/** Whether a line ends with a date ("… Jane Doe 22 kwietnia 2021"): its last words are a date line. */
function endsWithDate(text: string): boolean {
  let start = text.length;
  for (let k = 0; k < METADATA.DATELINE_WORDS && start > 0; k++) start = text.lastIndexOf(' ', start - 1);
  const end = text.slice(start + 1);
  return isDateLine(end, end.split(' ').length);
}

/**
 * Whether a text's last word is a stopword of the page's language, written in lower case: a
 * sentence goes on after "the"; a capitalised one ends a headline in title case ("... Developers
 * Make").
 */
function endsWithFunctionWord(page: Page, text: string): boolean {
  const list = page.stopwordsKnown ? stopwordList(page.language) : -1;
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return list >= 0 && !/^\p{Lu}/u.test(last) && (wordInfo(last.toLowerCase())?.langs.includes(list) ?? false);
}

/** Whether a line or head (see Page.heads) is shaped as a headline and is not some other header line. */
function mayBeHeadline(page: Page, i: number): boolean {
  let table = page.table;
  let r = i;
  if (i >= page.length) ({ table, r } = page.row(i));
  // (The cheap test first: most lines of the window are not headline-shaped.)
  if (!headingShaped(table, r, HEADLINE)) return false;
  const text = table.texts[r]!;
  const words = table.words[r]!;
  // (The tests are in the order of their cost, the cheap ones first: all must pass.)
  // A sentence is not a headline, but for a short one or two (not a standfirst under its headline)...
  if (/\.$/u.test(text) && words >= SCORE.PROSE_MIN_WORDS && (words > METADATA.TITLE_SENTENCE_MAX_WORDS || standfirstUnderHeadline(page, i))) return false;
  // ...nor the last item of a list, but as a breadcrumb's, which the headline under it repeats;
  if (table.shape(r) === 'list-item' && !repeatedBelow(page, i)) return false;
  // ...nor a breadcrumb trail;
  if (TRAIL.test(text)) return false;
  // ...nor a credit line or a byline;
  if (page.credit(i) === text || page.byline(i) !== null) return false;
  // ...nor an author's bio under their name ("Jane Doe" / "Assistant professor of history at ...");
  if (bioUnderName(page, i)) return false;
  // ...nor a short line that is a date or a time stamp ("March 12, 2024", "2 hours ago");
  if (words <= METADATA.DATE_LINE_MAX_WORDS && page.header(i)) return false;
  // ...nor an error message, a widget's prompt, a menu row or a template's empty slot.
  return !isMenuRow(text) && !isUiMessage(page.lower(i)) && !TEMPLATE_SLOT.test(text);
}

/**
 * Whether line i stands under a headline as its standfirst, or repeats one that does (a page may
 * print its standfirst again as the body's first paragraph): the line before the first copy is
 * shaped as a headline of a few words (HEADLINE_MIN_WORDS or more) that ends with no full stop
 * and is no byline, date or credit line.
 */
function standfirstUnderHeadline(page: Page, i: number): boolean {
  if (i >= page.length) return false;
  const t = page.table;
  const above = firstCopy(t, i) - 1;
  return above >= 0 && t.words[above]! >= METADATA.HEADLINE_MIN_WORDS && !t.texts[above]!.endsWith('.') && headingShaped(t, above, HEADLINE) && !page.header(above);
}

/** The first line within TITLE_WINDOW lines above line i (or i itself) with line i's text. */
function firstCopy(t: BlockTable, i: number): number {
  if (t.repeated[i] !== 1) return i;
  for (let j = Math.max(0, i - METADATA.TITLE_WINDOW); j < i; j++) if (t.texts[j] === t.texts[i]) return j;
  return i;
}

/** A role among a line's first three words: "Assistant professor of ...", "Freie Journalistin in ...", "Founder and CEO ...". */
const BIO_ROLE_START = new RegExp(String.raw`^(?:[\p{L}'’.-]+\s+){0,2}(?:${alternation(BIO_ROLES)})(?![\p{L}])`, 'iu');

/**
 * Whether a line is an author's bio under their name: the line before it is a name of two to
 * four capitalised words ("Jane Q. Doe"), and a role (BIO_ROLES) is among its first three words.
 */
function bioUnderName(page: Page, i: number): boolean {
  const at = page.blockOf(i);
  if (at < 1 || (i !== at && page.isTail(i))) return false;
  const t = page.table;
  return t.words[at - 1]! >= 2 && t.words[at - 1]! <= 4 && NAME_LIKE.test(t.texts[at - 1]!) && BIO_ROLE_START.test(page.text(i));
}

/**
 * Whether a line's first and last words come again, in this order, in one of the few lines
 * after it: a headline under a breadcrumb that ends with it ("Kicker Headline", or the headline
 * without its colon).
 */
function repeatedBelow(page: Page, i: number): boolean {
  const lower = page.lower(i).replace(/[^\p{L}\p{N}]+$/u, '');
  const space = lower.indexOf(' ');
  if (space < 0) return false;
  const firstWord = lower.slice(0, space).replace(/[^\p{L}\p{N}]+$/u, '');
  if (firstWord === '') return false;
  const lastWord = lower.slice(lower.lastIndexOf(' ') + 1);
  for (let j = i + 1; j <= Math.min(page.length - 1, i + METADATA.BREADCRUMB_ECHO_LINES); j++) {
    const other = page.lower(j);
    const at = other.indexOf(firstWord);
    if (at >= 0 && other.indexOf(lastWord, at + firstWord.length) >= 0) return true;
  }
  return false;
}

// "(left)", "pictured", "abgebildet": the wording of captions.
const CAPTION = new RegExp(`\\((?:${inOrder(CAPTION_POSITIONS)})\\)|\\b(?:${inOrder(PICTURED_WORDS)})\\b`, 'iu');
const ROLE = new RegExp(`\\b(?:${inOrder([...BYLINE_ROLES, ...NEWSROOM_WORDS])})\\b`, 'iu');
export const SITE_NAME_IN_FOOTER = new RegExp(
  String.raw`(?:${inOrder(COPYRIGHT_SIGNS)})\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([\p{L}][^©|,;:()]{1,60}?)\s*(?:[,;|.]|$)|^([\p{L}\p{N}-]+\.(?:com|org|net|de|ch|at|fr|es|it|info))$`,
  'iu',
);
/**
 * Whether SITE_NAME_IN_FOOTER can match a line, from the line lower-cased: it needs "©", "(c)" or
 * "copyright", or a line without spaces that has a dot.
 */
export const mayNameSite = (lower: string) =>
  lower.includes('©') || lower.includes('(c)') || lower.includes('copyright') || (!lower.includes(' ') && lower.includes('.'));
const BREADCRUMB = /\s[>›»/]\s/u;
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const NAME_LIKE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** The page around a page's headline candidates, as their features read it (see titleScope). */
interface TitleScope {
  page: Page;
  labels: Labels;
  /** Where the body starts (the page's length when there is none). */
  first: number;
  /** 1 when there is no body. */
  noBody: number;
  /** Lines of the page's end (footer), lower-cased. */
  tail: Set<string>;
  /** How many lines within TITLE_ECHO_BLOCKS of a candidate are longer than it and hold it. */
  containing(c: TitleCandidate): number;
  /** Whether line i is a part of a "Title | Site" line of the page. */
  echoed(i: number): boolean;
  /** Whether line i is a name the page's footer gives ("© 2024 Acme", "acme.com"). */
  siteName(i: number): boolean;
  /** 1 when a line within three of a candidate is the same. */
  nearbyRepeat(c: TitleCandidate): number;
  /** The share of line i's words that the lead has. */
  shared(i: number): number;
  /** The share of line i's words that the article's first ARTICLE_BLOCKS paragraphs have. */
  inArticle(i: number): number;
  /** The most any candidate has of inArticle. */
  bestInArticle: number;
  /** Other candidates within TITLE_CROWD_LINES lines of line i. */
  crowd(i: number): number;
  /** Whether a candidate holds a shorter line within two lines of it ("Kicker: Headline" beside "Headline"). */
  holdsNeighbour(c: TitleCandidate): boolean;
  /** 1 when a line from `from` to `to` (but the candidate's own) shares half of its words with a candidate, or more. */
  similar(c: TitleCandidate, from: number, to: number): number;
  /** Quiet lines (neither header lines nor boilerplate) strictly between a and b (a < b). */
  quietBetween(a: number, b: number): number;
  /** How many candidates before the body come after line i. */
  beforeAfter(i: number): number;
  /** Whether another of the page's first lines is a candidate's text, or has it as a part of "Title | Site". */
  topEcho(c: TitleCandidate): boolean;
  /** Prose lines (long lines that end a sentence) strictly between line i and the body. */
  proseBetween(i: number): number;
  /** Prose lines from line a to line b. */
  proseWithin(a: number, b: number): number;
  /** Whether line i is repeated on the page, or held by a line near it, or is a part of a "Title | Site" line. */
  givenElsewhere(i: number): boolean;
  /** The lines that are candidates, in order (heads aside). */
  lines: readonly number[];
  /** How many of them come before line i. */
  linesBefore(i: number): number;
}

/** A headline candidate as its features read it. */
interface TitleCandidate {
  /** The line or head (see Page.heads). */
  i: number;
  /** The line it stands in. */
  at: number;
  /** Its table and row there (see Page.row). */
  table: BlockTable;
  r: number;
  /** For a head, the rest of its line; else null. */
  rest: string | null;
  /** For a tail (see Page.tails), what its line has before it; else null. */
  before: string | null;
  /** Its place among the candidates (the lines before it that are candidates). */
  k: number;
  text: string;
  words: number;
  /** Whether a header line (byline, date, credit) or the body comes first in the three lines after it. */
  followedByHeader: number;
  followedByBody: number;
  /** Whether the next line is a credit. */
  followedByCredit: number;
  /** Quiet lines (neither header lines nor boilerplate) between it and the body. */
  distance: number;
  /** Candidates between it and the body. */
  nearer: number;
  /** 1 when no candidate up to three places away has more words. */
  longest: number;
  /** scope.containing(i), once a costly feature asks. */
  quotedIn?: number;
}

/**
 * A feature of the headline ranker. Most candidates cannot win (see findTitle): a `deferred`
 * feature is worked out only for candidates whose bound without it (and without the costly
 * ones) can still win, a `costly` one only for those whose bound without it can; each gives
 * the largest value the feature takes, the least being 0.
 */
interface TitleFeature {
  name: string;
  value: (c: TitleCandidate, s: TitleScope) => number;
  deferred?: number;
  costly?: number;
}

const NAVIGATION_LABELS: ReadonlySet<string> = new Set(['boilerplate', 'list']);
const quoted = (c: TitleCandidate, s: TitleScope) => (c.quotedIn ??= s.containing(c));
const bit = (b: boolean) => (b ? 1 : 0);

/** The headline ranker's features, in the order of its weights. */
const TITLE_TABLE: readonly TitleFeature[] = [
  { name: '1 word', value: (c) => bit(c.words === 1) },
  { name: '2-3 words', value: (c) => bit(c.words >= 2 && c.words <= 3) },
  { name: '4-8 words', value: (c) => bit(c.words >= 4 && c.words <= 8) },
  { name: '9-15 words', value: (c) => bit(c.words >= 9 && c.words <= 15) },
  { name: '16-30 words', value: (c) => bit(c.words >= 16) },
  { name: 'stopword density', value: (c, s) => c.table.stopwordDensity[c.r]! },
  { name: 'capitalised words', value: (c, s) => c.table.capitalisedRatio[c.r]! },
  { name: 'all capitals', costly: 1, value: (c) => bit(ALL_CAPS.test(c.text)) },
  { name: 'ends with ? or !', value: (c) => bit(endsWithQuestion(c.text)) },
  { name: 'digits', value: (c, s) => Math.min(c.table.digitRatio[c.r]! * 3, 1) },
  // (maySeparate is TITLE_SEPARATOR.test: a separator with white space on either side)
  { name: 'contains a separator', value: (c) => bit(maySeparate(c.text)) },
  { name: 'repeated on the page', costly: 1, value: (c, s) => bit(c.table.repeated[c.r] === 1 || s.echoed(c.i)) },
  { name: 'article probability', value: (c, s) => sigmoid(s.labels.score[c.at]!) },
  { name: 'followed by byline/date/credit', value: (c) => c.followedByHeader },
  { name: 'followed by the body', value: (c) => c.followedByBody },
  { name: 'after byline/date/credit', value: (c, s) => bit(c.at >= 1 && s.page.header(c.at - 1)) },
  { name: 'inside the body', value: (c, s) => bit(c.at >= s.first) },
  { name: 'blocks from the body', value: (c) => Math.log1p(c.distance) / 3 },
  { name: 'lines from the body', value: (c, s) => Math.log1p(Math.abs(s.first - c.at)) / 3 },
  { name: 'candidates nearer the body', value: (c) => Math.log1p(c.nearer) / 2 },
  { name: 'looks like a name', costly: 1, value: (c, s) => bit(c.words <= 4 && c.table.stopwordDensity[c.r]! === 0 && NAME_LIKE.test(c.text)) },
  { name: 'starts lower case', value: (c) => bit(c.text.length > 0 && (classOf(c.text.codePointAt(0)!) & LOWER) !== 0) },
  { name: 'position in page', value: (c, s) => (s.page.length > 1 ? c.at / (s.page.length - 1) : 0) },
  { name: 'longest nearby candidate', value: (c) => c.longest },
  { name: 'words shared with the lead', deferred: 1, value: (c, s) => s.shared(c.i) },
  { name: 'quoted in another line', costly: 1, value: (c, s) => bit(quoted(c, s) > 0) },
  { name: 'followed by a credit', value: (c) => c.followedByCredit },
  { name: 'looks like a caption', costly: 1, value: (c) => bit(CAPTION.test(c.text)) },
  { name: 'names a role', costly: 1, value: (c) => bit(ROLE.test(c.text)) },
  { name: 'breadcrumb', costly: 1, value: (c) => bit(BREADCRUMB.test(c.text)) },
  { name: 'byline, date or credit line', value: (c, s) => bit(s.page.header(c.i)) },
  { name: 'ends with a full stop', value: (c) => bit(/\.$/u.test(c.text)) },
  { name: 'mostly digits', value: (c, s) => bit(c.table.digitRatio[c.r]! > 0.3) },
  { name: 'boilerplate phrase', value: (c, s) => bit(c.table.boilerplate(c.r) !== null) },
  { name: 'first line of the page', value: (c) => bit(c.i === 0) },
  { name: 'first candidate', value: (c) => bit(c.k === 0) },
  { name: 'candidates before it', value: (c) => Math.log1p(c.k) / 4 },
  { name: 'repeated near the page end', value: (c, s) => bit(s.tail.has(s.page.lower(c.i))) },
  {
    name: 'followed by a standfirst',
    value: (c, { page: { table: t, length: n } }) =>
      c.rest !== null
        ? bit(t.words[c.at]! - c.words >= METADATA.STANDFIRST_MIN_WORDS && t.endsWithPunctuation[c.at] === 1)
        : bit(c.at + 1 < n && t.words[c.at + 1]! >= METADATA.STANDFIRST_MIN_WORDS && t.endsWithPunctuation[c.at + 1] === 1),
  },
  { name: 'no body found', value: (_, s) => s.noBody },
  { name: 'carries a credit', value: (c, s) => bit(s.page.credit(c.i) !== null) },
  { name: 'repeated within 3 lines', deferred: 1, value: (c, s) => s.nearbyRepeat(c) },
  // Of the other lines within TITLE_ECHO_BLOCKS.
  { name: 'lines containing it', costly: Math.log1p(2 * METADATA.TITLE_ECHO_BLOCKS) / 2, value: (c, s) => Math.log1p(quoted(c, s)) / 2 },
  {
    name: 'after a kicker',
    value: (c, { page: { table: t } }) => {
      const j = c.at - 1;
      return bit(j >= 0 && t.words[j]! <= 3 && /\p{L}/u.test(t.texts[j]!) && !/[.!?:]$/u.test(t.texts[j]!) && t.shape(j) === 'text');
    },
  },
  { name: 'a similar line follows', costly: 1, value: (c, s) => s.similar(c, c.at + 1, c.at + 4) },
  { name: 'a similar line precedes', costly: 1, value: (c, s) => s.similar(c, c.at - 4, c.at - 1) },
  { name: 'copyright holder or domain', costly: 1, value: (c, s) => bit(s.siteName(c.i)) },
  // Captions end with their credit in brackets: "... (Photo: AP)", "... (FILE)".
  { name: 'ends with a bracket', value: (c) => bit(c.text.endsWith(')') || c.text.endsWith(']')) },
  { name: 'a sentence ends inside', value: (c) => bit(sentenceEndsInside(c.text)) },
  { name: 'starts with a digit', value: (c) => bit(isDigit(c.text.charCodeAt(0))) },
  // The page's first lines often give the headline again, whole or as "Headline | Site".
  { name: 'echoed at the page top', costly: 1, value: (c, s) => bit(s.topEcho(c)) },
  // The headline is about what the article is about: its words are the article's, more than a
  // teaser's or a section's name are. Also against the page's best candidate, since a linear
  // ranker scores each candidate on its own.
  { name: 'words in the article', value: (c, s) => s.inArticle(c.i) },
  { name: 'article words short of the best', value: (c, s) => s.bestInArticle - s.inArticle(c.i) },
  // Teasers and menus come in runs of headline-shaped lines; the headline mostly stands alone.
  { name: 'candidates around it', value: (c, s) => Math.log1p(s.crowd(c.at)) / 2 },
  { name: 'holds a neighbouring line', value: (c, s) => bit(s.holdsNeighbour(c)) },
  // The headline mostly comes right after the page's menus; a subheading comes after prose.
  { name: 'after navigation', value: (c, s) => bit(c.at >= 1 && NAVIGATION_LABELS.has(s.labels.label[c.at - 1]!)) },
  // Teasers above the article have their summaries between them and the body; a headline has its standfirst at most.
  { name: 'prose between it and the body', value: (c, s) => Math.log1p(s.proseBetween(c.at)) / 2 },
  { name: 'prose in the lines before', value: (c, s) => bit(s.proseWithin(c.at - METADATA.TITLE_CROWD_LINES, c.at - 1) > 0) },
  // What the classifier made of the lines around it: menus before a headline, its article after.
  { name: 'article probability before', value: (c, s) => (c.at >= 1 ? sigmoid(s.labels.score[c.at - 1]!) : 0) },
  { name: 'article probability after', value: (c, s) => (c.rest !== null ? sigmoid(s.labels.score[c.at]!) : c.at + 1 < s.page.length ? sigmoid(s.labels.score[c.at + 1]!) : 0) },
  // The classifier's own call on the line, beside its probability: a headline is mostly not kept.
  { name: 'kept as article text', value: (c, s) => bit(s.labels.score[c.at]! > 0) },
  // The first input line(s) of a line the layout stage joined (see Page.heads): a headline when
  // what the wrapper put under it is a block of its own (a byline, a name, a label); not when
  // the line goes on a sentence, or is the first line of a paragraph of the body.
  { name: 'first lines of a joined line', value: (c) => bit(c.rest !== null) },
  { name: 'joined to a name or label', value: (c) => bit(c.rest !== null && isLabel(c.rest)) },
  { name: 'joined to a paragraph', value: (c) => bit(c.rest !== null && isParagraph(c.rest, c.rest.split(' ').length)) },
  { name: 'joined, inside the body', value: (c, s) => bit(c.rest !== null && c.at >= s.first) },
  // The last input line(s) of a joined line: a headline joined to a link, a teaser or a trail above it that filled the margin.
  { name: 'last lines of a joined line', value: (c) => bit(c.before !== null) },
  { name: 'tail of a joined line inside the body', value: (c, s) => bit(c.before !== null && c.at >= s.first) },
  // A part of a line that the page gives elsewhere whole: the line is the headline, wrapped.
  { name: 'its whole line given elsewhere', costly: 1, value: (c, s) => bit(c.i !== c.at && s.givenElsewhere(c.at)) },
];

/** Whether a text is a name or a label: a few words, none a function word of any language, no sentence. */
function isLabel(text: string): boolean {
  const words = text.split(' ');
  if (words.length > METADATA.JOINED_LABEL_WORDS || /[.!?…:]["'”’»)]?$/u.test(text)) return false;
  return words.every((w) => (wordInfo(w.toLowerCase())?.langs.length ?? 0) === 0);
}

/** The names of the headline ranker's features, in the order of its weights (weights.json names them). */
export const TITLE_FEATURES: readonly string[] = TITLE_TABLE.map((f) => f.name);

/** The costly features (see TitleFeature), by index in TITLE_FEATURES, with the largest value each takes. */
const COSTLY: ReadonlyMap<number, number> = new Map(TITLE_TABLE.flatMap((f, j) => (f.costly === undefined ? [] : [[j, f.costly] as const])));
/** The features a candidate's first bound leaves out (see findTitle): the deferred and the costly ones, with their largest values. */
const LEFT_OUT_FIRST: ReadonlyMap<number, number> = new Map(
  TITLE_TABLE.flatMap((f, j) => (f.costly !== undefined ? [[j, f.costly] as const] : f.deferred !== undefined ? [[j, f.deferred] as const] : [])),
);

/** The features of a candidate's first bound (see findTitle), the deferred ones and the costly ones, by index in TITLE_FEATURES. */
const FIRST_FEATURES: readonly number[] = TITLE_TABLE.flatMap((f, j) => (f.costly === undefined && f.deferred === undefined ? [j] : []));
const DEFERRED_FEATURES: readonly number[] = TITLE_TABLE.flatMap((f, j) => (f.costly === undefined && f.deferred !== undefined ? [j] : []));
const COSTLY_FEATURES: readonly number[] = [...COSTLY.keys()];

/** Feature vectors of the candidates, in the order of TITLE_FEATURES (without `costly`, the COSTLY features are left 0). */
export function titleVectors(page: Page, labels: Labels, first: number, candidates: readonly number[], costly = true): number[][] {
  const write = titleFeatures(page, labels, first, candidates);
  return candidates.map((_, k) => {
    const x = new Array<number>(TITLE_TABLE.length).fill(0);
    write(k, FIRST_FEATURES, x);
    write(k, DEFERRED_FEATURES, x);
    if (costly) write(k, COSTLY_FEATURES, x);
    return x;
  });
}

/**
 * A writer of some of candidate k's (candidates[k]'s) features (`features`, by index) into
 * `out`, in the order of TITLE_FEATURES; the others are left as they are. A candidate is read
 * once (see titleCandidate), whichever features are asked for first.
 */
function titleFeatures(page: Page, labels: Labels, first: number, candidates: readonly number[]): (k: number, features: readonly number[], out: number[] | Float64Array) => void {
  const s = titleScope(page, labels, first, candidates);
  const read: (TitleCandidate | undefined)[] = new Array(candidates.length);
  return (k, features, out) => {
    const c = (read[k] ??= titleCandidate(s, candidates, k));
    for (const j of features) out[j] = TITLE_TABLE[j]!.value(c, s);
  };
}

/** Candidate k of `candidates`, with what its features share. */
function titleCandidate(s: TitleScope, candidates: readonly number[], k: number): TitleCandidate {
  const { page, first } = s;
  const t = page.table;
  const label = s.labels.label;
  const n = page.length;
  const i = candidates[k]!;
  const at = page.blockOf(i);
  const { table, r } = page.row(i);
  const text = table.texts[r]!;
  const w = table.words[r]!;
  // A head is followed by the rest of its line first; a tail comes after the start of its line.
  const tail = i !== at && page.isTail(i);
  const rest = i === at || tail ? null : t.texts[at]!.slice(text.length + 1);
  const before = tail ? t.texts[at]!.slice(0, -text.length - 1) : null;
  const restWords = t.words[at]! - w;
  let followedByHeader = 0;
  let followedByBody = 0;
  let followedByCredit = 0;
  if (rest !== null) {
    followedByCredit = creditOf(rest, restWords) !== null ? 1 : 0;
    if (followedByCredit === 1 || bylineOf(rest, restWords) !== null || isDateLine(rest, restWords)) followedByHeader = 1;
    else if (BODY_LABELS.has(label[at]!) && label[at] !== 'heading') followedByBody = 1;
  } else followedByCredit = at + 1 < n && page.credit(at + 1) !== null ? 1 : 0;
  for (let j = at + 1; followedByHeader + followedByBody === 0 && j <= Math.min(n - 1, at + (rest === null ? 3 : 2)); j++) {
    if (page.header(j)) followedByHeader = 1;
    else if (BODY_LABELS.has(label[j]!) && label[j] !== 'heading') followedByBody = 1;
  }
  // Its place among the lines that are candidates (a head's, that of its line).
  const place = s.linesBefore(at);
  let longest = 1;
  for (let c = Math.max(0, place - 3); c <= Math.min(s.lines.length - 1, place + 3); c++) {
    const j = s.lines[c]!;
    if (j !== i && t.words[j]! > w) longest = 0;
  }
  return {
    i,
    at,
    table,
    r,
    rest,
    before,
    k: place,
    text,
    words: w,
    followedByHeader,
    followedByBody,
    followedByCredit,
    distance: s.quietBetween(Math.min(at, first), Math.max(at, first)),
    nearer: at < first ? s.beforeAfter(at) : 0,
    longest,
  };
}

/** How many numbers of an ascending list are below x (the index of the first at or after it), by binary search. */
function firstAtOrAfter(sorted: ArrayLike<number>, x: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (sorted[mid]! < x) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The scope of a page's candidates: what their features read of the page, worked out once (or once asked for). */
function titleScope(page: Page, labels: Labels, first: number, candidates: readonly number[]): TitleScope {
  const t = page.table;
  const texts = t.texts;
  const label = labels.label;
  const n = t.length;
  const noBody = first < 0 ? 1 : 0;
  if (first < 0) first = n;
  // Lines of the page's end (footer), where a site's name comes back.
  const tail = new Set<string>();
  for (let j = Math.max(0, n - METADATA.SOURCE_BOTTOM_BLOCKS); j < n; j++) if (j > first) tail.add(page.lower(j));
  // Content words of the lead (the first body paragraphs): a headline shares some with it.
  const lead = new Set<number>();
  for (let j = Math.max(first, 0), taken = 0; j < n && taken < METADATA.LEAD_BLOCKS; j++) {
    if (label[j] !== 'body') continue;
    for (const w of page.wordIds(j)) lead.add(w);
    taken++;
  }
  // The article's vocabulary: the content words of its first paragraphs, as the page numbered
  // them for the classifier (no text is read again).
  const words = page.contentWords;
  const article = new Uint8Array(words.distinct);
  for (let j = Math.max(first, 0), taken = 0; j < n && taken < METADATA.ARTICLE_BLOCKS; j++) {
    if (label[j] !== 'body') continue;
    for (let k = words.start[j]!; k < words.start[j + 1]!; k++) article[words.ids[k]!] = 1;
    taken++;
  }
  /** Line (or head) j lower-cased, or '' if it is longer than 600 characters. */
  const lower = (j: number) => (page.text(j).length <= 600 ? page.lower(j) : '');
  // A headline is often quoted elsewhere: "12 thoughts on “Headline”", "Share: Headline". Lines
  // within TITLE_ECHO_BLOCKS that are longer than it and hold it (a head's own line aside).
  // A head (tail) of a joined line is held by every line that repeats the whole line: those
  // speak for the whole line, not for the part, and are not counted when `beyond` (the part with
  // the next word of its line, or with the word before it) is given.
  const containingAt = (i: number, at: number, w: number, beyond: string | null = null) => {
    const key = lower(i);
    if (w < 3 || key === '') return 0;
    let count = 0;
    for (let j = Math.max(0, at - METADATA.TITLE_ECHO_BLOCKS); j <= Math.min(n - 1, at + METADATA.TITLE_ECHO_BLOCKS); j++) {
      if (j === at) continue;
      const other = lower(j);
      if (other.length > key.length && other.includes(key) && (beyond === null || !other.includes(beyond))) count++;
    }
    return count;
  };
  const containing = (c: TitleCandidate) => {
    let beyond: string | null = null;
    if (c.rest !== null) beyond = `${lower(c.i)} ${c.rest.slice(0, (c.rest + ' ').indexOf(' ')).toLowerCase()}`;
    else if (c.before !== null) beyond = `${c.before.slice(c.before.lastIndexOf(' ') + 1).toLowerCase()} ${lower(c.i)}`;
    return containingAt(c.i, c.at, c.words, beyond);
  };
  // Lines that are neither header lines nor boilerplate, counted from the first candidate or
  // the body on (whichever comes first): quiet[j - lo + 1] holds those of lo .. j.
  // The lines that are candidates, and the lines candidates stand in (a head's line may be no candidate), in order.
  const lines = candidates.filter((c) => c < n);
  const places = [...new Set(candidates.map((c) => page.blockOf(c)))];
  let lo = first;
  let hi = first;
  for (const i of places) {
    lo = Math.min(lo, i);
    hi = Math.max(hi, i);
  }
  const quiet = new Int32Array(hi - lo + 2);
  for (let j = lo; j <= hi && j < n; j++) quiet[j - lo + 1] = quiet[j - lo]! + (t.boilerplate(j) === null && !page.header(j) ? 1 : 0);
  const prose = new Int32Array(hi - lo + 2);
  for (let j = lo; j <= hi && j < n; j++) prose[j - lo + 1] = prose[j - lo]! + (t.words[j]! >= SCORE.PROSE_MIN_WORDS && t.endsWithPunctuation[j] === 1 ? 1 : 0);
  const proseWithin = (a: number, b: number) => {
    let count = 0;
    for (let j = Math.max(0, a); j <= Math.min(n - 1, b); j++) if (t.words[j]! >= SCORE.PROSE_MIN_WORDS && t.endsWithPunctuation[j] === 1) count++;
    return count;
  };
  const proseBetween = (i: number) => (i + 1 <= first - 1 ? prose[first - 1 - lo + 1]! - prose[i + 1 - lo]! : 0);
  const quietBetween = (a: number, b: number) => (b - 1 >= a + 1 ? quiet[b - 1 - lo + 1]! - quiet[a + 1 - lo]! : 0);
  // Candidates before the body, in order, to count those between a candidate and the body.
  const before = places.filter((c) => c < first);
  // The lines that are candidates before line i.
  const linesBefore = (i: number) => firstAtOrAfter(lines, i);
  const beforeAfter = (i: number) => {
    let a = 0;
    let b = before.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (before[mid]! <= i) a = mid + 1;
      else b = mid;
    }
    return before.length - a;
  };
  // Word sets of nearby lines: a headline and its standfirst or teaser share many words.
  // The sets are of word numbers (see Page.wordIds), marked in arrays by the number of the
  // comparison ("epoch"), so that no set is built.
  let mine = new Int32Array(256);
  let seen = new Int32Array(256);
  let epoch = 0;
  const fit = () => {
    if (mine.length >= page.wordIdCount) return;
    const size = Math.max(mine.length * 2, page.wordIdCount);
    const grownMine = new Int32Array(size);
    grownMine.set(mine);
    mine = grownMine;
    const grownSeen = new Int32Array(size);
    grownSeen.set(seen);
    seen = grownSeen;
  };
  const similar = ({ i, at }: TitleCandidate, from: number, to: number) => {
    const words = page.wordIds(i);
    fit();
    const own = ++epoch;
    let size = 0;
    for (const w of words) {
      if (mine[w] !== own) {
        mine[w] = own;
        size++;
      }
    }
    if (size < 2) return 0;
    for (let j = Math.max(0, from); j <= Math.min(n - 1, to); j++) {
      if (j === at || lower(j) === lower(i)) continue;
      const other = page.wordIds(j);
      fit();
      const pass = ++epoch;
      let otherSize = 0;
      let common = 0;
      for (const w of other) {
        if (seen[w] === pass) continue;
        seen[w] = pass;
        otherSize++;
        if (mine[w] === own) common++;
      }
      if (common / Math.min(size, Math.max(otherSize, 1)) >= 0.5 && common >= 2) return 1;
    }
    return 0;
  };
  // Names the page's footer gives: "© 2024 Acme", "acme.com". A headline is rarely one of them.
  // Read once a page, when the first candidate is scored in full.
  let echoes: Set<string> | undefined;
  const echoed = (i: number) => (echoes ??= titleEchoes(page)).has(page.lower(i));
  let siteNames: Set<string> | undefined;
  const siteName = (i: number) => {
    if (!siteNames) {
      siteNames = new Set<string>();
      for (let j = Math.max(0, n - METADATA.SOURCE_BOTTOM_BLOCKS); j < n; j++) {
        if (!mayNameSite(page.lower(j))) continue;
        const m = SITE_NAME_IN_FOOTER.exec(texts[j]!);
        if (m) siteNames.add((m[1] ?? m[2]!).toLowerCase().trim());
      }
    }
    return siteNames.has(lower(i));
  };
  let top: Set<string> | undefined;
  const topEcho = ({ i, at }: TitleCandidate) => {
    if (!top) {
      top = new Set<string>();
      for (let j = 0; j < Math.min(n, METADATA.TITLE_TOP_LINES); j++) {
        const text = lower(j);
        if (maySeparate(text)) for (const part of text.split(TITLE_SEPARATOR)) if (part !== text) top.add(part);
      }
    }
    const key = lower(i);
    if (key === '') return false;
    if (top.has(key)) return true;
    for (let j = 0; j < Math.min(n, METADATA.TITLE_TOP_LINES); j++) if (j !== at && lower(j) === key) return true;
    return false;
  };
  const nearbyRepeat = ({ i, at }: TitleCandidate) => {
    for (let j = Math.max(0, at - 3); j <= Math.min(n - 1, at + 3); j++) if (j !== at && lower(j) === lower(i)) return 1;
    return 0;
  };
  // Short lines share a word or two by chance: they count as three words at least.
  const shared = (i: number) => {
    const own = page.wordIds(i);
    if (own.length === 0) return 0;
    let common = 0;
    for (const w of own) if (lead.has(w)) common++;
    return common / Math.max(own.length, 3);
  };
  // (A head has the first content words of its line.)
  const articleShare = (i: number) => {
    const [from, to] = page.contentWordRange(i);
    if (to === from) return 0;
    let common = 0;
    for (let k = from; k < to; k++) common += article[words.ids[k]!]!;
    return common / Math.max(to - from, 3);
  };
  const inArticleAt = new Map<number, number>();
  let bestInArticle = 0;
  for (const i of candidates) {
    const share = articleShare(i);
    inArticleAt.set(i, share);
    bestInArticle = Math.max(bestInArticle, share);
  }
  const inArticle = (i: number) => inArticleAt.get(i) ?? articleShare(i);
  // The lines candidates stand in are in page order: those within TITLE_CROWD_LINES of line i, by binary search.
  const crowd = (i: number) => {
    const inside = firstAtOrAfter(places, i + METADATA.TITLE_CROWD_LINES + 1) - firstAtOrAfter(places, i - METADATA.TITLE_CROWD_LINES);
    return Math.max(0, inside - 1);
  };
  const holdsNeighbour = ({ i, at }: TitleCandidate) => {
    const key = lower(i);
    if (key === '') return false;
    for (let j = Math.max(0, at - 2); j <= Math.min(n - 1, at + 2); j++) {
      if (j === at || t.words[j]! < 2) continue;
      const other = lower(j);
      if (other !== '' && other.length < key.length && key.includes(other)) return true;
    }
    return false;
  };
  return {
    page, labels, first, noBody, proseBetween, proseWithin, tail, containing, echoed, siteName, nearbyRepeat, shared, inArticle, bestInArticle, crowd, holdsNeighbour,
    similar, quietBetween, beforeAfter, topEcho, lines, linesBefore,
    givenElsewhere: (i) => t.repeated[i] === 1 || echoed(i) || containingAt(i, i, t.words[i]!) > 0,
  };
}

/**
 * For the model, the bound of a candidate's log-odds from its vector x without the features
 * `leftOut` (the COSTLY ones unless given; by index, with the largest value each takes): no
 * less than dot(model, x') for its full vector x', as dot(model, x) and the most those
 * features can add.
 */
export function titleBound(model: LinearModel, leftOut: ReadonlyMap<number, number> = COSTLY): (x: ArrayLike<number>) => number {
  const w = model.weights;
  let slack = 0;
  // Sums are rounded: a little more is added, far more than rounding can take off.
  let spread = 1;
  for (const [c, max] of leftOut) {
    slack += Math.max(0, w[c]! * max);
    spread += Math.abs(w[c]! * max);
  }
  return (x) => {
    let size = spread;
    for (let j = 0; j < x.length; j++) size += Math.abs(w[j]! * x[j]!);
    return dot(model, x) + slack + 1e-9 * size;
  };
}

export interface TitleChoice {
  /** The headline's line. */
  index: number;
  /** The headline: the line's text, or its head's (see Page.heads). */
  text: string;
  p: number;
  reasons: string[];
}

/**
 * The headline, or null when no candidate is likely enough. Without `explain` its reasons are
 * not worked out (clean() shows none): they are left empty.
 */
export function findTitle(page: Page, labels: Labels, first: number, model: LinearModel | undefined, explain = true): TitleChoice | null {
  if (!model) return null;
  const candidates = titleCandidates(page, labels, first);
  if (candidates.length === 0) return null;
  // The first of the most probable candidates (as scoring all of them and taking the first
  // whose probability no other exceeds), with the COSTLY features worked out only where they
  // can matter: a candidate's log-odds without them, plus the most they can add, is a bound
  // that its full log-odds does not exceed. Candidates are scored in full from the highest
  // bound down, skipping those whose bound cannot reach the best probability found so far (or
  // the least a headline needs). A first bound leaves out the deferred features too: most
  // candidates do not get past it, and only those that do are bounded again with them.
  const write = titleFeatures(page, labels, first, candidates);
  const firstBound = titleBound(model, LEFT_OUT_FIRST);
  const boundOf = titleBound(model);
  // (The features a vector leaves out are 0 in it.)
  const x = new Float64Array(TITLE_TABLE.length);
  const bound = candidates.map((_, k) => {
    write(k, FIRST_FEATURES, x);
    return firstBound(x);
  });
  const order = candidates.map((_, k) => k).sort((a, b) => bound[b]! - bound[a]!);
  let best = -1;
  let bestP = 0;
  for (const k of order) {
    if (sigmoid(bound[k]!) < Math.max(bestP, METADATA.TITLE_MIN_PROBABILITY)) continue;
    write(k, FIRST_FEATURES, x);
    write(k, DEFERRED_FEATURES, x);
    for (const j of COSTLY_FEATURES) x[j] = 0;
    if (sigmoid(boundOf(x)) < Math.max(bestP, METADATA.TITLE_MIN_PROBABILITY)) continue;
    write(k, COSTLY_FEATURES, x);
    const p = sigmoid(dot(model, x));
    if (p > bestP || (p === bestP && k < best)) {
      bestP = p;
      best = k;
    }
  }
  if (best < 0 || bestP < METADATA.TITLE_MIN_PROBABILITY) return null;
  const choice = { index: page.blockOf(candidates[best]!), text: page.text(candidates[best]!), p: bestP, reasons: [] as string[] };
  if (!explain) return choice;
  write(best, FIRST_FEATURES, x);
  write(best, DEFERRED_FEATURES, x);
  write(best, COSTLY_FEATURES, x);
  choice.reasons = topReasons(model, [...x], 3, 1);
  return choice;
}
