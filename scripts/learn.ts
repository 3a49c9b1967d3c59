/**
 * The learners of scripts/train.ts: logistic regression (Adam, L2) and a listwise softmax
 * ranker over each page's candidates, optionally with a "none of them" option.
 */
import { dot, sigmoid, type LinearModel } from '../src/blocks/model.js';

/** A labelled example with its weight. */
export interface Example { x: number[]; y: number; w: number }

export function fit(examples: Example[], names: readonly string[], epochs = 600, l2 = 1e-3): LinearModel {
  const k = names.length;
  const w = new Float64Array(k);
  let bias = 0;
  const m = new Float64Array(k + 1);
  const v = new Float64Array(k + 1);
  const lr = 0.05;
  const totalW = examples.reduce((a, e) => a + e.w, 0);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const g = new Float64Array(k + 1);
    for (const e of examples) {
      let z = bias;
      for (let j = 0; j < k; j++) z += w[j]! * e.x[j]!;
      const err = (sigmoid(z) - e.y) * e.w;
      for (let j = 0; j < k; j++) g[j]! += err * e.x[j]!;
      g[k]! += err;
    }
    for (let j = 0; j <= k; j++) {
      let grad = g[j]! / totalW;
      if (j < k) grad += l2 * w[j]!;
      m[j] = 0.9 * m[j]! + 0.1 * grad;
      v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
      const step = (lr * (m[j]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[j]! / (1 - 0.999 ** epoch)) + 1e-8);
      if (j < k) w[j]! -= step;
      else bias -= step;
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return { names: [...names], weights: [...w].map(round), bias: round(bias) };
}

/**
 * Listwise ranker: for each page, a softmax over its candidates with the gold candidate as
 * the answer (pages whose answer is not among the candidates are left out, unless `withNone`).
 * `y` may list several candidates that are all right (spellings of one name): their shares
 * count together (the loss is minus the log of their sum).
 */
export function fitListwise(groups: { x: number[][]; y: number | number[] }[], names: readonly string[], epochs = 400, l2 = 1e-3, withNone = false): LinearModel {
  const k = names.length;
  // With `withNone`, one more parameter: the score of "none of the candidates" (answer y = -1).
  const w = new Float64Array(k + 1);
  const m = new Float64Array(k + 1);
  const v = new Float64Array(k + 1);
  const lr = 0.05;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const g = new Float64Array(k + 1);
    for (const grp of groups) {
      const z = grp.x.map((x) => x.reduce((a, xi, j) => a + w[j]! * xi, 0));
      if (withNone) z.push(w[k]!);
      const max = Math.max(...z);
      const e = z.map((zi) => Math.exp(zi - max));
      const sum = e.reduce((a, b) => a + b, 0);
      const right = typeof grp.y === 'number' ? [grp.y] : grp.y;
      const rightSum = right.reduce((a, c) => a + (c >= 0 ? e[c]! : 0), 0);
      grp.x.forEach((x, c) => {
        const d = e[c]! / sum - (right.includes(c) ? e[c]! / rightSum : 0);
        for (let j = 0; j < k; j++) g[j]! += d * x[j]!;
      });
      if (withNone) g[k]! += e[grp.x.length]! / sum - (grp.y === -1 ? 1 : 0);
    }
    for (let j = 0; j < (withNone ? k + 1 : k); j++) {
      const grad = g[j]! / groups.length + l2 * w[j]!;
      m[j] = 0.9 * m[j]! + 0.1 * grad;
      v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
      w[j]! -= (lr * (m[j]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[j]! / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  // With a "none" option its score is stored as the bias, with the sign of a threshold.
  return { names: [...names], weights: [...w.subarray(0, k)].map(round), bias: withNone ? round(-w[k]!) : 0 };
}

/** Listwise ranker, then a one-feature logistic fit of its score for scale and bias. */
export function fitRanker(groups: { x: number[][]; y: number }[], examples: Example[], names: readonly string[]): LinearModel {
  const ranker = fitListwise(groups, names);
  const calib = fit(examples.map((e) => ({ x: [dot(ranker, e.x)], y: e.y, w: e.w })), ['score']);
  return { names: ranker.names, weights: ranker.weights.map((wi) => Math.round(wi * calib.weights[0]! * 1e4) / 1e4), bias: calib.bias };
}
