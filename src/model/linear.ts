/**
 * The arithmetic of the linear models (the block classifier's stages, the headline and name
 * rankers): log-odds as a dot product, probabilities through the sigmoid, and the features
 * that weighed most in a decision.
 */

export interface LinearModel {
  names: string[];
  weights: number[];
  bias: number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The log-odds of p, with p clamped to [clamp, 1 - clamp] so that 0 and 1 give finite numbers (see LOGIT in constants.ts). */
export const logit = (p: number, clamp: number) => Math.log(Math.max(p, clamp) / Math.max(1 - p, clamp));

/** The model's log-odds for feature vector x. */
export function dot(m: LinearModel, x: ArrayLike<number>): number {
  return sumFrom(weightsOf(m), m.bias, 0, x, 0, x.length);
}

/**
 * Goes on with a log-odds sum `z` that holds the terms of the features before `offset`, adding
 * those of x[from .. from + length - 1] as features offset, offset + 1, ... (with the weights
 * `w` of weightsOf): dot(m, a.concat(b)) is exactly sumFrom(weightsOf(m), dot(m, a), a.length,
 * b, 0, b.length), the same additions in the same order.
 */
function sumFrom(w: Float64Array, z: number, offset: number, x: ArrayLike<number>, from: number, length: number): number {
  for (let i = 0; i < length; i++) z += w[offset + i]! * x[from + i]!;
  return z;
}

/** A model's weights as a typed array (the same numbers), made once per model. */
const typedWeights = new WeakMap<LinearModel, Float64Array>();
export function weightsOf(m: LinearModel): Float64Array {
  let w = typedWeights.get(m);
  if (!w || w.length !== m.weights.length) typedWeights.set(m, (w = Float64Array.from(m.weights)));
  return w;
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
