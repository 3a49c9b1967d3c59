/**
 * The bundled models (src/model/weights.json, written by scripts/train.ts), checked when they
 * load: weights are applied by position, so each model's recorded feature names must be the
 * names the code declares, in the same order (see checkFeatureNames).
 */
import { CONTEXT_FEATURES } from '../blocks/context-features.js';
import { LOCAL_FEATURES } from '../blocks/local-features.js';
import type { Model } from '../blocks/model.js';
import { SOURCE_FEATURES } from '../metadata/source.js';
import { TITLE_FEATURES } from '../metadata/title.js';
import { checkFeatureNames } from './features.js';
import type { LinearModel } from './linear.js';
import weights from './weights.json' with { type: 'json' };

/** The feature names each model of weights.json is declared with in the code. */
const DECLARED: Record<Exclude<keyof Model, 'about' | 'textBrowser'>, readonly string[]> = {
  local: LOCAL_FEATURES,
  // The later stages read the local features, then the neighbourhood's.
  context: [...LOCAL_FEATURES, ...CONTEXT_FEATURES],
  refine: [...LOCAL_FEATURES, ...CONTEXT_FEATURES],
  title: TITLE_FEATURES,
  source: SOURCE_FEATURES,
};

/**
 * The models of a weights file's contents, after checking that each has the feature names the
 * code declares for it, and a weight for each; throws, naming the model and the first
 * mismatch, when one does not.
 */
export function loadModel(json: unknown): Model {
  const model = json as Model;
  for (const [name, declared] of Object.entries(DECLARED)) check(name, model[name as keyof typeof DECLARED], declared);
  // The text-browser stages, when there are any, read what the block classifier's do.
  if (model.textBrowser) {
    for (const name of ['local', 'context', 'refine'] as const) check(`textBrowser.${name}`, model.textBrowser[name], DECLARED[name]);
  }
  return model;
}

/** Throws unless model `name` is there, with the declared feature names and a weight for each. */
function check(name: string, m: LinearModel | undefined, declared: readonly string[]): void {
  if (!m) throw new Error(`model "${name}" is missing from the weights`);
  checkFeatureNames(name, m.names, declared);
  if (m.weights.length !== declared.length) {
    throw new Error(`model "${name}": ${m.weights.length} weights for ${declared.length} features`);
  }
}

/** The bundled block classifier, headline ranker and name ranker (trained by scripts/train.ts). */
export const DEFAULT_MODEL: Model = loadModel(weights);
