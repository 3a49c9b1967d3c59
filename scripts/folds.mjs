/**
 * The fold of a page for two-fold cross-validation, from its id: train.ts, eval.ts and
 * bench.mjs (--cv) agree on it.
 * @param {string} id
 * @returns {number}
 */
export function foldOf(id) {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 2;
}

/** How many folds there are (the models bench-out/cv/fold-0.json ... that train.ts --check writes). */
export const FOLDS = 2;
