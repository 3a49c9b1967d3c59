/**
 * Where clean()'s time goes, per stage, over ../shared/corpus in one process: layout,
 * stages 1-3 (prepare), 4 (classify), 5 (metadata) and the rest. Passes alternate the page
 * order (interleaved), the first pass warms up; medians of the passes after it.
 *   npx tsx scripts/stage-time.ts [--passes N]
 */
import { classify } from '../src/blocks/classify.js';
import { DEFAULT_MODEL } from '../src/model/index.js';
import { extractMetadata } from '../src/metadata/index.js';
import { preparePage, rebuildParagraphs } from '../src/page/index.js';
import { clean } from '../src/index.js';
import { corpusTexts, printShares, timeParts } from './timing.js';

const runs = timeParts(corpusTexts(), ['layout', 'prepare', 'classify', 'metadata', 'clean'], (text, lap) => {
  const layout = rebuildParagraphs(text);
  lap('layout');
  // (as readPage does: the layout's doubled lines, text-browser flag and headline parts go with it)
  const page = preparePage(layout.text, layout.doubled, layout.textBrowser, layout);
  lap('prepare');
  const labels = classify(page, DEFAULT_MODEL, false);
  lap('classify');
  // (without the rankers' reasons, as clean() asks for none)
  extractMetadata(page, labels, DEFAULT_MODEL.title, DEFAULT_MODEL.source, false);
  lap('metadata');
  clean(text);
  lap('clean');
});
printShares(runs);
