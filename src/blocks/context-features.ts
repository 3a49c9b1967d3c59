/**
 * The block classifier's neighbourhood features: what the blocks around a block say, given
 * the previous stage's probabilities (the local model's, then the context model's): their
 * probabilities, the main run of prose (a maximum-sum span) and where the block lies against
 * it, whether a page-tail marker or comment headers came before it, the layout of its group of
 * lines, and how much of the main run's vocabulary it shares. They come after the local
 * features in the context and refining models.
 */
import { BLOCK_FEATURES, CONTEXT, LOGIT, SCORE } from '../constants.js';
import { featureNames, log1pOf, type FeatureTable } from '../model/features.js';
import { HARD_END, type BlockTable } from '../page/table.js';
import { logit } from '../model/linear.js';
import { maxSpan, spanWeights } from './span.js';
import type { PageWords } from './words.js';

/**
 * What the neighbourhood features read: a page's blocks and the previous stage's
 * probabilities, with what follows from them for the whole page, worked out once (see
 * neighbourhoodOf).
 */
export interface Neighbourhood {
  t: BlockTable;
  /** The previous stage's probability of each block being article text. */
  p: ArrayLike<number>;
  /** The main run, and the main run with page-tail markers as walls it cannot cross. */
  span: [number, number] | null;
  walled: [number, number] | null;
  /** Each block's words, weighted by its probability (prose) and not (all), and their prefix sums. */
  proseWords: Float64Array;
  allWords: Float64Array;
  cumProse: Float64Array;
  cumAll: Float64Array;
  /** Each block's group of lines (lines with no blank line between them) and what each group's lines say. */
  groupOf: Int32Array;
  groupSize: Float64Array;
  groupDensity: Float64Array;
  /** Whether the page tail has opened by block i, and how many comment headers came up to it. */
  tail: Uint8Array;
  comments: Int32Array;
  /** The share of block i's content words that occur in the main run outside block i. */
  shared: Float64Array;
}

/** The previous stage's probability of block j, or 0 off the page. */
const pAt = (c: Neighbourhood, j: number) => (j >= 0 && j < c.t.length ? c.p[j]! : 0);
const inSpan = (span: [number, number] | null, i: number) => span !== null && i >= span[0] && i <= span[1];
const flag = (b: boolean) => (b ? 1 : 0);

export const CONTEXT_TABLE: FeatureTable<Neighbourhood> = [
  // The previous stage's log-odds (named for the first stage, the local model's).
  { name: 'local logit', value: (c, i) => logit(c.p[i]!, LOGIT.FEATURE_CLAMP) / 5 },
  { name: 'previous block', value: (c, i) => pAt(c, i - 1) },
  { name: 'block before previous', value: (c, i) => pAt(c, i - 2) },
  { name: 'next block', value: (c, i) => pAt(c, i + 1) },
  { name: 'block after next', value: (c, i) => pAt(c, i + 2) },
  {
    // Share of prose among the words of the blocks around it (itself left out).
    name: `neighbourhood (${CONTEXT.NEIGHBOURHOOD} each side)`,
    value: (c, i) => {
      const lo = Math.max(0, i - CONTEXT.NEIGHBOURHOOD);
      const hi = Math.min(c.t.length, i + CONTEXT.NEIGHBOURHOOD + 1);
      return (c.cumProse[hi]! - c.cumProse[lo]! - c.proseWords[i]!) / Math.max(c.cumAll[hi]! - c.cumAll[lo]! - c.allWords[i]!, 1);
    },
  },
  { name: 'in the main run', value: (c, i) => flag(inSpan(c.span, i)) },
  {
    name: 'blocks from the main run',
    value: ({ span }, i) =>
      (span === null ? BLOCK_FEATURES.NO_RUN_DISTANCE : inSpan(span, i) ? 0 : log1pOf(i < span[0] ? span[0] - i : i - span[1])) / 3,
  },
  { name: 'after a page-tail marker', value: (c, i) => c.tail[i]! },
  { name: 'after the main run', value: (c, i) => flag(c.span !== null && i > c.span[1]) },
  { name: 'in the main run before the tail', value: (c, i) => flag(inSpan(c.walled, i)) },
  { name: 'blank line after', value: ({ t }, i) => flag(i + 1 >= t.length || t.gapBefore[i + 1]! > 0) },
  { name: 'lines in its group', value: (c, i) => c.groupSize[c.groupOf[i]!]! },
  { name: 'words per line in its group', value: (c, i) => c.groupDensity[c.groupOf[i]!]! },
  { name: 'comment headers before', value: (c, i) => Math.min(c.comments[i]!, 3) / 3 },
  { name: 'words shared with the main run', value: (c, i) => c.shared[i]! },
];

export const CONTEXT_FEATURES: readonly string[] = featureNames(CONTEXT_TABLE);

