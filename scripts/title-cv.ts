/**
 * Fast development loop for the headline ranker: the block classifier of each fold model
 * (bench-out/cv/fold-F.json, from an earlier `train.ts --check`) is kept, only the ranker is
 * refitted (as train.ts fits it: each training page in chromium and TITLE_LAYOUTS) and measured
 * on the held-out fold in each layout. Block labels are cached in bench-out/title-cache
 * (--fresh drops the cache; it is only right while the fold models and src/page are unchanged).
 *   npx tsx scripts/title-cv.ts [--fresh] [--misses LAYOUT,...] [--explain] [--dump FILE] [--train LAYOUT,...] [--weights] [--l2 X] [--epochs N] [--slow]
 * (--slow: train.ts's own fitRanker instead of the flat-array copy of it, which gives the same weights)
 */
import fs from 'node:fs';
import path from 'node:path';
import { classify, type Labels } from '../src/blocks/classify.js';
import type { Model } from '../src/blocks/model.js';
import { mainRunStart } from '../src/metadata/index.js';
import { findTitle, TITLE_FEATURES, titleCandidates, titleVectors } from '../src/metadata/title.js';
import { readPage } from '../src/page/index.js';
import { titleKey } from './gold-keys.js';
import { foldOf } from './folds.mjs';
import { fitRanker, type Example } from './learn.js';
import { dot, sigmoid, type LinearModel } from '../src/blocks/model.js';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const shared = path.resolve(root, '..', 'shared');
const LAYOUTS: Record<string, string> = {
  chromium: path.join(shared, 'corpus'),
  noblank: path.join(root, 'bench-out', 'layouts', 'noblank'),
  wrap: path.join(root, 'bench-out', 'layouts', 'wrap'),
  double: path.join(root, 'bench-out', 'layouts', 'double'),
  w3m: path.join(shared, 'corpus-w3m'),
  // Measured, not trained on (as train.ts): made by scripts/own-layouts.mjs.
  lynx: path.join(root, 'bench-out', 'layouts-own', 'lynx'),
  pandoc: path.join(root, 'bench-out', 'layouts-own', 'pandoc'),
  email: path.join(root, 'bench-out', 'layouts-own', 'email'),
};
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cacheDir = path.join(root, 'bench-out', 'title-cache');
if (args.includes('--fresh')) fs.rmSync(cacheDir, { recursive: true, force: true });
const models: Model[] = [0, 1].map((f) => JSON.parse(fs.readFileSync(path.join(root, 'bench-out', 'cv', `fold-${f}.json`), 'utf8')));
const key = titleKey;

interface Doc { id: string; ds: string; title: string | null }
const docs: Doc[] = [];
for (const ds of ['seed', 'sh', 'tf']) {
  const dir = path.join(LAYOUTS.chromium!, ds);
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.gold.json')) continue;
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    docs.push({ id: gold.id, ds, title: gold.title ?? null });
  }
}

/** Page, labels and body start of a page in a layout under fold model f (labels cached). */
function load(d: Doc, layout: string, f: number) {
  const file = path.join(LAYOUTS[layout]!, d.ds, `${d.id}.txt`);
  if (!fs.existsSync(file)) return null;
  const page = readPage(fs.readFileSync(file, 'utf8')).page;
  const cache = path.join(cacheDir, String(f), layout, `${d.id}.json`);
  let labels: Labels;
  if (fs.existsSync(cache)) {
    const c = JSON.parse(fs.readFileSync(cache, 'utf8'));
    labels = { label: c.label, score: Float64Array.from(c.score), p: Float64Array.from(c.p), reasons: null };
  } else {
    labels = classify(page, models[f]!, false);
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    fs.writeFileSync(cache, JSON.stringify({ label: labels.label, score: [...labels.score], p: [...labels.p] }));
  }
  return { page, labels, first: mainRunStart(page, labels) };
}

