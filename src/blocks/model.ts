/**
 * The block classifier: two small logistic models, trained by scripts/train.ts on the
 * benchmark corpus and checked in as src/model/weights.json.
 *
 * - Stage 1 (local) reads a block's own features: length, stopwords, punctuation, case,
 *   digits, links, boilerplate phrases, how much it addresses the reader, shape.
 * - Stage 2 (context) reads the local features again plus what the neighbourhood says:
 *   the local probabilities of the blocks around it, whether it lies in the main run of
 *   prose (maximum-sum span), and whether a page-tail marker came before it.
 *
 * Each prediction can list the features that pushed it most, which is what --explain shows.
 */
import { CONTEXT, SCORE } from '../constants.js';
import { CATEGORIES } from '../lexicon/boilerplate.js';
import { hashOf, Interner } from '../page/intern.js';
import { HARD_END, type BlockTable } from '../page/table.js';

export interface LinearModel {
  names: string[];
  weights: number[];
  bias: number;
}

export interface Model {
  local: LinearModel;
  context: LinearModel;
  /** Third stage: the context model again, over the second stage's probabilities. */
  refine?: LinearModel;
  /** Headline ranker (see title.ts). */
  title?: LinearModel;
  /** Publication-name ranker (see source.ts). */
  source?: LinearModel;
  about: Record<string, unknown>;
}

/** Lower-cased words of four letters or more: a cheap stand-in for content words. */
export function contentWords(text: string): string[] {
  return text.toLowerCase().match(CONTENT_WORD) ?? [];
}
const CONTENT_WORD = /\p{L}{4,}/gu;

/** The content words of every block of a page as numbers (one per distinct word), in one flat array. */
export interface PageWords {
  /** Word numbers of block i: ids[start[i]] .. ids[start[i + 1] - 1]. */
  ids: Int32Array;
  start: Int32Array;
  /** How many distinct words the page has. */
  distinct: number;
}

/**
 * Numbers the content words of a page's blocks, block after block: push a block's words, then
 * end it. Words are looked up by hash (see hashStep), so a word met again, given as a part of
 * a longer string (pushRange), costs no new string.
 */
export class WordNumbers {
  private readonly numbers = new Interner();
  private ids = new Int32Array(1024);
  private count = 0;
  private readonly start: number[] = [0];

  push(word: string): void {
    this.pushRange(word, 0, word.length, hashOf(word));
  }

