/**
 * Stage 3: block features. Pure; the characters of a block are read once, by scanWords,
 * which finds the words and counts what the features need on the way.
 */
import { FEATURES } from '../constants.js';
import { classOf, isSpace, LETTER, UNSPACED, UPPER, WORD_CHAR } from '../lexicon/chars.js';
import { endingsPattern, LINK_DOMAIN_ENDINGS } from '../lexicon/domains.js';
import { matchLine, matchPhrases, mayOpenPhrase, PHRASE_SCAN_CHARS } from '../lexicon/index.js';
import { isFollowPrompt, isSubscribePrompt } from '../lexicon/follow.js';
import { isLabelledCaption } from '../lexicon/caption.js';
import { entryOf, HASH_SEED, hashStep, KnownWords, stopwordEntries, stopwordList } from '../lexicon/stopwords.js';
import type { BlockFeatures } from '../types.js';
import { CONTENT_WORD } from './words.js';

const ACTION_CATEGORIES: ReadonlySet<string> = new Set(['subscribe', 'donate', 'share', 'comments', 'account']);

// Linear: a domain or an e-mail address is only looked for from the start of its run of
// characters, so a long run ("a-a-a-...", "@@@...") is scanned once, not once per position.
const LINK = new RegExp(String.raw`(?:https?:\/\/|www\.)\S|(?<![\w-])-*\b[\w-]+\.${endingsPattern(LINK_DOMAIN_ENDINGS)}\b|(?<!\S)\S[^\s@]*@\S+\.\w`, 'iu');

/**
 * What the words of a text give, from one pass over its characters. The words are its tokens:
 * matches of /[\p{L}\p{N}]+(?:['’][\p{L}]+)*‌/u (letters or digits, with an apostrophe inside
 * joining more letters: "it's", "l’été"), lower-cased, the first ’ made ' (see tokenize).
 */
export interface Words {
  /** How many tokens. */
  count: number;
  /**
   * The word-list entries of the tokens that have one (stopwords, personal words), in order,
   * are entries from .. to - 1 of the KnownWords the scan was given.
   */
  from: number;
  to: number;
  /** Tokens that start with a letter (not a digit)... */
  alpha: number;
  /** ...and of those, with an upper-case letter. */
  upper: number;
  /** Tokens holding a Chinese, Japanese or Thai character... */
  unspacedTokens: number;
  /** ...and how many such characters the text has (inside tokens or not). */
  unspacedChars: number;
  /** `\p{N}` characters. */
  digits: number;
  /**
   * False when the text, lower-cased character by character, can have no boilerplate phrase:
   * none can start at a run of letters and digits of its first PHRASE_SCAN_CHARS characters
   * (see mayOpenPhrase), and there is no "©".
   */
  phraseHint: boolean;
}

/** Where content words go. */
export interface WordSink {
  push(word: string): unknown;
  /** Pushes the word s[from .. to - 1], whose hash (see hashStep) is `hash`. */
  pushRange?(s: string, from: number, to: number, hash: number): void;
}

