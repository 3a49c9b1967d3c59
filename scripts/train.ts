/**
 * Trains the block classifier (src/blocks/model.ts) on the benchmark corpus in
 * ../shared/corpus and writes src/model/weights.json.
 *
 *   npm run train            # train on every page, write the weights
 *   npm run train -- --check # also report held-out accuracy from a two-fold split
 *   npm run train -- --layouts noblank,wrap,w3m --extra   (default: w3m)
 *   npm run train -- --quick # refit only the block classifier's fold models (bench-out/cv)
 *
 * The headline ranker always learns each page in four layouts (noblank, wrap, double, w3m: see
 * TITLE_LAYOUTS); --layouts makes the block classifier learn each page in those layouts too
 * (../shared/corpus-w3m for w3m, the others made by ../shared/bench/layouts.mjs into
 * bench-out/layouts/), with the same gold. A page's layouts are always in its fold.
 * --extra: the block classifier also learns from ../shared/corpus-extra (pages of other sites
 * and eras with the whole article as gold; no headline or name gold, so the rankers do not);
 * --extra-weight W scales their examples (they outnumber the benchmark's labelled blocks about
 * eight to one), --extra-datasets a,b keeps only those of its folders.
 *
 * Labels come from aligning each block to the gold of its page:
 * - sh and seed pages have the whole article body: a block is article text when most of
 *   its word trigrams occur in the gold body, boilerplate when almost none do; a short
 *   block counts as article text when it and the start of the next block occur together
 *   in the gold (subheadings).
 * - tf pages have snippets: a block that contains a "with" snippet (or lies inside one) is
 *   article text, one with a "without" snippet is boilerplate; other blocks are unlabelled.
 * The local model is fitted first; the context model on the local features plus neighbourhood
 * features computed from the local model's outputs; the refining model on the same features
 * recomputed from the context model's outputs. All are plain logistic regression (Adam, L2),
 * small enough to read. The headline ranker is fitted last, listwise, on the gold titles.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tokenize } from '../src/blocks/features.js';
import { stopwordsOf } from '../src/lexicon/stopwords.js';
import { sourceKey, titleKey } from './gold-keys.js';
import { foldOf } from './folds.mjs';
import { fit, fitListwise, fitRanker, type Example } from './learn.js';
import { classify } from '../src/blocks/classify.js';
import { mainRunStart } from '../src/metadata/index.js';
import { readPage } from '../src/page/index.js';
import { SOURCE_FEATURES, sourceCandidates, sourceVectors } from '../src/metadata/source.js';
import { findTitle, TITLE_FEATURES, titleCandidates, titleVectors } from '../src/metadata/title.js';
import { CONTEXT_FEATURES, LOCAL_FEATURES, predict, type LinearModel, type Model } from '../src/blocks/model.js';
import { contextVectors, localVectors, stageProbabilities } from '../src/blocks/stages.js';
import type { BlockTable } from '../src/page/table.js';

const root = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
if (!fs.existsSync(corpus)) {
  console.error(`train: ${corpus} not found; the corpus lives in ../shared beside the repository`);
  process.exit(2);
}
const check = process.argv.includes('--check');

interface Doc {
  id: string;
  text: string;
  title: string | null;
  source: string | null;
  /** Other spellings of the source that are as right (gold sourceAliases). */
  sourceAliases: string[];
  dataset: string;
  /** The page's blocks (see readPage). */
  blocks: BlockTable;
  stopwordsKnown: boolean;
  labels: (0 | 1 | null)[];
  /** Whether the page's gold has headline and name fields for the rankers to learn from. */
  rankers: boolean;
}

const wsnorm = (s: string) => s.replace(/\s+/g, ' ').trim();