  /** Pushes the word s[from .. to - 1], whose hash is `hash`. */
  pushRange(s: string, from: number, to: number, hash: number): void {
    if (this.count === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = this.numbers.number(s, from, to, hash);
  }

  endBlock(): void {
    this.start.push(this.count);
  }

  /** The content words of the next block. */
  add(words: readonly string[]): void {
    for (const w of words) this.push(w);
    this.endBlock();
  }

  get words(): PageWords {
    return { ids: this.ids, start: Int32Array.from(this.start), distinct: this.numbers.count };
  }
}

function numberWords(words: readonly (readonly string[])[]): PageWords {
  const numbers = new WordNumbers();
  for (const list of words) numbers.add(list);
  return numbers.words;
}

export const LOCAL_FEATURES: readonly string[] = [
  'log words', 'words >= 10', 'words >= 30', 'stopword density', 'stopwords unknown', 'ends with punctuation',
  'sentences', 'capitalised words', 'digits', 'commas per word', 'link', 'addresses the reader', 'repeated on the page',
  'list item', 'quote', 'blank line before', 'opens the page tail', 'position in page', 'starts lower case',
  'ends with colon', 'characters per word', 'date-like', 'separators per word', 'boilerplate phrases',
  'calls to action', 'comment header',
  ...CATEGORIES.map((c) => `boilerplate: ${c}`),
];

/** Math.log1p(k) for the whole numbers k below LOG1P.length, computed once (the same numbers). */
const LOG1P = Float64Array.from({ length: 4096 }, (_, k) => Math.log1p(k));
const log1pOf = (k: number) => (k < LOG1P.length ? LOG1P[k]! : Math.log1p(k));

/** Writes the local features of block i (in the order of LOCAL_FEATURES) into `x`. */
function writeLocal(x: number[] | Float64Array, t: BlockTable, i: number, stopwordsKnown: boolean): void {
  const words = t.words[i]!;
  const w = Math.max(words, 1);
  const shape = t.shape(i);
  x[0] = log1pOf(words) / 5;
  x[1] = words >= 10 ? 1 : 0;
  x[2] = words >= 30 ? 1 : 0;
  x[3] = stopwordsKnown ? t.stopwordDensity[i]! : 0;
  x[4] = stopwordsKnown ? 0 : 1;
  x[5] = t.endsWithPunctuation[i]!;
  x[6] = Math.min(t.sentences[i]!, 5) / 5;
  x[7] = t.capitalisedRatio[i]!;
  x[8] = Math.min(t.digitRatio[i]! * 3, 1);
  x[9] = Math.min((t.commas[i]! / w) * 5, 1);
  x[10] = t.linkLike[i]!;
  x[11] = Math.min(t.personalRatio[i]! * 5, 1);
  x[12] = t.repeated[i]!;
  x[13] = shape === 'list-item' ? 1 : 0;
  x[14] = shape === 'quote' ? 1 : 0;
  x[15] = t.gapBefore[i]! > 0 ? 1 : 0;
  x[16] = t.endMarker[i]! > 0 ? 1 : 0;
  x[17] = t.length > 1 ? i / (t.length - 1) : 0;
  x[18] = t.lowerStart[i]!;
  x[19] = t.endsWithColon[i]!;
  x[20] = Math.min(t.chars[i]! / w / 10, 2);
  x[21] = t.dateLike[i]!;
  x[22] = Math.min((t.separators[i]! / w) * 3, 1);
  x[23] = Math.min(t.phraseHits[i]!, 3) / 3;
  x[24] = Math.min(t.actionHits[i]!, 3) / 3;
  x[25] = t.commentHeader[i]!;
  const boilerplate = t.boilerplate(i);
  for (let k = 0; k < CATEGORIES.length; k++) x[26 + k] = boilerplate === CATEGORIES[k] ? 1 : 0;
}

/** The local features of block i of a page (in the order of LOCAL_FEATURES). */
export function localVector(t: BlockTable, i: number, stopwordsKnown: boolean): number[] {
  const x = new Array<number>(LOCAL_FEATURES.length);
  writeLocal(x, t, i, stopwordsKnown);
  return x;
}

/** Neighbourhood features; they come after the local ones in the context model. */
export const CONTEXT_FEATURES: readonly string[] = [
  'local logit', 'previous block', 'block before previous', 'next block', 'block after next', 'neighbourhood (5 each side)',
  'in the main run', 'blocks from the main run', 'after a page-tail marker', 'after the main run',
  'in the main run before the tail', 'blank line after', 'lines in its group', 'words per line in its group',
  'comment headers before', 'words shared with the main run',
];

const logit = (p: number) => Math.log(Math.max(p, 1e-4) / Math.max(1 - p, 1e-4));
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's log-odds for feature vector x. */
export function dot(m: LinearModel, x: ArrayLike<number>): number {
  return dotFrom(m, m.bias, 0, x, 0, x.length);
}

/**
 * Goes on with a log-odds sum `z` that holds the terms of the features before `offset`, adding
 * those of x[from .. from + length - 1] as features offset, offset + 1, ...:
 * dot(m, a.concat(b)) is exactly dotFrom(m, dot(m, a), a.length, b, 0, b.length), the same
 * additions in the same order.
 */
function dotFrom(m: LinearModel, z: number, offset: number, x: ArrayLike<number>, from: number, length: number): number {
  return sumFrom(weightsOf(m), z, offset, x, from, length);
}

/** dotFrom with the model's weights given as `w`. */
function sumFrom(w: Float64Array, z: number, offset: number, x: ArrayLike<number>, from: number, length: number): number {
  for (let i = 0; i < length; i++) z += w[offset + i]! * x[from + i]!;
  return z;
}

/** A model's weights as a typed array (the same numbers), made once per model. */
const typedWeights = new WeakMap<LinearModel, Float64Array>();
function weightsOf(m: LinearModel): Float64Array {
  let w = typedWeights.get(m);
  if (!w || w.length !== m.weights.length) typedWeights.set(m, (w = Float64Array.from(m.weights)));
  return w;
}

/** The maximum-sum contiguous span of `weights` (Kadane), as [start, end] inclusive, or null. */
export function maxSpan(weights: ArrayLike<number>): [number, number] | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i]!;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return bestStart < 0 ? null : [bestStart, bestEnd];
}

/** Span weights from local probabilities: prose counts its words, the rest costs. */
export function spanWeights(t: BlockTable, pLocal: ArrayLike<number>): Float64Array {
  const weights = new Float64Array(t.length);
  for (let i = 0; i < t.length; i++) {
    const words = Math.min(Math.max(t.words[i]!, 1), SCORE.MAX_WEIGHT_WORDS);
    const p = pLocal[i]!;
    weights[i] = (p - 0.5) * 2 * (p >= 0.5 ? words : Math.max(words, SCORE.FURNITURE_PENALTY));
  }
  return weights;
}

const CONTEXT_COUNT = CONTEXT_FEATURES.length;

/** The content words of a page's blocks, numbered (see contentWords). */
export function pageWords(t: BlockTable): PageWords {
  return numberWords(t.texts.slice(0, t.length).map(contentWords));
}

