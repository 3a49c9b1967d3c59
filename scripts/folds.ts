/** The fold of a page for two-fold cross-validation, from its id (train.ts and eval.ts agree on it). */
export function foldOf(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 2;
}