function labelBody(blocks: readonly string[], body: string): (0 | 1 | null)[] {
  const gold = tokenize(body);
  const goldStr = ` ${gold.join(' ')} `;
  const tri = new Set<string>();
  for (let i = 0; i + 2 < gold.length; i++) tri.add(`${gold[i]} ${gold[i + 1]} ${gold[i + 2]}`);
  return blocks.map((text, i) => {
    const t = tokenize(text);
    if (t.length === 0) return 0;
    if (t.length >= 3) {
      let hit = 0;
      for (let k = 0; k + 2 < t.length; k++) if (tri.has(`${t[k]} ${t[k + 1]} ${t[k + 2]}`)) hit++;
      const frac = hit / (t.length - 2);
      return frac >= 0.6 ? 1 : frac <= 0.2 ? 0 : null;
    }
    if (!goldStr.includes(` ${t.join(' ')} `)) return 0;
    const next = blocks[i + 1] !== undefined ? tokenize(blocks[i + 1]!).slice(0, 3) : [];
    if (next.length > 0 && goldStr.includes(` ${t.concat(next).join(' ')} `)) return 1;
    return null;
  });
}

function labelSnippets(blocks: readonly string[], withs: string[], withouts: string[]): (0 | 1 | null)[] {
  const w = withs.map(wsnorm).filter(Boolean);
  const wo = withouts.map(wsnorm).filter(Boolean);
  return blocks.map((text) => {
    const t = wsnorm(text);
    if (t.length < 3) return null;
    const inside = (s: string) => t.includes(s) || (t.length >= 15 && s.includes(t));
    if (wo.some(inside)) return 0;
    if (w.some(inside)) return 1;
    return null;
  });
}

/** The labelled pages of a folder laid out as ../shared/corpus (one folder per dataset). */
function loadDocs(dir: string, rankers: boolean): Doc[] {
  const out: Doc[] = [];
  for (const ds of fs.readdirSync(dir).sort()) {
    const sub = path.join(dir, ds);
    if (!fs.statSync(sub).isDirectory()) continue;
    for (const f of fs.readdirSync(sub).sort()) {
      if (!f.endsWith('.gold.json')) continue;
      const gold = JSON.parse(fs.readFileSync(path.join(sub, f), 'utf8'));
      const txt = fs.readFileSync(path.join(sub, f.replace(/\.gold\.json$/, '.txt')), 'utf8');
      const page = readPage(txt).page;
      const blocks = page.table;
      const texts = blocks.texts.slice(0, blocks.length);
      const labels = typeof gold.body === 'string' ? labelBody(texts, gold.body) : labelSnippets(texts, gold.with ?? [], gold.without ?? []);
      out.push({
        id: gold.id, text: txt, title: gold.title ?? null, source: gold.source ?? null, sourceAliases: gold.sourceAliases ?? [], dataset: gold.dataset ?? ds,
        blocks, stopwordsKnown: page.stopwordsKnown, labels, rankers,
      });
    }
  }
  return out;
}

/** Where a layout of the corpus is (made on first use). */
function layoutDir(name: string): string {
  if (name === 'w3m') return path.resolve(root, '..', 'shared', 'corpus-w3m');
  const dir = path.join(root, 'bench-out', 'layouts', name);
  if (!fs.existsSync(dir)) execFileSync(process.execPath, [path.resolve(root, '..', 'shared', 'bench', 'layouts.mjs'), corpus, path.dirname(dir)]);
  if (!fs.existsSync(dir)) throw new Error(`train: no layout named ${name}`);
  return dir;
}

const opt = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const docs: Doc[] = loadDocs(corpus, true);
/**
 * The layouts the block classifier also learns each page in by default: w3m. Learnt in one
 * model with the browser's copy, a text-mode browser's dump taught it that list items are menus
 * (such a browser prints menus as bulleted lists), and it dropped the list items and short lines
 * of small articles (test/unit/classify.test.ts, library-edges.test.ts). So the pages that read
 * as such dumps (Layout.textBrowser) get stages of their own (trainBlocks, Model.textBrowser),
 * and the other stages learn the pages that read as no dump, as before.
 * `--layouts none` learns the browser's copy only (and no text-browser stages).
 */
const BLOCK_LAYOUTS = 'w3m';
const layouts = (opt('--layouts') ?? BLOCK_LAYOUTS).split(',').filter((name) => name !== '' && name !== 'none');
for (const name of layouts) docs.push(...loadDocs(layoutDir(name), false));
const extra = path.resolve(root, '..', 'shared', 'corpus-extra');
// --extra-datasets a,b: only those of the extra corpus's datasets (its folders).
const extraDatasets = opt('--extra-datasets')?.split(',').filter(Boolean);
if (process.argv.includes('--extra') && fs.existsSync(extra)) docs.push(...loadDocs(extra, false).filter((d) => !extraDatasets || extraDatasets.includes(d.dataset)));