/** The neighbourhood features of every block of a page (in the order of CONTEXT_FEATURES). */
export function contextVectors(t: BlockTable, pLocal: ArrayLike<number>, span: [number, number] | null, words: PageWords = pageWords(t)): number[][] {
  const flat = neighbourhood(t, pLocal, span, words);
  return Array.from({ length: t.length }, (_, i) => Array.from(flat.subarray(i * CONTEXT_COUNT, (i + 1) * CONTEXT_COUNT)));
}

/** The neighbourhood features of every block (CONTEXT_FEATURES), one row of CONTEXT_COUNT after another. */
function neighbourhood(t: BlockTable, pLocal: ArrayLike<number>, span: [number, number] | null, words: PageWords): Float64Array {
  const n = t.length;
  // The main run again, with page-tail markers as walls it cannot cross.
  const walled = maxSpan(spanWeights(t, pLocal).map((w, i) => (t.endMarker[i]! > 0 ? -SCORE.END_MARKER_PENALTY : w)));
  const at = (i: number) => (i >= 0 && i < n ? pLocal[i]! : 0);
  // Prefix sums of prose-weighted words, for the neighbourhood and the share before.
  const proseWords = new Float64Array(n);
  const allWords = new Float64Array(n);
  const cumProse = new Float64Array(n + 1);
  const cumAll = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const words = t.words[i]!;
    proseWords[i] = pLocal[i]! * Math.min(words, SCORE.MAX_WEIGHT_WORDS);
    allWords[i] = Math.min(words, SCORE.MAX_WEIGHT_WORDS) + 1;
    cumProse[i + 1] = cumProse[i]! + proseWords[i]!;
    cumAll[i + 1] = cumAll[i]! + allWords[i]!;
  }
  // Groups of lines with no blank line between them: paragraphs stand alone, menus come in runs.
  const groupOf = new Int32Array(n);
  const groupLines: number[] = [];
  const groupWords: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || t.gapBefore[i]! > 0) {
      groupLines.push(0);
      groupWords.push(0);
    }
    const g = groupLines.length - 1;
    groupOf[i] = g;
    groupLines[g]! += 1;
    groupWords[g]! += t.words[i]!;
  }
  // What a group's lines say, once per group.
  const groupSize = groupLines.map((lines) => log1pOf(lines - 1) / 3);
  const groupDensity = groupLines.map((lines, g) => Math.log1p(groupWords[g]! / lines) / 5);
  // Content words of the main run, counted, to see how much of its vocabulary a block shares:
  // the share of a block's words that occur in the main run outside the block itself.
  const { ids, start } = words;
  const runWords = new Int32Array(words.distinct);
  if (span) for (let k = start[span[0]]!; k < start[span[1] + 1]!; k++) runWords[ids[k]!]!++;
  const mine = new Int32Array(words.distinct);
  const shared = (i: number) => {
    const from = start[i]!;
    const to = start[i + 1]!;
    if (to === from) return 0;
    const inSpan = span !== null && i >= span[0] && i <= span[1];
    if (inSpan) for (let k = from; k < to; k++) mine[ids[k]!]!++;
    let hits = 0;
    for (let k = from; k < to; k++) if (runWords[ids[k]!]! - mine[ids[k]!]! > 0) hits++;
    if (inSpan) for (let k = from; k < to; k++) mine[ids[k]!] = 0;
    return hits / (to - from);
  };
  const out = new Float64Array(n * CONTEXT_COUNT);
  let proseSoFar = 0;
  let comments = 0;
  let tail = false;
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - CONTEXT.NEIGHBOURHOOD);
    const hi = Math.min(n, i + CONTEXT.NEIGHBOURHOOD + 1);
    const neighbourhood = (cumProse[hi]! - cumProse[lo]! - proseWords[i]!) / Math.max(cumAll[hi]! - cumAll[lo]! - allWords[i]!, 1);
    const inSpan = span !== null && i >= span[0] && i <= span[1];
    const distance = span === null ? 10 : inSpan ? 0 : log1pOf(i < span[0] ? span[0] - i : i - span[1]);
    // Tail markers and comment headers count once the main run has begun and shown some prose.
    const started = span !== null && i > span[0] && proseSoFar >= CONTEXT.MIN_ARTICLE_WORDS;
    // A marker opens the tail only when the article does not resume right after it
    // (an inline "Read more: ..." between paragraphs is not the end).
    if (t.endMarker[i] === HARD_END && started) tail = true;
    else if (t.endMarker[i]! > 0 && started) {
      const resumed = cumProse[Math.min(n, i + 1 + CONTEXT.TAIL_LOOKAHEAD)]! - cumProse[i + 1]!;
      if (resumed < CONTEXT.TAIL_RESUME_WORDS) tail = true;
    }
    if (t.commentHeader[i] === 1 && started) comments++;
    const g = groupOf[i]!;
    const row = i * CONTEXT_COUNT;
    out[row] = logit(pLocal[i]!) / 5;
    out[row + 1] = at(i - 1);
    out[row + 2] = at(i - 2);
    out[row + 3] = at(i + 1);
    out[row + 4] = at(i + 2);
    out[row + 5] = neighbourhood;
    out[row + 6] = inSpan ? 1 : 0;
    out[row + 7] = distance / 3;
    out[row + 8] = tail ? 1 : 0;
    out[row + 9] = span !== null && i > span[1] ? 1 : 0;
    out[row + 10] = walled !== null && i >= walled[0] && i <= walled[1] ? 1 : 0;
    out[row + 11] = i + 1 >= n || t.gapBefore[i + 1]! > 0 ? 1 : 0;
    out[row + 12] = groupSize[g]!;
    out[row + 13] = groupDensity[g]!;
    out[row + 14] = Math.min(comments, 3) / 3;
    out[row + 15] = shared(i);
    if (span !== null && i >= span[0]) proseSoFar += proseWords[i]!;
  }
  return out;
}

