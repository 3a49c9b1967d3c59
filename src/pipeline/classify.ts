/**
 * Stage 4: classify blocks as article or boilerplate, using their neighbourhood.
 *
 * 1. Local class of each block from its own features (after jusText): `good` prose,
 *    `near` (prose-like but weaker), `short`, or `bad` (furniture, appeals, legal lines).
 * 2. A signed weight per block: prose counts its words, furniture and short lines cost,
 *    a line that opens the page tail ("Related", "A message from ...") is a wall unless
 *    prose clearly continues after it.
 * 3. The article is the contiguous run of blocks with the largest total weight
 *    (maximum-sum span, as in BTE), found in one pass.
 * 4. Inside the run, prose is body, short lines before prose are subheadings, list items
 *    stay as lists; outside it, only long clean prose is kept.
 *
 * Every decision leaves a reason on the block.
 */
import { CONTEXT, SCORE } from '../constants.js';
import { isEndMarker } from '../lexicon/index.js';
import type { BlockFeatures, Label, Shape } from '../types.js';

export type LocalClass = 'good' | 'near' | 'short' | 'bad';

export interface Classifiable {
  text: string;
  shape: Shape;
  features: BlockFeatures;
}

export interface Decision {
  label: Label;
  score: number;
  reasons: string[];
  local: LocalClass;
  endMarker: boolean;
}

/** Local class of a block from its own features. */
export function localClass(f: BlockFeatures, stopwordsKnown: boolean): { cls: LocalClass; reason: string } {
  if (f.words === 0) return { cls: 'bad', reason: 'no words' };
  if (f.boilerplate) return { cls: 'bad', reason: `boilerplate (${f.boilerplate})` };
  if (f.linkLike && f.words < SCORE.PROSE_MIN_WORDS) return { cls: 'bad', reason: 'short line with a link' };
  const addresses = f.personalRatio >= SCORE.PERSONAL_HIGH;
  if (f.words < SCORE.PROSE_MIN_WORDS) return { cls: 'short', reason: `short (${f.words} words)` };
  const dense = !stopwordsKnown || f.stopwordDensity >= SCORE.STOPWORD_GOOD;
  const sentence = f.endsWithPunctuation || f.sentences > 0;
  if (dense && sentence && !addresses) return { cls: 'good', reason: `prose (${f.words} words, stopwords ${f.stopwordDensity.toFixed(2)})` };
  if (addresses && f.words < 80) return { cls: 'bad', reason: `addresses the reader (${(f.personalRatio * 100).toFixed(0)}% we/you)` };
  if (stopwordsKnown && f.stopwordDensity < SCORE.STOPWORD_LOW) return { cls: 'short', reason: `few stopwords (${f.stopwordDensity.toFixed(2)})` };
  return { cls: 'near', reason: `prose-like (${f.words} words, stopwords ${f.stopwordDensity.toFixed(2)}${sentence ? '' : ', no final punctuation'})` };
}

/** Clean prose that shows the article goes on (used to decide whether a tail marker is a wall). */
function continues(d: Decision): boolean {
  return d.local === 'good';
}

/** The maximum-sum contiguous span of `weights` (Kadane), as [start, end] inclusive, or null. */
export function maxSpan(weights: readonly number[]): [number, number] | null {
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

/** Looks like a subheading: short, no sentence-final or clause punctuation, not a list item. */
function headingShaped(b: Classifiable): boolean {
  const f = b.features;
  return (
    b.shape === 'text' &&
    f.words >= 1 &&
    f.words <= CONTEXT.HEADING_MAX_WORDS &&
    !/[.,;:]$/.test(b.text) &&
    !f.boilerplate &&
    !f.linkLike
  );
}

export function classify(blocks: readonly Classifiable[], stopwordsKnown: boolean): Decision[] {
  const n = blocks.length;
  const decisions: Decision[] = blocks.map((b) => {
    const { cls, reason } = localClass(b.features, stopwordsKnown);
    const endMarker = isEndMarker(b.text, b.features.words);
    return { label: 'boilerplate' as Label, score: 0, reasons: [reason], local: cls, endMarker };
  });

  // Weights for the maximum-sum span.
  const weights = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const d = decisions[i]!;
    const words = Math.min(b.features.words, SCORE.MAX_WEIGHT_WORDS);
    let w: number;
    switch (d.local) {
      case 'good':
        w = words;
        break;
      case 'near':
        w = words * 0.3;
        break;
      case 'short':
        w = b.shape === 'list-item' ? 0 : -1;
        break;
      default:
        w = -SCORE.FURNITURE_PENALTY;
    }
    if (b.features.repeated && d.local !== 'good') w -= 2;
    if (d.endMarker) {
      // A tail marker is a wall unless most of the next blocks are clean prose.
      let prose = 0;
      for (let j = i + 1; j <= Math.min(n - 1, i + 5); j++) if (continues(decisions[j]!)) prose++;
      if (prose < 3) {
        w = -SCORE.END_MARKER_PENALTY;
        d.reasons.unshift('opens the page tail');
      }
    }
    weights[i] = w;
    d.score = w;
  }

  const span = maxSpan(weights);
  if (!span) return decisions;
  const [start, end] = span;
  let spanWords = 0;
  for (let i = start; i <= end; i++) if (decisions[i]!.local === 'good' || decisions[i]!.local === 'near') spanWords += blocks[i]!.features.words;
  if (spanWords < CONTEXT.MIN_ARTICLE_WORDS) return decisions;

  const nextProse = (i: number): boolean => {
    for (let j = i + 1; j < n; j++) {
      const d = decisions[j]!;
      if (d.local === 'good' || d.local === 'near') return true;
      if (blocks[j]!.shape === 'list-item' && d.local !== 'bad') return true;
      if (!headingShaped(blocks[j]!)) return false;
    }
    return false;
  };

  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const d = decisions[i]!;
    const inside = i >= start && i <= end;
    if (!inside) {
      if (d.local === 'good' && b.features.words >= CONTEXT.OUTSIDE_MIN_WORDS && !tailBefore(decisions, i, start)) {
        d.label = 'body';
        d.reasons.unshift('long prose outside the main run');
      } else {
        d.reasons.unshift('outside the main run');
      }
      continue;
    }
    if (d.local === 'bad') {
      d.reasons.unshift('inside the main run but boilerplate');
      continue;
    }
    if (d.local === 'good' || d.local === 'near') {
      d.label = b.shape === 'list-item' ? 'list' : b.shape === 'quote' ? 'quote' : 'body';
      d.reasons.unshift('prose in the main run');
      continue;
    }
    // Short blocks inside the run.
    if (b.shape === 'list-item') {
      d.label = 'list';
      d.reasons.unshift('list item in the main run');
    } else if (headingShaped(b) && i < end && nextProse(i)) {
      d.label = 'heading';
      d.reasons.unshift('short line before prose');
    } else if (b.features.endsWithPunctuation && b.features.words >= 3 && !b.features.repeated) {
      d.label = 'body';
      d.reasons.unshift('short sentence in the main run');
    } else {
      d.reasons.unshift('short line in the main run');
    }
  }
  return decisions;
}

/** True when a tail marker stands between the main run and block i (which lies after it). */
function tailBefore(decisions: readonly Decision[], i: number, start: number): boolean {
  if (i < start) return false;
  for (let j = start; j < i; j++) if (decisions[j]!.endMarker) return true;
  return false;
}