/** The benchmark's datasets; --extra pages (other sites, other gold) count --extra-weight each (default 1). */
const BENCHMARK = new Set(['sh', 'tf', 'seed']);
const extraWeight = Number(opt('--extra-weight') ?? 1);

/** Example weight: longer blocks matter more to the scores; tf labels are rarer, so each counts more. */
const weightOf = (d: Doc, i: number) => Math.sqrt(Math.min(d.blocks.words[i]!, 100) + 1) * (d.dataset === 'tf' ? 3 : 1) * (BENCHMARK.has(d.dataset) ? 1 : extraWeight);

/**
 * The layouts the headline ranker also learns each training page from (its other layouts are
 * in the same fold), so that it does not lean on blank lines or line lengths.
 */
const TITLE_LAYOUTS = ['noblank', 'wrap', 'double', 'w3m'];
const titleLayoutDirs = TITLE_LAYOUTS.map(layoutDir);

/** A page's text in each of TITLE_LAYOUTS that has it. */
function layoutsOf(d: Doc): string[] {
  const out: string[] = [];
  for (const dir of titleLayoutDirs) {
    const file = path.join(dir, d.dataset, `${d.id}.txt`);
    if (fs.existsSync(file)) out.push(fs.readFileSync(file, 'utf8'));
  }
  return out;
}

/** Headline ranker: the listwise weights, then a bias so that probabilities mean something. */
function trainTitle(set: Doc[], blockModel: Pick<Model, 'local' | 'context' | 'refine' | 'textBrowser'>): LinearModel {
  const groups: { x: number[][]; y: number }[] = [];
  const examples: Example[] = [];
  for (const [d, text] of set.filter((d) => d.rankers).flatMap((d) => [d.text, ...layoutsOf(d)].map((text) => [d, text] as const))) {
    const page = readPage(text).page;
    const labels = classify(page, { ...blockModel, about: {} });
    const first = mainRunStart(page, labels);
    if (first < 0) continue;
    const candidates = titleCandidates(page, labels, first);
    const x = titleVectors(page, labels, first, candidates);
    const want = d.title ? titleKey(d.title) : null;
    const ys = candidates.map((i) => (want !== null && titleKey(page.text(i)) === want ? 1 : 0));
    candidates.forEach((_, k) => examples.push({ x: x[k]!, y: ys[k]!, w: 1 }));
    // The first copy of the headline is the answer: learning every copy as right (the page may
    // give it twice) measured worse in two-fold CV (title 0.784 -> 0.780 chromium, 0.766 -> 0.760 w3m).
    const y = ys.indexOf(1);
    if (y >= 0) groups.push({ x, y });
  }
  return fitRanker(groups, examples, TITLE_FEATURES);
}

/**
 * Publication-name ranker, listwise over each page's candidates. A page whose gold name is
 * among them answers it (every candidate spelled like it counts); a page whose gold name is
 * not answers "none of them", since any name given there is wrong. Pages without a gold name
 * are left out: the gold is null there when the page's markup names no site, which says
 * nothing about the names the page shows. Each page is learnt in TITLE_LAYOUTS too.
 */
function trainSource(set: Doc[], model: Model): LinearModel {
  const groups: { x: number[][]; y: number | number[] }[] = [];
  // Each page in its layouts too (as the headline ranker learns them): a name's cues should not hang on blank lines.
  for (const [d, text] of set.filter((d) => d.rankers && d.source).flatMap((d) => [d.text, ...layoutsOf(d)].map((text) => [d, text] as const))) {
    // A page without a gold name teaches nothing: its markup named none, which does not mean it shows none.
    if (!d.source) continue;
    const page = readPage(text).page;
    const labels = classify(page, model);
    const title = findTitle(page, labels, mainRunStart(page, labels), model.title);
    const stopwords = stopwordsOf(page.language);
    const { candidates, stats } = sourceCandidates(page, labels, stopwords);
    if (candidates.length === 0) continue;
    const x = sourceVectors(page, candidates, stats, title ? title.text : null, stopwords);
    const want = new Set([d.source, ...d.sourceAliases].map(sourceKey));
    const right = candidates.map((c, k) => (want.has(sourceKey(c.name)) ? k : -1)).filter((k) => k >= 0);
    groups.push({ x, y: right.length > 0 ? right : -1 });
  }
  return fitListwise(groups, SOURCE_FEATURES, 400, 3e-3, true);
}

