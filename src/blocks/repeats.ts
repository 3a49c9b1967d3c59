/**
 * Article text printed twice is kept once. A page can carry its article again further down: a
 * text-mode browser's dump of a hidden copy (a print view, a data block), a pull quote, the
 * same teaser in two lists. A kept block most of whose runs of three content words are in
 * blocks already kept adds nothing to the article but its words twice.
 */
import { CONTEXT } from '../constants.js';
import type { Label } from '../types.js';
import type { PageWords } from './words.js';

/** Drops (labels boilerplate) each kept block that repeats article text kept before it; `why` records it. */
export function dropRepeats(words: PageWords, label: Label[], why: (i: number, reason: string) => void): void {
  const { ids, start, distinct } = words;
  const seen = new Set<number>();
  // A run's key: its three word numbers in base `distinct` (exact below 2^17 distinct words; past that, rare clashes).
  const key = (k: number) => (ids[k]! * distinct + ids[k + 1]!) * distinct + ids[k + 2]!;
  for (let i = 0; i < label.length; i++) {
    if (label[i] === 'boilerplate') continue;
    const from = start[i]!;
    const runs = start[i + 1]! - from - 2;
    if (runs <= 0) continue;
    if (runs >= CONTEXT.REPEAT_MIN_RUNS) {
      let hits = 0;
      for (let k = from; k < from + runs; k++) if (seen.has(key(k))) hits++;
      if (hits >= CONTEXT.REPEAT_SHARE * runs) {
        label[i] = 'boilerplate';
        why(i, 'repeats article text kept above');
        continue;
      }
    }
    for (let k = from; k < from + runs; k++) seen.add(key(k));
  }
}
