/**
 * Block objects (see types.ts) of a classified page, for analyze() and --explain: made only
 * there, as a page of a hundred thousand blocks would otherwise hold that many objects.
 */
import type { Block } from '../types.js';
import type { Labels } from '../blocks/classify.js';
import type { Page } from '../page/page.js';

/**
 * Appends the blocks of a window's page to `out`, labelled; `lineOffset` lines of the text
 * come before the window (its blocks' indices go on from those in `out`).
 */
export function appendBlocks(out: Block[], page: Page, labels: Labels, lineOffset: number): void {
  const t = page.table;
  const indexOffset = out.length;
  for (let i = 0; i < t.length; i++) {
    out.push({
      index: indexOffset + i,
      line: lineOffset + t.line[i]!,
      text: t.texts[i]!,
      gapBefore: t.gapBefore[i]!,
      shape: t.shape(i),
      features: t.features(i),
      label: labels.label[i]!,
      score: labels.score[i]!,
      reasons: labels.reasons ? labels.reasons[i]! : [],
      // Every block has the property (undefined but for list items), so that all blocks have one
      // shape and the code reading them stays fast; JSON leaves an undefined marker out.
      marker: t.markers[i] || undefined,
    });
  }
}