// --train A,B: the layouts the ranker learns from (train.ts: chromium and its TITLE_LAYOUTS).
const TRAIN_LAYOUTS = opt('--train')?.split(',') ?? ['chromium', 'noblank', 'wrap', 'double', 'w3m'];
const showMisses = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
// --dump FILE: one line per page and layout (layout, page, 1 when right, the title found), to compare two runs.
const dumpFile = opt('--dump');
const dump: string[] | null = dumpFile ? [] : null;
const result: Record<string, { ok: number; n: number; fp: number }> = {};
const t0 = Date.now();
for (const f of [0, 1]) {
  const groups: { x: number[][]; y: number }[] = [];
  const examples: Example[] = [];
  for (const d of docs) {
    if (foldOf(d.id) === f) continue;
    for (const layout of TRAIN_LAYOUTS) {
      const r = load(d, layout, f);
      if (!r || r.first < 0) continue;
      const candidates = titleCandidates(r.page, r.labels, r.first);
      const x = titleVectors(r.page, r.labels, r.first, candidates);
      const want = d.title ? key(d.title) : null;
      const ys = candidates.map((i) => (want !== null && key(r.page.text(i)) === want ? 1 : 0));
      candidates.forEach((_, k) => examples.push({ x: x[k]!, y: ys[k]!, w: 1 }));
      const y = ys.indexOf(1);
      if (y >= 0) groups.push({ x, y });
    }
  }
  const t1 = Date.now();
  const ranker = args.includes('--slow') ? fitRanker(groups, examples, TITLE_FEATURES) : fastRanker(groups, examples, TITLE_FEATURES);
  console.error(`fold ${f}: features ${((t1 - t0) / 1000).toFixed(0)}s, fit ${((Date.now() - t1) / 1000).toFixed(0)}s, ${groups.length} groups, ${examples.length} examples`);
  if (args.includes('--weights')) console.log(`fold ${f}`, ranker.names.map((n, j) => `${n}=${ranker.weights[j]}`).join(', '));
  for (const d of docs) {
    if (foldOf(d.id) !== f) continue;
    for (const layout of Object.keys(LAYOUTS)) {
      const r = load(d, layout, f);
      if (!r) continue;
      const res = (result[layout] ??= { ok: 0, n: 0, fp: 0 });
      const choice = findTitle(r.page, r.labels, r.first, ranker);
      const got = choice ? choice.text : null;
      if (!d.title) {
        if (got) res.fp++;
        continue;
      }
      res.n++;
      if (dump) dump.push(`${layout} ${d.ds}/${d.id} ${got && key(got) === key(d.title) ? 1 : 0} ${got ?? ''}`);
      if (got && key(got) === key(d.title)) res.ok++;
      else if (showMisses?.split(',').includes(layout)) {
        const cands = titleCandidates(r.page, r.labels, r.first);
        const xs = titleVectors(r.page, r.labels, r.first, cands);
        const g = cands.findIndex((c) => key(r.page.text(c)) === key(d.title!));
        const gp = g >= 0 ? sigmoid(dot(ranker, xs[g]!)).toFixed(2) : '-';
        console.log(`MISS ${layout} ${d.ds}/${d.id} first ${r.first} gold ${g < 0 ? 'no candidate' : cands[g]! >= r.page.length ? 'part' : 'line'} p ${gp} won p ${choice?.p.toFixed(2)} ${choice && choice.text !== r.page.text(choice.index) ? 'part' : ''}\n   gold: ${d.title}\n   won:  ${got}  (${choice?.reasons.join('; ')})`);
        // --explain: the features that set the winner above the gold candidate most (weight × difference).
        if (args.includes('--explain') && g >= 0 && choice) {
          const w = cands.findIndex((c) => r.page.text(c) === choice.text && r.page.blockOf(c) === choice.index);
          if (w >= 0) {
            const diff = ranker.names.map((n, j) => [n, ranker.weights[j]! * (xs[w]![j]! - xs[g]![j]!)] as const).filter(([, v]) => Math.abs(v) > 0.05);
            diff.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
            console.log(`   winner - gold: ${diff.slice(0, 8).map(([n, v]) => `${n} ${v > 0 ? '+' : ''}${v.toFixed(2)}`).join('; ')}`);
          }
        }
      }
    }
  }
}
if (dumpFile) fs.writeFileSync(dumpFile, dump!.sort().join('\n') + '\n');
console.log(Object.entries(result).map(([l, r]) => `${l} ${(r.ok / r.n).toFixed(3)} (fp ${r.fp})`).join(' | '), `${((Date.now() - t0) / 1000).toFixed(0)}s`);

