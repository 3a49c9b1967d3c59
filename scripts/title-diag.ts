/**
 * Headline diagnostics: for each page of a corpus (any layout), whether the gold title is a
 * line of the prepared page, a candidate, and the winner (with the fold model that never saw it).
 *   npx tsx scripts/title-diag.ts [--corpus DIR]
 */
import fs from 'node:fs';
import path from 'node:path';
import { classify } from '../src/blocks/classify.js';
import { mainRunStart } from '../src/metadata/index.js';
import { findTitle, titleCandidates } from '../src/metadata/title.js';
import { readPage } from '../src/page/index.js';
import { titleKey } from './gold-keys.js';
import { foldOf } from './folds.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const i = args.indexOf('--corpus');
const corpus = path.resolve(i >= 0 ? args[i + 1]! : path.join(root, '..', 'shared', 'corpus'));
const models = [0, 1].map((f) => JSON.parse(fs.readFileSync(path.join(root, 'bench-out', 'cv', `fold-${f}.json`), 'utf8')));
const key = titleKey;
const count = { pages: 0, line: 0, candidate: 0, won: 0, afterBody: 0, farAbove: 0 };
for (const ds of ['sh', 'tf', 'seed']) {
  const dir = path.join(corpus, ds);
  if (!fs.existsSync(dir)) continue;
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.gold.json')) continue;
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    if (!gold.title) continue;
    count.pages++;
    const model = models[foldOf(gold.id)];
    const page = readPage(fs.readFileSync(path.join(dir, f.replace('.gold.json', '.txt')), 'utf8')).page;
    const labels = classify(page, model);
    const first = mainRunStart(page, labels);
    const want = key(gold.title);
    const lines: number[] = [];
    for (let j = 0; j < page.length; j++) if (key(page.table.texts[j]!) === want) lines.push(j);
    if (lines.length) count.line++;
    const cands = titleCandidates(page, labels, first);
    // A candidate is a line or a line's head (see Page.heads).
    const hit = cands.filter((c) => key(page.text(c)) === want);
    if (hit.length) count.candidate++;
    else if (lines.length) {
      if (lines.every((l) => l > first)) count.afterBody++;
      if (lines.every((l) => l < first - 250)) count.farAbove++;
      if (args.includes('--show')) console.log(`${ds}/${gold.id} not a candidate: lines ${lines} first ${first} label ${lines.map((l) => labels.label[l])}: ${gold.title}`);
    } else if (args.includes('--show')) console.log(`${ds}/${gold.id} not a line: ${gold.title}`);
    const choice = findTitle(page, labels, first, model.title);
    if (choice && key(choice.text) === want) count.won++;
    else if (hit.length && args.includes('--misses')) {
      const k = cands.indexOf(hit[0]!);
      const w = choice ? cands.findIndex((c) => page.blockOf(c) === choice.index && page.text(c) === choice.text) : -1;
      console.log(`MISS ${ds}/${gold.id} first ${first} gold@${hit[0]}(cand ${k}) won@${choice?.index}(cand ${w}, p ${choice?.p.toFixed(2)}) of ${cands.length}\n   gold: ${gold.title}\n   won:  ${choice ? choice.text : null}\n   why:  ${choice?.reasons.join('; ')}`);
    }
  }
}
console.log(JSON.stringify(count));