/** Letter runs of four or more in a lower-cased token that is not all letters ("rock'n'roll"). */
function contentRuns(token: string, out: WordSink): void {
  let start = -1;
  let letters = 0;
  for (let i = 0; i <= token.length; ) {
    const cp = i < token.length ? token.codePointAt(i)! : 0;
    if (i < token.length && (classOf(cp) & LETTER) !== 0) {
      if (start < 0) {
        start = i;
        letters = 0;
      }
      letters++;
    } else {
      if (start >= 0 && letters >= 4) out.push(token.slice(start, i));
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
}

/** The words of a text and what they tell, in one pass (see Words); their word-list entries go to `known`. */
export function scanWords(text: string, known: KnownWords = new KnownWords()): Words {
  return scan(text, null, known, null, null);
}

/**
 * Where tokens go: each lower-cased token is s[from .. to - 1] with the unit at `apostrophe`
 * (or none, -1) read as ' ; `hash` is its hash (see hashStep).
 */
export interface TokenSink {
  token(s: string, from: number, to: number, hash: number, apostrophe: number): void;
}

/** Lower-cased word tokens of a text. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  scan(text, null, null, {
    token: (s, from, to, _, apostrophe) => {
      const token = s.slice(from, to);
      tokens.push(apostrophe >= 0 ? token.replace('’', "'") : token);
    },
  }, null);
  return tokens;
}

/** The tokens of a text (see tokenize) to a sink; `lower` is the text lower-cased. */
export function scanTokens(text: string, lower: string, sink: TokenSink): void {
  const perCharacter = lower.length === text.length && !text.includes('Σ');
  scan(text, perCharacter ? lower : null, null, sink, null);
}

/**
 * scanWords. With `lower` (the text lower-cased, when that goes character by character), the
 * tokens are cut out of it, and `content` receives the content words: runs of four letters or
 * more, lower-cased (/\p{L}{4,}/gu on the lower-cased text). `known` receives the word-list
 * entries of the tokens, `tokens` the tokens.
 */
function scan(text: string, lower: string | null, known: KnownWords | null, tokens: TokenSink | null, content: WordSink | null): Words {
  let count = 0;
  const from = known ? known.length : 0;
  let alpha = 0;
  let upper = 0;
  let unspacedTokens = 0;
  let unspacedChars = 0;
  let digits = 0;
  // Without `lower`, runs of the lower-cased text are not the text's: phrases are looked for anyway.
  let phraseHint = lower === null;
  // The hash of the last run of letters and digits (see mayOpenPhrase).
  let hasRun = false;
  let lastRun = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00) cp = text.codePointAt(i)!;
    let c = classOf(cp);
    if ((c & WORD_CHAR) === 0) {
      if ((c & UNSPACED) !== 0) unspacedChars++;
      if (cp === 0xa9) phraseHint = true;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    if ((c & LETTER) !== 0) {
      alpha++;
      if ((c & UPPER) !== 0) upper++;
    }
    let unspaced = 0;
    let letters = 0; // code points, while the token is all letters
    let allLetters = true;
    let curly = false;
    let lettersOnly = false; // after an apostrophe, only letters continue the token
    let need = WORD_CHAR;
    for (;;) {
      if ((c & LETTER) !== 0) letters++;
      else {
        allLetters = false;
        digits++;
      }
      if ((c & UNSPACED) !== 0) unspaced++;
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00) cp = text.codePointAt(i)!;
      c = classOf(cp);
      if ((c & need) !== 0) continue;
      // An apostrophe followed by a letter joins the letters after it.
      if ((cp === 0x27 || cp === 0x2019) && i + 1 < n) {
        const next = text.codePointAt(i + 1)!;
        const nextClass = classOf(next);
        if ((nextClass & LETTER) !== 0) {
          if (cp === 0x2019) curly = true;
          allLetters = false;
          i++;
          cp = next;
          c = nextClass;
          lettersOnly = true;
          need = LETTER;
          continue;
        }
      }
      break;
    }
    // The token, lower-cased, is src[from .. to - 1]; its first ’ reads as ' (at `apostrophe`).
    // It is hashed here and looked up by hash: no string is made of it unless asked for.
    let src: string;
    let from: number;
    let to: number;
    if (lower) {
      src = lower;
      from = start;
      to = i;
    } else {
      src = text.slice(start, i).toLowerCase();
      from = 0;
      to = src.length;
    }
    let h = HASH_SEED;
    let apostrophe = -1;
    // The runs of letters and digits of the token are parted by its apostrophes (and without
    // one, the token is its only run).
    let run = HASH_SEED;
    if (!lettersOnly) {
      for (let k = from; k < to; k++) h = hashStep(h, src.charCodeAt(k));
      run = h;
    } else {
      for (let k = from; k < to; k++) {
        let u = src.charCodeAt(k);
        if (u === 0x27 || u === 0x2019) {
          if (!phraseHint && mayOpenPhrase(hasRun, lastRun, run)) phraseHint = true;
          hasRun = true;
          lastRun = run;
          run = HASH_SEED;
        } else run = hashStep(run, u);
        if (u === 0x2019 && apostrophe < 0 && curly) {
          apostrophe = k;
          u = 0x27;
        }
        h = hashStep(h, u);
      }
    }
    // Runs after the end of the phrase scan do not count; a run cut by it is another run there.
    if (!phraseHint && start < PHRASE_SCAN_CHARS && (i > PHRASE_SCAN_CHARS || mayOpenPhrase(hasRun, lastRun, run))) phraseHint = true;
    hasRun = true;
    lastRun = run;
    count++;
    if (known) {
      const id = entryOf(src, from, to, h, apostrophe);
      if (id >= 0) known.pushId(id);
    }
    if (tokens) tokens.token(src, from, to, h, apostrophe);
    if (unspaced > 0) {
      unspacedTokens++;
      unspacedChars += unspaced;
    }
    if (content) {
      if (allLetters) {
        if (letters >= 4) {
          if (content.pushRange) content.pushRange(src, from, to, h);
          else content.push(src.slice(from, to));
        }
      } else if (i - start >= 4) contentRuns(src.slice(from, to), content);
    }
  }
  return { count, from, to: known ? known.length : 0, alpha, upper, unspacedTokens, unspacedChars, digits, phraseHint };
}