/** fitListwise (400 epochs, l2 1e-3, Adam) and the calibration of fitRanker, on flat arrays (same maths, faster). */
function fastRanker(groups: { x: number[][]; y: number }[], examples: Example[], names: readonly string[]): LinearModel {
  const k = names.length;
  const sizes = groups.map((g) => g.x.length);
  const total = sizes.reduce((a, b) => a + b, 0);
  const X = new Float64Array(total * k);
  let o = 0;
  for (const g of groups) for (const x of g.x) for (let j = 0; j < k; j++) X[o++] = x[j]!;
  const w = new Float64Array(k);
  const m = new Float64Array(k);
  const v = new Float64Array(k);
  const z = new Float64Array(Math.max(...sizes));
  for (let epoch = 1; epoch <= Number(opt("--epochs") ?? 400); epoch++) {
    const g = new Float64Array(k);
    let row = 0;
    for (let gi = 0; gi < groups.length; gi++) {
      const n = sizes[gi]!;
      let max = -Infinity;
      for (let c = 0; c < n; c++) {
        let s = 0;
        const b = (row + c) * k;
        for (let j = 0; j < k; j++) s += w[j]! * X[b + j]!;
        z[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < n; c++) sum += (z[c] = Math.exp(z[c]! - max));
      const y = groups[gi]!.y;
      for (let c = 0; c < n; c++) {
        const d = z[c]! / sum - (c === y ? 1 : 0);
        const b = (row + c) * k;
        for (let j = 0; j < k; j++) g[j]! += d * X[b + j]!;
      }
      row += n;
    }
    for (let j = 0; j < k; j++) {
      const grad = g[j]! / groups.length + Number(opt("--l2") ?? 1e-3) * w[j]!;
      m[j] = 0.9 * m[j]! + 0.1 * grad;
      v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
      w[j]! -= (0.05 * (m[j]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[j]! / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const ranker: LinearModel = { names: [...names], weights: [...w].map(round), bias: 0 };
  // Calibration: a one-feature logistic regression on the ranker's score (as fit() does it).
  const s = examples.map((e) => dot(ranker, e.x));
  let a = 0;
  let bias = 0;
  const mm = [0, 0];
  const vv = [0, 0];
  for (let epoch = 1; epoch <= 600; epoch++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < s.length; i++) {
      const err = sigmoid(a * s[i]! + bias) - examples[i]!.y;
      ga += err * s[i]!;
      gb += err;
    }
    const grads = [ga / s.length + 1e-3 * a, gb / s.length];
    for (let j = 0; j < 2; j++) {
      mm[j] = 0.9 * mm[j]! + 0.1 * grads[j]!;
      vv[j] = 0.999 * vv[j]! + 0.001 * grads[j]! * grads[j]!;
      const step = (0.05 * (mm[j]! / (1 - 0.9 ** epoch))) / (Math.sqrt(vv[j]! / (1 - 0.999 ** epoch)) + 1e-8);
      if (j === 0) a -= step;
      else bias -= step;
    }
  }
  return { names: [...names], weights: ranker.weights.map((wi) => Math.round(wi * round(a) * 1e4) / 1e4), bias: round(bias) };
}
