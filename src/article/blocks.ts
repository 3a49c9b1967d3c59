/**
 * Block objects (see types.ts) of a classified page, for analyze() and --explain: made only
 * there, as a page of a hundred thousand blocks would otherwise hold that many objects.
 */
import type { Block } from '../types.js';
import type { Labels } from '../blocks/classify.js';
import type { Page } from '../page/page.js';
import type { Layout } from '../page/layout.js';

/**
 * Appends the blocks of a window's page to `out`, labelled; `lineOffset` lines of the text
 * come before the window (its blocks' indices go on from those in `out`). A block's lines are
 * the input's: where the layout stage joined lines, `line` and `lastLine` are the first and
 * the last it took.
 */
export function appendBlocks(out: Block[], page: Page, labels: Labels, layout: Layout, lineOffset: number): void {
  const t = page.table;
  const indexOffset = out.length;
  for (let i = 0; i < t.length; i++) {
    const line = t.line[i]!;
    const first = layout.from ? layout.from[line - 1]! : line;
    const last = layout.to ? layout.to[line - 1]! : line;
    out.push({
      index: indexOffset + i,
      line: lineOffset + first,
      lastLine: last > first ? lineOffset + last : undefined,
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