/** Words from the counts of Words: a word per token, but for Chinese, Japanese and Thai characters, a word per two characters. */
export function wordCount(tokens: number, unspacedTokens: number, unspacedChars: number): number {
  if (unspacedChars === 0) return tokens;
  // Unspaced runs were each scanned as one token; count their characters instead.
  return tokens - unspacedTokens + Math.ceil(unspacedChars / FEATURES.CHARS_PER_WORD_UNSPACED);
}

/** Counts words; for Chinese, Japanese and Thai characters, a word per two characters. */
export function countWords(text: string): number {
  const w = scanWords(text);
  return wordCount(w.count, w.unspacedTokens, w.unspacedChars);
}

/** . ! ? … 。 ！ ？ ؟ */
const isTerminator = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x61f;
/** " ' ” ’ » ) ] */
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
/** , ، 、 ， ; */
const isComma = (c: number) => c === 0x2c || c === 0x60c || c === 0x3001 || c === 0xff0c || c === 0x3b;

/** Ends with sentence punctuation, perhaps before closing quotes: /[.!?…。！？؟]["'”’»)\]]*$/u. */
function endsWithTerminal(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 && isTerminator(text.charCodeAt(i));
}

/** What punctuation() makes of a character: nothing, a digit 0-9, a separator, or another of its marks. */
const NO_MARK = 0;
const DIGIT = 1;
const SEPARATOR = 2;
const MARK = 3;
/** The kinds of the ASCII characters: the terminators, commas, "@" and ":" are marks (the closers only matter after a terminator). */
const ASCII_MARKS = new Uint8Array(128);
for (const c of '.!?,;@:') ASCII_MARKS[c.charCodeAt(0)] = MARK;
for (const c of '|/') ASCII_MARKS[c.charCodeAt(0)] = SEPARATOR;
for (let c = 0x30; c <= 0x39; c++) ASCII_MARKS[c] = DIGIT;
/** The kind of a character (see ASCII_MARKS). */
function markOf(c: number): number {
  if (c < 0x80) return ASCII_MARKS[c]!;
  // • · » ›
  if (c === 0x2022 || c === 0xb7 || c === 0xbb || c === 0x203a) return SEPARATOR;
  return isComma(c) || isTerminator(c) ? MARK : NO_MARK;
}

