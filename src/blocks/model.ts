/**
 * The block classifier: stacked logistic models, trained by scripts/train.ts on the benchmark
 * corpus and checked in as src/model/weights.json (loaded by src/model/index.ts).
 *
 * - Stage 1 (local) reads a block's own features (local-features.ts).
 * - Stage 2 (context) reads the local features again plus what the neighbourhood says, given
 *   the local probabilities (context-features.ts).
 * - Stage 3 (refine) is stage 2 again, over the neighbourhood as stage 2 judged it.
 *
 * predict() runs them fused and on typed rows, for speed; stages.ts computes the same numbers
 * the plain way, as training does (test/unit/model-agreement.test.ts holds them equal).
 * Each prediction can list the features that pushed it most, which is what --explain shows.
 */
import { featureRows, rowOf } from '../model/features.js';
import { sigmoid, weightsOf, type LinearModel } from '../model/linear.js';
import type { BlockTable } from '../page/table.js';
import { CONTEXT_TABLE, neighbourhoodOf, type Neighbourhood } from './context-features.js';
import { LOCAL, type LocalSource } from './local-features.js';
import { pageWords, type PageWords } from './words.js';

// Where the pipeline, the metadata rankers and the scripts have long imported them from.
export { dot, sigmoid, topReasons, type LinearModel } from '../model/linear.js';
export { maxSpan, spanWeights } from './span.js';
export { WordNumbers, type PageWords } from './words.js';
export { LOCAL_FEATURES } from './local-features.js';
export { CONTEXT_FEATURES } from './context-features.js';

/** The block classifier's stages. */
export interface BlockStages {
  local: LinearModel;
  context: LinearModel;
  /** Third stage: the context model again, over the second stage's probabilities. */
  refine?: LinearModel;
}

export interface Model extends BlockStages {
  /**
   * Stages learnt for text-mode browsers' dumps (see Layout.textBrowser), which print every
   * list as bullets and menus as lists: what a bulleted line or a group of short lines says
   * differs there from a graphical browser's copy, more than one linear model can hold.
   */
  textBrowser?: BlockStages;
  /** Headline ranker (see title.ts). */
  title?: LinearModel;
  /** Publication-name ranker (see source.ts). */
  source?: LinearModel;
  about: Record<string, unknown>;
}

/** The stages that classify a page's blocks: the text-browser ones on a text-browser dump, when the model has them. */
export function stagesFor(model: Model, t: BlockTable): BlockStages {
  return t.textBrowser === 1 && model.textBrowser ? model.textBrowser : model;
}

/**
 * Runs the stages over a page's blocks (those stagesFor it). `words` are the blocks' content words, numbered (see
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
  const stages = stagesFor(model, t);
  const refine = stages.refine;
  const L = LOCAL.length;
  const C = CONTEXT_TABLE.length;
  // The local features are the first part of the later stages' vectors too: their sums
  // over it are taken here, and each later stage adds the neighbourhood's terms to them.
  const pLocal = new Float64Array(n);
  const contextStart = new Float64Array(n);
  const refineStart = new Float64Array(n);
  const source: LocalSource = { t, stopwordsKnown };
  const local = vectors ? new Float64Array(n * L) : null;
  const wLocal = weightsOf(stages.local);
  const wContext = weightsOf(stages.context);
  const wRefine = refine ? weightsOf(refine) : null;
  for (let i = 0; i < n; i++) {
    // The block's local features, each read once for the three sums (each adds its terms in
    // the order of dot) and kept for explanations.
    let zLocal = stages.local.bias;
    let zContext = stages.context.bias;
    let zRefine = refine ? refine.bias : 0;
    for (let k = 0; k < L; k++) {
      const v = LOCAL[k]!.value(source, i);
      if (local) local[i * L + k] = v;
      zLocal += wLocal[k]! * v;
      zContext += wContext[k]! * v;
      if (wRefine) zRefine += wRefine[k]! * v;
    }
    pLocal[i] = sigmoid(zLocal);
    contextStart[i] = zContext;
    if (refine) refineStart[i] = zRefine;
  }
  const first = neighbourhoodOf(t, pLocal, words);
  let p = laterStage(wContext, contextStart, first);
  let last = first;
  if (refine) {
    last = neighbourhoodOf(t, p, words);
    p = laterStage(wRefine!, refineStart, last);
  }
  if (!local) return { p, pLocal, span: first.span, x: [] };
  const ctx = featureRows(CONTEXT_TABLE, last, n);
  return { p, pLocal, span: first.span, x: Array.from({ length: n }, (_, i) => rowOf(local, i, L).concat(rowOf(ctx, i, C))) };
}

/**
 * A later stage's probabilities: each block's sum over the local features (`start`, with the
 * bias) goes on with the neighbourhood's terms, in the order of dot over the whole vector.
 */
function laterStage(w: Float64Array, start: Float64Array, c: Neighbourhood): Float64Array {
  const n = start.length;
  const L = LOCAL.length;
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = start[i]!;
    for (let k = 0; k < CONTEXT_TABLE.length; k++) z += w[L + k]! * CONTEXT_TABLE[k]!.value(c, i);
    p[i] = sigmoid(z);
  }
  return p;
}
