/**
 * Stage 3: block features. Pure; the characters of a block are read once, by scanWords,
 * which finds the words and counts what the features need on the way.
 */
import { FEATURES } from '../constants.js';
import { classOf, isSpace, LETTER, NUMBER, UNSPACED, UPPER, WORD_CHAR } from '../lexicon/chars.js';
import { matchLine, matchPhrases } from '../lexicon/index.js';
import { stopwordList, wordInfo, type WordInfo } from '../lexicon/stopwords.js';
import type { BlockFeatures } from '../types.js';

const ACTION_CATEGORIES: ReadonlySet<string> = new Set(['subscribe', 'donate', 'share', 'comments', 'account']);

const SENTENCE_END = /[.!?…。！？؟]+(?:["'”’»)\]]*)(?=\s|$)/gu;
const COMMA = /[,،、，;]/g;
const LINK = /(?:https?:\/\/|www\.)\S|\b[\w-]+\.(?:com|org|net|info|io|co|de|fr|es|it|pl|ru|uk|nl|at|ch|eu|be|pt|br|mx|ar|gov|edu)\b|\S@\S+\.\w/iu;
const CONTENT_WORD = /\p{L}{4,}/gu;

/**
 * What the words of a text give, from one pass over its characters. The words are its tokens:
 * matches of /[\p{L}\p{N}]+(?:['’][\p{L}]+)*‌/u (letters or digits, with an apostrophe inside
 * joining more letters: "it's", "l’été"), lower-cased, the first ’ made ' (see tokenize).
 */
export interface Words {
  /** How many tokens. */
  count: number;
  /** The word-list entries of the tokens that have one (stopwords, personal words), in order. */
  known: WordInfo[];
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
  /** Content words: runs of four letters or more, lower-cased (/\p{L}{4,}/u on the lower-cased text). */
  content: string[];
}

/** Letter runs of four or more in a lower-cased token that is not all letters ("rock'n'roll"). */
function contentRuns(token: string, out: string[]): void {
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

/** The words of a text and what they tell, in one pass (see Words). */
export function scanWords(text: string): Words {
  return scan(text, null);
}

/** Lower-cased word tokens of a text. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  scan(text, tokens);
  return tokens;
}

/** scanWords; with `tokens`, the tokens are also pushed there. */
function scan(text: string, tokens: string[] | null): Words {
  let count = 0;
  const known: WordInfo[] = [];
  const content: string[] = [];
  let alpha = 0;
  let upper = 0;
  let unspacedTokens = 0;
  let unspacedChars = 0;
  let digits = 0;
  // Lower-casing goes character by character except for 'İ' (it becomes two characters) and
  // 'Σ' (it depends on what follows); with either, content words come from the whole text.
  let perCharacterCase = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i)!;
    let c = classOf(cp);
    if ((c & WORD_CHAR) === 0) {
      if ((c & UNSPACED) !== 0) unspacedChars++;
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
    for (;;) {
      if ((c & LETTER) !== 0) letters++;
      else {
        allLetters = false;
        digits++;
      }
      if ((c & UNSPACED) !== 0) unspaced++;
      if (cp === 0x130 || cp === 0x3a3) perCharacterCase = false;
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = text.codePointAt(i)!;
      c = classOf(cp);
      if ((c & (lettersOnly ? LETTER : WORD_CHAR)) !== 0) continue;
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
          continue;
        }
      }
      break;
    }
    let token = text.slice(start, i).toLowerCase();
    if (curly) token = token.replace('’', "'");
    count++;
    const info = wordInfo(token);
    if (info) known.push(info);
    if (tokens) tokens.push(token);
    if (unspaced > 0) {
      unspacedTokens++;
      unspacedChars += unspaced;
    }
    if (allLetters) {
      if (letters >= 4) content.push(token);
    } else if (i - start >= 4) contentRuns(token, content);
  }
  return {
    count,
    known,
    alpha,
    upper,
    unspacedTokens,
    unspacedChars,
    digits,
    content: perCharacterCase ? content : (text.toLowerCase().match(CONTENT_WORD) ?? []),
  };
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

/** Ends with sentence punctuation, perhaps before closing quotes: /[.!?…。！？؟]["'”’»)\]]*$/u. */
function endsWithTerminal(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && '"\'”’»)]'.includes(text[i]!)) i--;
  return i >= 0 && '.!?…。！？؟'.includes(text[i]!);
}

/**
 * LINK needs an "@", a "://", or a "." with something other than a space after it; most
 * prose lines have none of them, and the pattern is only run on the others.
 */
function mayHaveLink(text: string): boolean {
  if (text.includes('@') || text.includes('://')) return true;
  for (let i = text.indexOf('.'); i >= 0 && i + 1 < text.length; i = text.indexOf('.', i + 1)) {
    if (!isSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/**
 * Block features from a scanned text (scanWords). `stopwords` is the page language's stopword
 * list (stopwordList), or -1 when the page has none.
 */
export function featuresOf(text: string, w: Words, stopwords: number, repeated: boolean): BlockFeatures {
  const tokens = w.count;
  const words = wordCount(tokens, w.unspacedTokens, w.unspacedChars);
  let stop = 0;
  let personal = 0;
  for (const info of w.known) {
    if (stopwords >= 0 && info.langs.includes(stopwords)) stop++;
    if (info.personal) personal++;
  }
  const line = matchLine(text);
  let boilerplate: string | null = line;
  const phrases = line ? [] : matchPhrases(text);
  // A long paragraph may mention cookies once; it takes one hit per 40 words to call it boilerplate.
  if (!boilerplate && phrases.length > 0 && phrases.length * 40 >= words) boilerplate = phrases[0]!.category;
  let actionHits = 0;
  for (const p of phrases) if (ACTION_CATEGORIES.has(p.category)) actionHits++;
  return {
    chars: text.length,
    words,
    stopwordDensity: tokens && stopwords >= 0 ? stop / tokens : 0,
    endsWithPunctuation: endsWithTerminal(text),
    sentences: text.match(SENTENCE_END)?.length ?? 0,
    capitalisedRatio: w.alpha ? w.upper / w.alpha : 0,
    digitRatio: text.length ? w.digits / text.length : 0,
    commas: text.match(COMMA)?.length ?? 0,
    linkLike: mayHaveLink(text) && LINK.test(text),
    boilerplate,
    furniture: line !== null,
    phraseHits: phrases.length,
    actionHits,
    personalRatio: tokens ? personal / tokens : 0,
    repeated,
  };
}

/** The features of one block of a page in `language` (null: stopwords unknown). */
export function computeFeatures(text: string, language: string | null, repeated: boolean): BlockFeatures {
  return featuresOf(text, scanWords(text), stopwordList(language), repeated);
}
