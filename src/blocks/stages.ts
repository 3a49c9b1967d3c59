/**
 * The block classifier's stages computed the plain way, as scripts/train.ts fits them: each
 * block's feature vector as an array (the local features, then the neighbourhood's), one dot
 * product per model. predict() (model.ts) computes the same numbers fused, on typed rows;
 * test/unit/model-agreement.test.ts holds the two equal. Both read the same feature tables.
 */
import { featureRows, rowOf } from '../model/features.js';
import { dot, sigmoid, type LinearModel } from '../model/linear.js';
import type { BlockTable } from '../page/table.js';
import { CONTEXT_TABLE, neighbourhoodOf } from './context-features.js';
import { LOCAL } from './local-features.js';
import { pageWords, type PageWords } from './words.js';

/** The local features of every block of a page (in the order of LOCAL_FEATURES). */
export function localVectors(t: BlockTable, stopwordsKnown: boolean): number[][] {
  const rows = featureRows(LOCAL, { t, stopwordsKnown }, t.length);
  return Array.from({ length: t.length }, (_, i) => rowOf(rows, i, LOCAL.length));
}

/** The neighbourhood features of every block of a page (in the order of CONTEXT_FEATURES), given the previous stage's probabilities. */
export function contextVectors(t: BlockTable, p: ArrayLike<number>, words: PageWords = pageWords(t)): number[][] {
  const rows = featureRows(CONTEXT_TABLE, neighbourhoodOf(t, p, words), t.length);
  return Array.from({ length: t.length }, (_, i) => rowOf(rows, i, CONTEXT_TABLE.length));
}

/**
 * The probabilities of every stage in `stages` (local, context, refine, or the first of them),
 * given the blocks' local features (localVectors): the first stage reads those, each later one
 * those followed by the neighbourhood as the stage before it judged it.
 */
export function stageProbabilities(stages: readonly LinearModel[], t: BlockTable, local: number[][], words: PageWords = pageWords(t)): number[][] {
  const out: number[][] = [];
  for (const m of stages) {
    const previous = out.at(-1);
    const context = previous ? contextVectors(t, previous, words) : null;
    out.push(local.map((x, i) => sigmoid(dot(m, context ? x.concat(context[i]!) : x))));
  }
  return out;
}
