/**
 * Where clean()'s time goes, per stage, over ../shared/corpus in one process: layout and
 * stages 1-3 (prepare), 4 (classify), 5 (metadata) and the rest. Passes alternate the page
 * order (interleaved), the first pass warms up; medians of the passes after it.
 *   npx tsx scripts/stage-time.ts [--passes N]
 */
import { classify } from '../src/blocks/classify.js';
import { DEFAULT_MODEL } from '../src/model/index.js';
import { extractMetadata } from '../src/metadata/index.js';
import { preparePage, rebuildParagraphs } from '../src/page/index.js';
import { clean } from '../src/index.js';
import { corpusTexts, passesOption, printShares } from './timing.js';

const passes = passesOption();
const texts = corpusTexts();
const runs: Record<string, number[]> = { prepare: [], classify: [], metadata: [], clean: [] };
for (let p = 0; p <= passes; p++) {
  const order = p % 2 ? [...texts].reverse() : texts;
  const t = { prepare: 0, classify: 0, metadata: 0, clean: 0 };
  for (const text of order) {
    let t0 = performance.now();
    const page = preparePage(rebuildParagraphs(text).text);
    let t1 = performance.now();
    t.prepare += t1 - t0;
    const labels = classify(page, DEFAULT_MODEL, false);
    t0 = performance.now();
    t.classify += t0 - t1;
    extractMetadata(page, labels, DEFAULT_MODEL.title, DEFAULT_MODEL.source);
    t1 = performance.now();
    t.metadata += t1 - t0;
    clean(text);
    t.clean += performance.now() - t1;
  }
  if (p > 0) for (const k of Object.keys(t) as (keyof typeof t)[]) runs[k]!.push(t[k]);
}
printShares(runs);
