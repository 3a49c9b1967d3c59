/**
 * findSource's time against clean()'s, over ../shared/corpus in one process (medians of passes
 * after a warm-up), and its parts: candidates, vectors.
 *   npx tsx scripts/source-time.ts [--passes N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { classify } from '../src/blocks/classify.js';
import { DEFAULT_MODEL } from '../src/model/index.js';
import { findSource, sourceCandidates, sourceVectors } from '../src/metadata/source.js';
import { stopwordsOf } from '../src/lexicon/stopwords.js';
import { preparePage, rebuildParagraphs } from '../src/page/index.js';
import { clean } from '../src/index.js';

const corpus = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
const i = process.argv.indexOf('--passes');
const passes = i >= 0 ? Number(process.argv[i + 1]) : 5;
const pages: { text: string; page: ReturnType<typeof preparePage>; labels: ReturnType<typeof classify> }[] = [];
for (const ds of fs.readdirSync(corpus)) {
  const dir = path.join(corpus, ds);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.txt')) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const page = preparePage(rebuildParagraphs(text).text);
    pages.push({ text, page, labels: classify(page, DEFAULT_MODEL, false) });
  }
}
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
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const c = median(runs.clean!);
for (const [k, v] of Object.entries(runs)) console.log(`${k.padEnd(11)} ${median(v).toFixed(0).padStart(6)} ms  ${((median(v) / c) * 100).toFixed(1)}% of clean()`);
