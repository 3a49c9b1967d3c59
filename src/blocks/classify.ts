/**
 * Stage 4: classify blocks as article or boilerplate, using their neighbourhood.
 *
 * 1. The block classifier (model.ts) gives each block a probability of being article text,
 *    from its own features and from its neighbourhood (the blocks around it, the main run
 *    of prose found as a maximum-sum span, page-tail markers such as "Related" before it).
 * 2. Structure on top: a short headline-shaped line that opens a run of article text is a
 *    subheading; a short line between two article blocks that reads as a sentence is kept
 *    (as jusText's revision does); list items keep their shape; a run of lines led by
 *    quantities near the article (a recipe's ingredients, a schedule) is its list; nothing
 *    after the page's copyright line is.
 *
 * Every decision leaves its reasons on the block: the features that weighed most.
 */
import { CONTEXT, FALLBACK, LOGIT, SCORE } from '../constants.js';
import { BYLINE_START_WORDS } from '../lexicon/metadata.js';
import type { Label } from '../types.js';
import { predict, stagesFor, topReasons, type Model } from './model.js';
import { logit } from '../model/linear.js';
import type { Page } from '../page/page.js';
import { headingShaped, SUBHEADING } from '../page/headings.js';
import { dropRepeats } from './repeats.js';
import { keepQuantityLists } from './quantity-lists.js';
import { dropAfterFooter } from './footer.js';
import { dropTeaserRuns } from './teasers.js';

export { maxSpan } from './model.js';

/** The labels of a page's blocks. */
export interface Labels {
  label: Label[];
  /** Log-odds of being article text, rounded to two decimals: positive keeps, negative drops. */
  score: Float64Array;
  /** Probability of being article text. */
  p: Float64Array;
  /** Why each block got its label, when explained. */
  reasons: string[][] | null;
}

/** Labels every block of a page; `explain` keeps the reasons of each decision. */
export function classify(page: Page, model: Model, explain = true): Labels {
  const t = page.table;
  const n = t.length;
  const { p, x } = predict(model, t, page.stopwordsKnown, page.contentWords, explain);
  const label = new Array<Label>(n);
  const score = new Float64Array(n);
  const reasons: string[][] | null = explain ? [] : null;
  const stages = stagesFor(model, t);
  for (let i = 0; i < n; i++) {
    // A line that is nothing but page furniture is never article text.
    const keep = p[i]! >= SCORE.BODY_PROBABILITY && t.furniture[i] === 0;
    const shape = t.shape(i);
    label[i] = keep ? (shape === 'list-item' ? 'list' : shape === 'quote' ? 'quote' : 'body') : 'boilerplate';
    score[i] = Math.round(logit(p[i]!, LOGIT.SCORE_CLAMP) * 100) / 100;
    reasons?.push(topReasons(stages.refine ?? stages.context, x[i]!));
  }
  const why = (i: number, reason: string) => reasons?.[i]!.unshift(reason);

  const isBody = (i: number) => i >= 0 && i < n && label[i] !== 'boilerplate' && label[i] !== 'heading';
  const prevBody = (i: number) => {
    for (let j = i - 1; j >= 0 && j >= i - CONTEXT.HEADING_LOOKBACK; j--) if (isBody(j)) return true;
    return false;
  };
  const nextBody = (i: number) => {
    for (let j = i + 1; j < n; j++) {
      if (isBody(j)) return true;
      if (!headingShaped(t, j, SUBHEADING)) return false;
    }
    return false;
  };

  for (let i = 0; i < n; i++) {
    if (label[i] === 'body' && headingShaped(t, i, SUBHEADING) && t.endsWithPunctuation[i] === 0 && nextBody(i)) {
      label[i] = 'heading';
      why(i, 'short line that opens more article text');
      continue;
    }
    if (label[i] !== 'boilerplate') continue;
    if (t.boilerplate(i) !== null || t.endMarker[i]! > 0) continue;
    if (headingShaped(t, i, SUBHEADING) && prevBody(i) && nextBody(i) && p[i]! >= SCORE.HEADING_PROBABILITY) {
      label[i] = 'heading';
      why(i, 'short line that opens more article text');
    }
  }

  // Runs of short lines between two article blocks (list items, ingredients, specs, short
  // sentences) stay when none of them is furniture and each is at least plausible.
  for (let i = 1; i < n; i++) {
    if (label[i] !== 'boilerplate' || !isBody(i - 1)) continue;
    let j = i;
    while (j < n && label[j] === 'boilerplate') j++;
    const run = j - i;
    if (j >= n || !isBody(j) || run > CONTEXT.BRIDGE_MAX_BLOCKS) {
      i = j;
      continue;
    }
    let ok = true;
    for (let k = i; k < j && ok; k++) {
      ok = p[k]! >= SCORE.BRIDGE_PROBABILITY && t.boilerplate(k) === null && t.endMarker[k] === 0 && t.repeated[k] === 0 && t.linkLike[k] === 0;
    }
    if (ok) {
      for (let k = i; k < j; k++) {
        label[k] = t.shape(k) === 'list-item' ? 'list' : headingShaped(t, k, SUBHEADING) && run === 1 && t.endsWithPunctuation[k] === 0 ? 'heading' : 'body';
        why(k, 'between two article blocks');
      }
    }
    i = j;
  }

  // Short lines one after another are the items of an unmarked list (ingredients, specs, a
  // schedule), not headings: a heading stands alone before the text it opens.
  for (let i = 0; i < n; i++) {
    if (label[i] !== 'heading') continue;
    let j = i;
    while (j < n && label[j] === 'heading') j++;
    if (j - i >= CONTEXT.LIST_MIN_ITEMS) {
      for (let k = i; k < j; k++) {
        label[k] = 'list';
        why(k, 'one of several short lines in a row: a list item');
      }
    }
    i = j;
  }

  keepQuantityLists(page, label, why);
  dropAfterFooter(page, label, why);
  dropTeaserRuns(page, label, why);
  dropRepeats(page.contentWords, label, why);

  // Too little text to be an article: the classifier found no block sure enough, though the
  // page may still carry one (a product page, a recipe of short lines). Then the blocks close
  // to the page's best one are its article, when that one is plausible at all; else none
  // rather than a scrap.
  let words = 0;
  for (let i = 0; i < n; i++) if (label[i] !== 'boilerplate') words += t.words[i]!;
  if (words < CONTEXT.MIN_ARTICLE_WORDS) {
    words = fallback(t, p, label, why);
    // (the article the fallback found may have its list of quantities too)
    if (words >= CONTEXT.MIN_ARTICLE_WORDS) keepQuantityLists(page, label, why);
  }
  if (words < CONTEXT.MIN_ARTICLE_WORDS) {
    for (let i = 0; i < n; i++) {
      if (label[i] !== 'boilerplate') {
        label[i] = 'boilerplate';
        why(i, 'too little text for an article');
      }
    }
  }
  return { label, score, p, reasons };
}

