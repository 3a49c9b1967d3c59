/**
 * Article text printed twice is kept once. A page can carry its article again further down: a
 * text-mode browser's dump of a hidden copy (a print view, a data block), a pull quote, the
 * same teaser in two lists. A kept block most of whose runs of three content words are in
 * blocks already kept adds nothing to the article but its words twice.
 */
import { CONTEXT } from '../constants.js';
import { PairTable } from '../page/pair-table.js';
import type { Label } from '../types.js';
import type { PageWords } from './words.js';

/** Drops (labels boilerplate) each kept block that repeats article text kept before it; `why` records it. */
export function dropRepeats(words: PageWords, label: Label[], why: (i: number, reason: string) => void): void {
  const { ids, start } = words;
  // A run of three words (a, b, c) is kept as (the number of the pair (a, b), c). The tables get
  // room for as many pairs as the kept blocks have words, so that they seldom grow.
  let keptWords = 0;
  for (let i = 0; i < label.length; i++) if (label[i] !== 'boilerplate') keptWords += start[i + 1]! - start[i]!;
  const pairs = new PairTable(keptWords);
  const runs = new PairTable(keptWords);
  let pairCount = 0;
  const seen = (k: number) => {
    const pair = pairs.get(ids[k]!, ids[k + 1]!);
    return pair >= 0 && runs.get(pair, ids[k + 2]!) >= 0;
  };
  const remember = (k: number) => {
    let pair = pairs.get(ids[k]!, ids[k + 1]!);
    if (pair < 0) pairs.set(ids[k]!, ids[k + 1]!, (pair = pairCount++));
    runs.set(pair, ids[k + 2]!, 1);
  };
  for (let i = 0; i < label.length; i++) {
    if (label[i] === 'boilerplate') continue;
    const from = start[i]!;
    const count = start[i + 1]! - from - 2;
    if (count <= 0) continue;
    if (count >= CONTEXT.REPEAT_MIN_RUNS) {
      let hits = 0;
      for (let k = from; k < from + count; k++) if (seen(k)) hits++;
      if (hits >= CONTEXT.REPEAT_SHARE * count) {
        label[i] = 'boilerplate';
        why(i, 'repeats article text kept above');
        continue;
      }
    }
    for (let k = from; k < from + count; k++) remember(k);
  }
}
