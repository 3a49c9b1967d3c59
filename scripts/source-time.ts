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
import { corpusTexts, printShares, timeParts } from './timing.js';

const pages = corpusTexts().map((text) => {
  const page = preparePage(rebuildParagraphs(text).text);
  return { text, page, labels: classify(page, DEFAULT_MODEL, false) };
});
const runs = timeParts(pages, ['candidates', 'vectors', 'findSource', 'clean'], ({ text, page, labels }, lap) => {
  const sw = stopwordsOf(page.language);
  lap();
  const { candidates, stats } = sourceCandidates(page, labels, sw);
  lap('candidates');
  sourceVectors(page, candidates, stats, null, sw);
  lap('vectors');
  findSource(page, labels, null, DEFAULT_MODEL.source, sw, false);
  lap('findSource');
  clean(text);
  lap('clean');
});
printShares(runs);
