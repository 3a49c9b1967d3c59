/**
 * findSource's time against clean()'s, over ../shared/corpus in one process (medians of passes
 * after a warm-up), and its parts: candidates, vectors.
 *   npx tsx scripts/source-time.ts [--passes N]
 */
import { classify } from '../src/blocks/classify.js';
import { DEFAULT_MODEL } from '../src/model/index.js';
import { findSource, sourceCandidates, sourceVectors } from '../src/metadata/source.js';
import { stopwordsOf } from '../src/lexicon/stopwords.js';
import { preparePage, rebuildParagraphs } from '../src/page/index.js';
import { clean } from '../src/index.js';
import { corpusTexts, passesOption, printShares } from './timing.js';

const passes = passesOption();
const pages = corpusTexts().map((text) => {
  const page = preparePage(rebuildParagraphs(text).text);
  return { text, page, labels: classify(page, DEFAULT_MODEL, false) };
});
const runs: Record<string, number[]> = { candidates: [], vectors: [], findSource: [], clean: [] };
for (let p = 0; p <= passes; p++) {
  const t = { candidates: 0, vectors: 0, findSource: 0, clean: 0 };
  for (const { text, page, labels } of p % 2 ? [...pages].reverse() : pages) {
    const sw = stopwordsOf(page.language);
    let t0 = performance.now();
    const { candidates, stats } = sourceCandidates(page, labels, sw);
    let t1 = performance.now();
    t.candidates += t1 - t0;
    sourceVectors(page, candidates, stats, null, sw);
    t0 = performance.now();
    t.vectors += t0 - t1;
    findSource(page, labels, null, DEFAULT_MODEL.source, sw);
    t1 = performance.now();
    t.findSource += t1 - t0;
    clean(text);
    t.clean += performance.now() - t1;
  }
  if (p > 0) for (const k of Object.keys(t) as (keyof typeof t)[]) runs[k]!.push(t[k]);
}
printShares(runs);