function titleAccuracy(set: Doc[], model: Model): number {
  let ok = 0;
  let n = 0;
  for (const d of set) {
    if (!d.title || !d.rankers) continue;
    n++;
    const page = readPage(d.text).page;
    const labels = classify(page, model);
    const choice = findTitle(page, labels, mainRunStart(page, labels), model.title);
    if (choice && titleKey(choice.text) === titleKey(d.title)) ok++;
  }
  return ok / n;
}

/**
 * Examples with the local features plus the neighbourhood as the last of `stages` (fitted
 * already) judged it, for the labelled blocks.
 */
function neighbourhoodExamples(set: Doc[], stages: readonly LinearModel[]): Example[] {
  const examples: Example[] = [];
  for (const d of set) {
    const lv = localVectors(d.blocks, d.stopwordsKnown);
    const p = stageProbabilities(stages, d.blocks, lv).at(-1)!;
    const cv = contextVectors(d.blocks, p);
    d.labels.forEach((y, i) => {
      if (y !== null && y !== undefined) examples.push({ x: lv[i]!.concat(cv[i]!), y, w: weightOf(d, i) });
    });
  }
  return examples;
}

function train(set: Doc[]): { local: LinearModel; context: LinearModel; refine: LinearModel } {
  const localExamples: Example[] = [];
  for (const d of set) {
    const lv = localVectors(d.blocks, d.stopwordsKnown);
    d.labels.forEach((y, i) => {
      if (y === null || y === undefined) return;
      localExamples.push({ x: lv[i]!, y, w: weightOf(d, i) });
    });
  }
  const local = fit(localExamples, LOCAL_FEATURES);
  const names = [...LOCAL_FEATURES, ...CONTEXT_FEATURES];
  const context = fit(neighbourhoodExamples(set, [local]), names);
  // The refining stage sees the neighbourhood as the context stage judged it.
  const refine = fit(neighbourhoodExamples(set, [local, context]), names);
  return { local, context, refine };
}

/**
 * The block classifier's stages, learnt on the pages that are no text-mode browser's dump; when
 * the set has such dumps (--layouts w3m), text-browser stages too, learnt on every page (the
 * features that say a page is a dump let them tell the two apart). See Model.textBrowser.
 */
function trainBlocks(set: Doc[]): Pick<Model, 'local' | 'context' | 'refine' | 'textBrowser'> {
  const copies = set.filter((d) => d.blocks.textBrowser === 0);
  const stages = train(copies);
  return copies.length === set.length ? stages : { ...stages, textBrowser: train(set) };
}

function trainAll(set: Doc[]): Model {
  const blockModel = trainBlocks(set);
  const withTitle: Model = { ...blockModel, title: trainTitle(set, blockModel), about: {} };
  return { ...withTitle, source: trainSource(set, withTitle) };
}

/** Block accuracy of the local stage alone and of the whole classifier (all stages). */
function accuracy(model: Pick<Model, 'local' | 'context' | 'refine' | 'textBrowser'>, set: Doc[]): { local: number; context: number; n: number } {
  let okL = 0;
  let okC = 0;
  let n = 0;
  for (const d of set) {
    const { p, pLocal } = predict({ ...model, about: {} }, d.blocks, d.stopwordsKnown);
    d.labels.forEach((y, i) => {
      if (y === null || y === undefined) return;
      n++;
      if ((pLocal[i]! >= 0.5 ? 1 : 0) === y) okL++;
      if ((p[i]! >= 0.5 ? 1 : 0) === y) okC++;
    });
  }
  return { local: okL / n, context: okC / n, n };
}

const labelled = docs.reduce((a, d) => a + d.labels.filter((l) => l !== null).length, 0);
console.log(`pages: ${docs.length}, blocks: ${docs.reduce((a, d) => a + d.labels.length, 0)}, labelled blocks: ${labelled}`);

