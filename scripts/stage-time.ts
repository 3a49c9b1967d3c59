/**
 * Where clean()'s time goes, per stage, over ../shared/corpus in one process: layout and
 * stages 1-3 (prepare), 4 (classify), 5 (metadata) and the rest. Passes alternate the page
 * order (interleaved), the first pass warms up; medians of the passes after it.
 *   npx tsx scripts/stage-time.ts [--passes N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { classify } from '../src/blocks/classify.js';
import { DEFAULT_MODEL } from '../src/model/index.js';
import { extractMetadata } from '../src/metadata/index.js';
import { preparePage, rebuildParagraphs } from '../src/page/index.js';
import { clean } from '../src/index.js';

const corpus = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
const i = process.argv.indexOf('--passes');
const passes = i >= 0 ? Number(process.argv[i + 1]) : 5;
const texts: string[] = [];
for (const ds of fs.readdirSync(corpus)) {
  const dir = path.join(corpus, ds);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.txt')) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
}
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
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const c = median(runs.clean!);
for (const [k, v] of Object.entries(runs)) console.log(`${k.padEnd(9)} ${median(v).toFixed(0).padStart(6)} ms  ${((median(v) / c) * 100).toFixed(1)}% of clean()`);
