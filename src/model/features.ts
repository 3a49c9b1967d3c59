/**
 * A model's features, declared once as a table of (name, value): the runtime fills its
 * feature rows from the table, training computes its examples from the same table, and the
 * names a trained model records (src/model/weights.json) are checked against the table's.
 */

/** One feature: its name, as weights.json records it, and its value for item i of a source S. */
export interface Feature<S> {
  readonly name: string;
  readonly value: (source: S, i: number) => number;
}

/** A model's features in the order of its weights. */
export type FeatureTable<S> = readonly Feature<S>[];

export function featureNames<S>(table: FeatureTable<S>): readonly string[] {
  return table.map((f) => f.name);
}

/** The features of items 0 .. count - 1, one row of table.length values after another (filled a feature at a time). */
export function featureRows<S>(table: FeatureTable<S>, source: S, count: number): Float64Array {
  const width = table.length;
  const rows = new Float64Array(count * width);
  for (let k = 0; k < width; k++) {
    const value = table[k]!.value;
    for (let i = 0; i < count; i++) rows[i * width + k] = value(source, i);
  }
  return rows;
}

/** Row i of `rows` (rows of `width` values), as an array. */
export function rowOf(rows: Float64Array, i: number, width: number): number[] {
  return Array.from(rows.subarray(i * width, (i + 1) * width));
}

/**
 * Throws unless the feature names a trained model recorded are the ones the code declares, in
 * the same order: weights are applied by position, so a renamed, added or reordered feature
 * would silently give another feature's weight.
 */
export function checkFeatureNames(model: string, recorded: readonly string[], declared: readonly string[]): void {
  const length = Math.max(recorded.length, declared.length);
  for (let k = 0; k < length; k++) {
    if (recorded[k] === declared[k]) continue;
    const said = (name: string | undefined) => (name === undefined ? 'nothing' : JSON.stringify(name));
    throw new Error(
      `model "${model}": feature ${k + 1} is ${said(recorded[k])} in the weights but ${said(declared[k])} in the code ` +
        `(${recorded.length} features recorded, ${declared.length} declared); retrain (npm run train) or fix the feature table`,
    );
  }
}

/** Math.log1p(k) for the whole numbers k below LOG1P.length, computed once (the same numbers). */
const LOG1P = Float64Array.from({ length: 4096 }, (_, k) => Math.log1p(k));

/** Math.log1p of a count, from a table when it is small: features take it of block and word counts. */
export const log1pOf = (k: number) => (k < LOG1P.length ? LOG1P[k]! : Math.log1p(k));
