/**
 * The main run of prose: the maximum-sum span of the blocks, where prose counts its words and
 * the rest costs. The block classifier's neighbourhood features (context-features.ts) and the
 * metadata stage both start from it.
 */
import { SCORE } from '../constants.js';
import type { BlockTable } from '../page/table.js';

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