/** The first letters of the domain endings, in either case (no other character folds to one of them). */
const DOMAIN_START = new Uint8Array(128);
for (const d of LINK_DOMAIN_ENDINGS) for (const c of [d[0]!, d[0]!.toUpperCase()]) DOMAIN_START[c.charCodeAt(0)] = 1;

/** `[\w-]` of a regex with the i and u flags: ASCII letters, digits, "_", "-", and "ſ", "K" (which fold to s and k). */
const isWordOrHyphen = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d || c === 0x17f || c === 0x212a;

/**
 * Whether the "." at `i` can end the name part of a LINK match: a domain ("[\w-]+." before one
 * of the endings, which start with one of DOMAIN_START) or "www." before something other than
 * white space. Either way a word character or "-" stands before it.
 */
function mayEndHostName(text: string, i: number): boolean {
  if (i === 0 || !isWordOrHyphen(text.charCodeAt(i - 1))) return false;
  const next = text.charCodeAt(i + 1);
  return (next < 0x80 && DOMAIN_START[next] === 1) || ((text.charCodeAt(i - 1) | 0x20) === 0x77 && i + 1 < text.length && !isSpace(next));
}

/** A capital letter. */
const CAPITAL = /^\p{Lu}$/u;

/** What a block's punctuation gives (see punctuation). */
export interface Marks {
  sentences: number;
  commas: number;
  link: boolean;
  separators: number;
  digitPair: boolean;
  /** Excerpts cut off inside the text: an ellipsis ("..." or "…") before white space and a capital. */
  truncations: number;
}

/**
 * What one pass over the punctuation of a text gives:
 * - sentences: runs of sentence punctuation, perhaps with closing quotes after them, that
 *   end the text or stand before white space (the matches of
 *   /(?<![.!?…。！？؟])[.!?…。！？؟]+(?:["'”’»)\]]*)(?=\s|$)/gu);
 * - commas: /[,،、，;]/g;
 * - link: whether LINK can match: it needs an "@", a "://", or a "." that may end a host name
 *   (see mayEndHostName), which most prose lines do not have;
 * - separators: /[|•·»›/]/g;
 * - digitPair: whether two digits 0-9 stand in a row (hasDigits(text, 2));
 * - truncations: the matches of /(?:\.{3,}|…)\s\p{Lu}/gu (an excerpt cut off, and the next one).
 */
export function punctuation(text: string): Marks {
  let sentences = 0;
  let commas = 0;
  let link = false;
  let separators = 0;
  let digitPair = false;
  let truncations = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const kind = markOf(c);
    // Most characters are none of the marks.
    if (kind === NO_MARK) continue;
    if (kind === DIGIT) {
      if (!digitPair && i > 0 && markOf(text.charCodeAt(i - 1)) === DIGIT) digitPair = true;
      continue;
    }
    if (kind === SEPARATOR) {
      separators++;
      continue;
    }
    if (isComma(c)) commas++;
    else if (c === 0x40) link = true;
    else if (c === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) link = true;
    if (isTerminator(c)) {
      if (c === 0x2e && !link && mayEndHostName(text, i)) link = true;
      if (i > 0 && isTerminator(text.charCodeAt(i - 1))) continue;
      let j = i + 1;
      while (j < n && isTerminator(text.charCodeAt(j))) j++;
      const ellipsis = c === 0x2026 ? j === i + 1 : c === 0x2e && j >= i + 3 && text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e;
      while (j < n && isCloser(text.charCodeAt(j))) j++;
      if (j >= n || isSpace(text.charCodeAt(j))) {
        sentences++;
        // (rare: the capital is looked up only after an ellipsis)
        if (ellipsis && j + 1 < n && CAPITAL.test(text.charAt(j + 1))) truncations++;
      }
    }
  }
  return { sentences, commas, link, separators, digitPair, truncations };
}

/**
 * A block's words and features, from its text alone: the features that need the rest of the
 * page (stopwordDensity, see stopwordShare, and repeated) are left 0 and false.
 * `known` receives the word-list entries of its tokens, `content` its content words (see
 * contentWords in words.ts).
 */