const about: Record<string, unknown> = {
  trainedBy: 'scripts/train.ts (npm run train)',
  data: `shared/corpus sh, tf and seed pages${layouts.length ? `, also laid out as ${layouts.join(', ')}` : ''}${process.argv.includes('--extra') ? ', and shared/corpus-extra for the block classifier' : ''}; labels from aligning blocks to each page gold`,
  pages: docs.length,
  labelledBlocks: labelled,
};
if (process.argv.includes('--quick')) {
  // Development loop for the block classifier: refit only its stages (on each fold and on all
  // pages), keeping the rankers of the fold models (from an earlier --check run) and weights.json.
  const cvDir = path.join(root, 'bench-out', 'cv');
  for (const f of [0, 1]) {
    const file = path.join(cvDir, `fold-${f}.json`);
    const old = JSON.parse(fs.readFileSync(file, 'utf8'));
    const model = trainBlocks(docs.filter((d) => foldOf(d.id) !== f));
    fs.writeFileSync(file, JSON.stringify({ ...old, ...model, about: { fold: f } }));
    const acc = accuracy(model, docs.filter((d) => foldOf(d.id) === f));
    console.log(`fold ${f}: held-out block accuracy local ${acc.local.toFixed(3)}, with context ${acc.context.toFixed(3)}`);
  }
  // weights.json too (its rankers kept), so that the code's feature tables and it agree.
  const weights = path.join(root, 'src', 'model', 'weights.json');
  const old = JSON.parse(fs.readFileSync(weights, 'utf8'));
  fs.writeFileSync(weights, JSON.stringify({ ...old, ...trainBlocks(docs), about: { ...old.about, quick: 'block classifier refitted by train.ts --quick; run train.ts --check' } }, null, 1) + '\n');
  process.exit(0);
}
if (check) {
  // Two folds by page id: train on one half, measure on the other.
  const half = (d: Doc) => foldOf(d.id);
  const cvDir = path.join(root, 'bench-out', 'cv');
  fs.mkdirSync(cvDir, { recursive: true });
  const folds = [0, 1].map((f) => {
    const model = trainAll(docs.filter((d) => half(d) !== f));
    // Fold models let scripts/eval.ts --cv score every page with a model that never saw it.
    fs.writeFileSync(path.join(cvDir, `fold-${f}.json`), JSON.stringify({ ...model, about: { fold: f } }));
    const held = docs.filter((d) => half(d) === f);
    return { ...accuracy(model, held), title: titleAccuracy(held, model), titled: held.filter((d) => d.title).length };
  });
  const n = folds[0]!.n + folds[1]!.n;
  const heldOut = {
    local: (folds[0]!.local * folds[0]!.n + folds[1]!.local * folds[1]!.n) / n,
    context: (folds[0]!.context * folds[0]!.n + folds[1]!.context * folds[1]!.n) / n,
  };
  const titled = folds[0]!.titled + folds[1]!.titled;
  const titleHeld = (folds[0]!.title * folds[0]!.titled + folds[1]!.title * folds[1]!.titled) / titled;
  console.log(`held-out block accuracy (two folds): local ${heldOut.local.toFixed(3)}, with context ${heldOut.context.toFixed(3)}`);
  console.log(`held-out headline accuracy (two folds): ${titleHeld.toFixed(3)}`);
  about.heldOutTitleAccuracy = +titleHeld.toFixed(3);
  about.heldOutBlockAccuracy = { local: +heldOut.local.toFixed(3), context: +heldOut.context.toFixed(3) };
}
const model = trainAll(docs);
const fitAcc = accuracy(model, docs);
console.log(`training block accuracy: local ${fitAcc.local.toFixed(3)}, with context ${fitAcc.context.toFixed(3)}`);
about.trainingBlockAccuracy = { local: +fitAcc.local.toFixed(3), context: +fitAcc.context.toFixed(3) };
const out = path.join(root, 'src', 'model', 'weights.json');
const titleFit = titleAccuracy(docs, model);
console.log(`training headline accuracy: ${titleFit.toFixed(3)}`);
about.trainingTitleAccuracy = +titleFit.toFixed(3);
fs.writeFileSync(out, JSON.stringify({ ...model, about }, null, 1) + '\n');
console.log(`wrote ${path.relative(root, out)}`);