/**
 * The labels of a page on which no block was sure enough to be article text: every block of
 * some words whose log-odds come within FALLBACK.MARGIN of the page's best block is kept, if
 * that block reaches FALLBACK.MIN_PROBABILITY. Returns the words kept.
 */
export function fallback(t: Page['table'], p: Float64Array, label: Label[], why: (i: number, reason: string) => void): number {
  const n = t.length;
  // Dates and bylines are the page's metadata, never its article (kept, they would be all that is left of it once its headline is taken out).
  const eligible = (i: number) =>
    t.words[i]! >= FALLBACK.MIN_WORDS && t.furniture[i] === 0 && t.boilerplate(i) === null && t.endMarker[i] === 0 && t.dateLike[i] === 0 && !isByline(t, i);
  let best = -1;
  for (let i = 0; i < n; i++) if (eligible(i) && (best < 0 || p[i]! > p[best]!)) best = i;
  if (best < 0 || p[best]! < FALLBACK.MIN_PROBABILITY) return 0;
  const floor = logit(p[best]!, LOGIT.SCORE_CLAMP) - FALLBACK.MARGIN;
  const kept = (i: number) => eligible(i) && logit(p[i]!, LOGIT.SCORE_CLAMP) >= floor;
  let sentence = false;
  for (let i = 0; i < n && !sentence; i++) sentence = kept(i) && t.endsWithPunctuation[i] === 1 && t.words[i]! >= FALLBACK.MIN_SENTENCE_WORDS;
  if (!sentence) return 0;
  let words = 0;
  for (let i = 0; i < n; i++) {
    if (!kept(i)) continue;
    const shape = t.shape(i);
    label[i] = shape === 'list-item' ? 'list' : shape === 'quote' ? 'quote' : 'body';
    why(i, 'close to the best block of a page where none was sure');
    words += t.words[i]!;
  }
  return words;
}

/** Whether block i is a short line that starts with a byline word and a capitalised name ("By Jane Doe", "Von Eva Roth"). */
function isByline(t: Page['table'], i: number): boolean {
  if (t.words[i]! > FALLBACK.BYLINE_MAX_WORDS) return false;
  const text = t.texts[i]!;
  const space = text.indexOf(' ');
  if (space < 0) return false;
  const next = text.charAt(space + 1);
  return BYLINE_START_WORDS.has(text.slice(0, space).toLowerCase()) && next !== next.toLowerCase();
}
