/**
 * Stage 4: classify blocks as article or boilerplate, using their neighbourhood.
 *
 * 1. The block classifier (model.ts) gives each block a probability of being article text,
 *    from its own features and from its neighbourhood (the blocks around it, the main run
 *    of prose found as a maximum-sum span, page-tail markers such as "Related" before it).
 * 2. Structure on top: a short headline-shaped line that opens a run of article text is a
 *    subheading; a short line between two article blocks that reads as a sentence is kept
 *    (as jusText's revision does); list items keep their shape.
 *
 * Every decision leaves its reasons on the block: the features that weighed most.
 */
import { CONTEXT, SCORE } from '../constants.js';
import { endMarkerOf, isCommentHeader } from '../lexicon/index.js';
import type { BlockFeatures, Label, Shape } from '../types.js';
import { predict, topReasons, type Model, type ModelInput, type PageWords } from './model.js';

export { maxSpan } from './model.js';

export interface Classifiable {
  text: string;
  shape: Shape;
  gapBefore?: number;
  features: BlockFeatures;
}

export interface Decision {
  label: Label;
  /** Log-odds of being article text: positive keeps, negative drops. */
  score: number;
  /** Probability of being article text. */
  p: number;
  reasons: string[];
  endMarker: boolean;
}

/** Looks like a subheading: short, no sentence-final or clause punctuation, not a list item. */
export function headingShaped(b: Classifiable): boolean {
  const f = b.features;
  return (
    b.shape === 'text' &&
    f.words >= 1 &&
    f.words <= CONTEXT.HEADING_MAX_WORDS &&
    !/[.,;:]$/.test(b.text) &&
    !f.boilerplate &&
    !f.linkLike
  );
}

const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));

/**
 * Labels every block. `contentWords` are the blocks' content words, numbered, when already
 * known (see contentWords in model.ts); `explain` keeps the reasons of each decision.
 */
export function classify(
  blocks: readonly Classifiable[],
  stopwordsKnown: boolean,
  model: Model,
  explain = true,
  contentWords?: PageWords,
): Decision[] {
  const n = blocks.length;
  const inputs: ModelInput[] = blocks.map((b) => {
    const marker = endMarkerOf(b.text, b.features.words);
    return {
      text: b.text,
      shape: b.shape,
      gapBefore: b.gapBefore ?? 1,
      features: b.features,
      endMarker: marker !== null,
      hardEnd: marker === 'hard',
      commentHeader: isCommentHeader(b.text, b.features.words),
    };
  });
  const { p, x } = predict(model, inputs, stopwordsKnown, contentWords, explain);
  const decisions: Decision[] = inputs.map((b, i) => {
    // A line that is nothing but page furniture is never article text.
    const keep = p[i]! >= SCORE.BODY_PROBABILITY && !b.features.furniture;
    const shape = b.shape;
    return {
      label: keep ? (shape === 'list-item' ? 'list' : shape === 'quote' ? 'quote' : 'body') : 'boilerplate',
      score: Math.round(logit(p[i]!) * 100) / 100,
      p: p[i]!,
      reasons: explain ? topReasons(model.refine ?? model.context, x[i]!) : [],
      endMarker: b.endMarker,
    };
  });

  const isBody = (i: number) => i >= 0 && i < n && decisions[i]!.label !== 'boilerplate' && decisions[i]!.label !== 'heading';
  const prevBody = (i: number) => {
    for (let j = i - 1; j >= 0 && j >= i - CONTEXT.HEADING_LOOKBACK; j--) if (isBody(j)) return true;
    return false;
  };
  const nextBody = (i: number) => {
    for (let j = i + 1; j < n; j++) {
      if (isBody(j)) return true;
      if (!headingShaped(blocks[j]!)) return false;
    }
    return false;
  };

  for (let i = 0; i < n; i++) {
    const d = decisions[i]!;
    const b = blocks[i]!;
    if (d.label === 'body' && headingShaped(b) && !b.features.endsWithPunctuation && nextBody(i)) {
      d.label = 'heading';
      d.reasons.unshift('short line that opens more article text');
      continue;
    }
    if (d.label !== 'boilerplate') continue;
    if (b.features.boilerplate || d.endMarker) continue;
    if (headingShaped(b) && prevBody(i) && nextBody(i) && d.p >= SCORE.HEADING_PROBABILITY) {
      d.label = 'heading';
      d.reasons.unshift('short line that opens more article text');
    }
  }

  // Runs of short lines between two article blocks (list items, ingredients, specs, short
  // sentences) stay when none of them is furniture and each is at least plausible.
  for (let i = 1; i < n; i++) {
    if (decisions[i]!.label !== 'boilerplate' || !isBody(i - 1)) continue;
    let j = i;
    while (j < n && decisions[j]!.label === 'boilerplate') j++;
    const run = j - i;
    if (j >= n || !isBody(j) || run > CONTEXT.BRIDGE_MAX_BLOCKS) {
      i = j;
      continue;
    }
    let ok = true;
    for (let k = i; k < j && ok; k++) {
      const d = decisions[k]!;
      const f = blocks[k]!.features;
      ok = d.p >= SCORE.BRIDGE_PROBABILITY && !f.boilerplate && !d.endMarker && !f.repeated && !f.linkLike;
    }
    if (ok) {
      for (let k = i; k < j; k++) {
        const d = decisions[k]!;
        const shape = blocks[k]!.shape;
        d.label = shape === 'list-item' ? 'list' : headingShaped(blocks[k]!) && run === 1 && !blocks[k]!.features.endsWithPunctuation ? 'heading' : 'body';
        d.reasons.unshift('between two article blocks');
      }
    }
    i = j;
  }

  // Too little text to be an article: report none rather than a scrap.
  let words = 0;
  for (let i = 0; i < n; i++) if (decisions[i]!.label !== 'boilerplate') words += blocks[i]!.features.words;
  if (words < CONTEXT.MIN_ARTICLE_WORDS) {
    for (const d of decisions) {
      if (d.label !== 'boilerplate') {
        d.label = 'boilerplate';
        d.reasons.unshift('too little text for an article');
      }
    }
  }
  return decisions;
}
