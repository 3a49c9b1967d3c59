/**
 * Stage 3: block features. Pure; each block is looked at once.
 */
import { FEATURES } from '../constants.js';
import { matchLine, matchPhrases, PERSONAL } from '../lexicon/index.js';
import type { BlockFeatures } from '../types.js';

const ACTION_CATEGORIES: ReadonlySet<string> = new Set(['subscribe', 'donate', 'share', 'comments', 'account']);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const TERMINAL = /[.!?…。！？؟]["'”’»)\]]*$/u;
// Starts only at the first of a run of terminators, so a long run is scanned once (linear).
const SENTENCE_END = /(?<![.!?…。！？؟])[.!?…。！？؟]+(?:["'”’»)\]]*)(?=\s|$)/gu;
const COMMA = /[,،、，;]/g;
const DIGIT = /\p{N}/gu;
const UPPER_START = /^\p{Lu}/u;
const LEADING_DIGIT = /^\p{N}/u;
// Linear: a domain or an e-mail address is only looked for from the start of its run of
// characters, so a long run ("a-a-a-...", "@@@...") is scanned once, not once per position.
const LINK = /(?:https?:\/\/|www\.)\S|(?<![\w-])-*\b[\w-]+\.(?:com|org|net|info|io|co|de|fr|es|it|pl|ru|uk|nl|at|ch|eu|be|pt|br|mx|ar|gov|edu)\b|(?<!\S)\S[^\s@]*@\S+\.\w/iu;

/** Lower-cased word tokens of a text. */
export function tokenize(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace('’', "'"));
}

/** Counts words; for Chinese, Japanese and Thai characters, a word per two characters. */
export function countWords(text: string, tokens: readonly string[] = text.match(WORD) ?? []): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  if (unspaced === 0) return tokens.length;
  // Unspaced runs were each matched as one token; count their characters instead.
  const unspacedTokens = tokens.filter((t) => HAS_UNSPACED.test(t)).length;
  return tokens.length - unspacedTokens + Math.ceil(unspaced / FEATURES.CHARS_PER_WORD_UNSPACED);
}

export function computeFeatures(
  text: string,
  stopwords: ReadonlySet<string> | null,
  repeated: boolean,
): BlockFeatures {
  // One pass of the word pattern serves tokens, word count and capitalisation.
  const raw = text.match(WORD) ?? [];
  const tokens = raw.map((w) => w.toLowerCase().replace('’', "'"));
  const words = countWords(text, raw);
  let stop = 0;
  let personal = 0;
  if (stopwords) for (const t of tokens) if (stopwords.has(t)) stop++;
  for (const t of tokens) if (PERSONAL.has(t)) personal++;
  let upper = 0;
  let alpha = 0;
  for (const r of raw) {
    if (LEADING_DIGIT.test(r)) continue;
    alpha++;
    if (UPPER_START.test(r)) upper++;
  }
  const digits = text.match(DIGIT)?.length ?? 0;
  const line = matchLine(text);
  let boilerplate: string | null = line;
  const phrases = line ? [] : matchPhrases(text);
  // A long paragraph may mention cookies once; it takes one hit per 40 words to call it boilerplate.
  if (!boilerplate && phrases.length > 0 && phrases.length * 40 >= words) boilerplate = phrases[0]!.category;
  const actionHits = phrases.filter((p) => ACTION_CATEGORIES.has(p.category)).length;
  return {
    chars: text.length,
    words,
    stopwordDensity: tokens.length && stopwords ? stop / tokens.length : 0,
    endsWithPunctuation: TERMINAL.test(text),
    sentences: text.match(SENTENCE_END)?.length ?? 0,
    capitalisedRatio: alpha ? upper / alpha : 0,
    digitRatio: text.length ? digits / text.length : 0,
    commas: text.match(COMMA)?.length ?? 0,
    linkLike: LINK.test(text),
    boilerplate,
    furniture: line !== null,
    phraseHits: phrases.length,
    actionHits,
    personalRatio: tokens.length ? personal / tokens.length : 0,
    repeated,
  };
}