/**
 * Runs the stages over a page's blocks. `words` are the blocks' content words, numbered (see
 * pageWords); `vectors` keeps the final stage's feature vectors, for explanations.
 */
export function predict(
  model: Model,
  t: BlockTable,
  stopwordsKnown: boolean,
  words: PageWords = pageWords(t),
  vectors = true,
): { p: Float64Array; pLocal: Float64Array; span: [number, number] | null; x: number[][] } {
  const n = t.length;
  const refine = model.refine;
  const L = LOCAL_FEATURES.length;
  // The local features are the first part of the later stages' vectors too: their sums
  // over it are taken here, and each later stage adds the neighbourhood's terms to them.
  const pLocal = new Float64Array(n);
  const contextStart = new Float64Array(n);
  const refineStart = new Float64Array(n);
  const local = vectors ? new Float64Array(n * L) : null;
  const x = new Float64Array(L);
  const wLocal = weightsOf(model.local);
  const wContext = weightsOf(model.context);
  const wRefine = refine ? weightsOf(refine) : null;
  for (let i = 0; i < n; i++) {
    writeLocal(x, t, i, stopwordsKnown);
    // The three sums of sumFrom over x, in one loop (each adds its terms in the same order).
    let zLocal = model.local.bias;
    let zContext = model.context.bias;
    let zRefine = refine ? refine.bias : 0;
    for (let k = 0; k < L; k++) {
      const v = x[k]!;
      zLocal += wLocal[k]! * v;
      zContext += wContext[k]! * v;
      if (wRefine) zRefine += wRefine[k]! * v;
    }
    pLocal[i] = sigmoid(zLocal);
    contextStart[i] = zContext;
    if (refine) refineStart[i] = zRefine;
    local?.set(x, i * L);
  }
  const span = maxSpan(spanWeights(t, pLocal));
  let ctx = neighbourhood(t, pLocal, span, words);
  let p = new Float64Array(n);
  for (let i = 0; i < n; i++) p[i] = sigmoid(sumFrom(wContext, contextStart[i]!, L, ctx, i * CONTEXT_COUNT, CONTEXT_COUNT));
  if (refine) {
    ctx = neighbourhood(t, p, maxSpan(spanWeights(t, p)), words);
    p = new Float64Array(n);
    for (let i = 0; i < n; i++) p[i] = sigmoid(sumFrom(wRefine!, refineStart[i]!, L, ctx, i * CONTEXT_COUNT, CONTEXT_COUNT));
  }
  const row = (a: Float64Array, i: number, size: number) => Array.from(a.subarray(i * size, (i + 1) * size));
  return { p, pLocal, span, x: local ? Array.from({ length: n }, (_, i) => row(local, i, L).concat(row(ctx, i, CONTEXT_COUNT))) : [] };
}

/**
 * The features that pushed a prediction most towards its outcome, as "name (+1.2)": for a
 * kept block the strongest positive contributions, for a dropped block the strongest negative
 * (or, with `sign`, the strongest in that direction: why a ranked candidate beat the others).
 */
export function topReasons(model: LinearModel, x: readonly number[], count = 3, sign: 1 | -1 = dot(model, x) >= 0 ? 1 : -1): string[] {
  const list = x.map((v, i) => ({ name: model.names[i]!, c: v * model.weights[i]! }));
  list.sort((a, b) => sign * b.c - sign * a.c);
  return list
    .slice(0, count)
    .filter((c) => sign * c.c >= 0.05)
    .map((c) => `${c.name} (${c.c >= 0 ? '+' : ''}${c.c.toFixed(1)})`);
}