/** The neighbourhood of every block of a page, given the previous stage's probabilities `p`. */
export function neighbourhoodOf(t: BlockTable, p: ArrayLike<number>, words: PageWords): Neighbourhood {
  const n = t.length;
  const weights = spanWeights(t, p);
  const span = maxSpan(weights);
  const walled = maxSpan(weights.map((w, i) => (t.endMarker[i]! > 0 ? -SCORE.END_MARKER_PENALTY : w)));
  // Prefix sums of prose-weighted words, for the neighbourhood and the prose so far.
  const proseWords = new Float64Array(n);
  const allWords = new Float64Array(n);
  const cumProse = new Float64Array(n + 1);
  const cumAll = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const words = t.words[i]!;
    proseWords[i] = p[i]! * Math.min(words, SCORE.MAX_WEIGHT_WORDS);
    allWords[i] = Math.min(words, SCORE.MAX_WEIGHT_WORDS) + 1;
    cumProse[i + 1] = cumProse[i]! + proseWords[i]!;
    cumAll[i + 1] = cumAll[i]! + allWords[i]!;
  }
  const { groupOf, groupSize, groupDensity } = groupsOf(t);
  const { tail, comments } = tailOf(t, span, proseWords, cumProse);
  const shared = sharedWithRun(words, n, span);
  return { t, p, span, walled, proseWords, allWords, cumProse, cumAll, groupOf, groupSize, groupDensity, tail, comments, shared };
}

/** Groups of lines with no blank line between them: paragraphs stand alone, menus come in runs. */
function groupsOf(t: BlockTable): { groupOf: Int32Array; groupSize: Float64Array; groupDensity: Float64Array } {
  const n = t.length;
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
  const groupSize = new Float64Array(groupLines.length);
  const groupDensity = new Float64Array(groupLines.length);
  for (let g = 0; g < groupLines.length; g++) {
    groupSize[g] = log1pOf(groupLines[g]! - 1) / 3;
    groupDensity[g] = Math.log1p(groupWords[g]! / groupLines[g]!) / 5;
  }
  return { groupOf, groupSize, groupDensity };
}

/** Whether block i is a sentence of some length, not a link's words. */
function readsAsProse(t: BlockTable, i: number): boolean {
  return t.endsWithPunctuation[i] === 1 && t.words[i]! >= SCORE.PROSE_MIN_WORDS && t.linkLike[i] === 0;
}

/**
 * Whether the page tail has opened by each block, and how many comment headers came up to it.
 * Tail markers and comment headers count once the main run has begun and shown some prose; a
 * marker opens the tail only when the article does not resume right after it and the lines
 * that hang under it (an inline "Read more: ..." or "More from ..." list between paragraphs is
 * not the end, bulleted or not).
 */
function tailOf(t: BlockTable, span: [number, number] | null, proseWords: Float64Array, cumProse: Float64Array): { tail: Uint8Array; comments: Int32Array } {
  const n = t.length;
  const tail = new Uint8Array(n);
  const comments = new Int32Array(n);
  let proseSoFar = 0;
  let commentsSoFar = 0;
  let opened = false;
  for (let i = 0; i < n; i++) {
    const started = span !== null && i > span[0] && proseSoFar >= CONTEXT.MIN_ARTICLE_WORDS;
    if (t.endMarker[i] === HARD_END && started) opened = true;
    else if (t.endMarker[i]! > 0 && started) {
      // The lines under the marker with no blank line between, and the list items under it (a
      // text-mode browser puts blank lines between them), are its list of links; a sentence
      // under it is the article going on past a button ("Read more" that unfolds the rest).
      let from = i + 1;
      while (from < n && (t.gapBefore[from] === 0 || t.shape(from) === 'list-item') && !readsAsProse(t, from)) from++;
      const resumed = cumProse[Math.min(n, from + CONTEXT.TAIL_LOOKAHEAD)]! - cumProse[from]!;
      if (resumed < CONTEXT.TAIL_RESUME_WORDS) opened = true;
    }
    if (t.commentHeader[i] === 1 && started) commentsSoFar++;
    tail[i] = opened ? 1 : 0;
    comments[i] = commentsSoFar;
    if (span !== null && i >= span[0]) proseSoFar += proseWords[i]!;
  }
  return { tail, comments };
}

/**
 * For each of the n blocks, the share of its content words that occur in the main run outside
 * the block itself: how much of the main run's vocabulary it shares.
 */
function sharedWithRun(words: PageWords, n: number, span: [number, number] | null): Float64Array {
  const { ids, start } = words;
  const runWords = new Int32Array(words.distinct);
  if (span) for (let k = start[span[0]]!; k < start[span[1] + 1]!; k++) runWords[ids[k]!]!++;
  const mine = new Int32Array(words.distinct);
  const shared = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const from = start[i]!;
    const to = start[i + 1]!;
    if (to === from) continue;
    const own = inSpan(span, i);
    if (own) for (let k = from; k < to; k++) mine[ids[k]!]!++;
    let hits = 0;
    for (let k = from; k < to; k++) if (runWords[ids[k]!]! - mine[ids[k]!]! > 0) hits++;
    if (own) for (let k = from; k < to; k++) mine[ids[k]!] = 0;
    shared[i] = hits / (to - from);
  }
  return shared;
}