export function readBlock(text: string, known: KnownWords, content: WordSink, lower: string = text.toLowerCase()): { words: Words; features: BlockFeatures; marks: Marks } {
  // Lower-casing goes character by character but for 'İ' (it becomes two characters) and 'Σ'
  // (its form depends on what follows); with either, the content words come from the whole text.
  const perCharacter = lower.length === text.length && !text.includes('Σ');
  const w = scan(text, perCharacter ? lower : null, known, null, perCharacter ? content : null);
  if (!perCharacter) for (const word of lower.match(CONTENT_WORD) ?? []) content.push(word);
  const words = wordCount(w.count, w.unspacedTokens, w.unspacedChars);
  let personal = 0;
  for (let k = w.from; k < w.to; k++) if (known.at(k).personal) personal++;
  const line = matchLine(text, lower);
  let boilerplate: string | null = line;
  const phrases = line || !w.phraseHint ? [] : matchPhrases(text, lower);
  // A long paragraph may mention cookies once; it takes one hit per 40 words to call it boilerplate.
  if (!boilerplate && phrases.length > 0 && phrases.length * 40 >= words) boilerplate = phrases[0]!.category;
  // A prompt to follow the site on social networks is a share button's words: furniture, as the button's label is.
  const follow = isFollowPrompt(lower, words);
  if (follow && !boilerplate) boilerplate = 'share';
  const subscribe = isSubscribePrompt(lower, words);
  if (subscribe && !boilerplate) boilerplate = 'subscribe';
  let actionHits = 0;
  for (const p of phrases) if (ACTION_CATEGORIES.has(p.category)) actionHits++;
  const marks = punctuation(text);
  // Teasers run together, each cut off ("... may soon... Indian-origin man pleads ..."), are a ticker, not prose.
  const ticker = marks.truncations >= FEATURES.TICKER_MIN_TRUNCATIONS && words >= marks.truncations * FEATURES.TICKER_EXCERPT_WORDS;
  if (ticker && !boilerplate) boilerplate = 'related';
  // A caption under its screen-reader label ("Image caption ...") is the picture's, not the article's.
  const caption = isLabelledCaption(lower);
  if (caption && !boilerplate) boilerplate = 'ui';
  const features: BlockFeatures = {
    chars: text.length,
    words,
    stopwordDensity: 0,
    endsWithPunctuation: endsWithTerminal(text),
    sentences: marks.sentences,
    capitalisedRatio: w.alpha ? w.upper / w.alpha : 0,
    digitRatio: text.length ? w.digits / text.length : 0,
    commas: marks.commas,
    linkLike: marks.link && LINK.test(text),
    boilerplate,
    furniture: line !== null || follow || subscribe || ticker || caption,
    phraseHits: phrases.length,
    actionHits,
    personalRatio: w.count ? personal / w.count : 0,
    repeated: false,
  };
  return { words: w, features, marks };
}

/**
 * The share of a block's tokens that are stopwords of the page's language (`stopwords`, see
 * stopwordList; -1 when the page has none). `known` is the list readBlock filled.
 */
export function stopwordShare(w: Pick<Words, 'count' | 'from' | 'to'>, known: KnownWords, stopwords: number): number {
  if (stopwords < 0 || w.count === 0) return 0;
  const isStopword = stopwordEntries(stopwords);
  let stop = 0;
  for (let k = w.from; k < w.to; k++) stop += isStopword[known.idAt(k)]!;
  return stop / w.count;
}

/** The features of one block of a page in `language` (null: stopwords unknown). */
export function computeFeatures(text: string, language: string | null, repeated: boolean): BlockFeatures {
  const known = new KnownWords();
  const { words, features } = readBlock(text, known, []);
  features.stopwordDensity = stopwordShare(words, known, stopwordList(language));
  features.repeated = repeated;
  return features;
}
