/**
 * Teasers: a list of other stories, each an excerpt cut off with an ellipsis ("Two people in
 * China have been diagnosed with the plague, ..."), reads like prose line by line, and a
 * text-mode browser prints it as a bulleted list. Three or more such excerpts in a row are
 * the list, not the article.
 */
import { CONTEXT } from '../constants.js';
import type { Label } from '../types.js';
import type { Page } from '../page/page.js';

/** An ellipsis at the end of a text, perhaps before a closing quote or bracket. */
const CUT_OFF = /(?:\.\.\.|…)["'”’»)\]]?$/u;

/** Whether block i is an excerpt cut off: some words, then an ellipsis. */
function isCutOff(t: Page['table'], i: number): boolean {
  return t.words[i]! >= CONTEXT.TEASER_MIN_WORDS && CUT_OFF.test(t.texts[i]!);
}

/** Drops the runs of at least CONTEXT.TEASER_RUN_MIN excerpts cut off, one after another. */
export function dropTeaserRuns(page: Page, label: Label[], why: (i: number, reason: string) => void): void {
  const t = page.table;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    if (!isCutOff(t, i)) continue;
    let j = i + 1;
    while (j < n && isCutOff(t, j)) j++;
    if (j - i >= CONTEXT.TEASER_RUN_MIN) {
      for (let k = i; k < j; k++) {
        if (label[k] === 'boilerplate') continue;
        label[k] = 'boilerplate';
        why(k, 'one of a run of teasers cut off with "..."');
      }
    }
    i = j;
  }
}
