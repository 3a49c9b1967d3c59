/**
 * The benchmark's page sets (every layout of the development pages, and the extra corpus),
 * and one way to clean and score a set through the CLI's batch mode. Shared by
 * scripts/bench.mjs and the quality gate (test/corpus/quality.test.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The built library (the benchmark runs the built CLI): the empty result, as the CLI renders it.
import { clean, renderJson } from '../dist/index.js';
import { FOLDS, foldOf } from './folds.mjs';
import { makeOwnLayouts, OWN_LAYOUTS } from './own-layouts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const shared = path.resolve(root, '..', 'shared');
const bin = path.join(root, 'bin', 'article-cleaner.js');
const scorer = path.join(shared, 'bench', 'score.mjs');

/** The layouts ../shared/bench/layouts.mjs makes of a corpus. */
export const MADE_LAYOUTS = ['noblank', 'wrap', 'double', 'crlf'];

/**
 * The sets that are here, as { name, dir, extra }: chromium, the made layouts (written under
 * `work`/layouts the first time), with `own` the layouts of own-layouts.mjs (under
 * `work`/layouts-own), w3m, and with `extra` the extra corpus.
 */
export function benchSets(work, { extra = false, own = false } = {}) {
  const corpus = path.join(shared, 'corpus');
  if (!fs.existsSync(corpus) || !fs.existsSync(scorer)) return [];
  const sets = [{ name: 'chromium', dir: corpus, extra: false }];
  const layouts = path.join(work, 'layouts');
  if (MADE_LAYOUTS.some((l) => !fs.existsSync(path.join(layouts, l)))) {
    fs.rmSync(layouts, { recursive: true, force: true });
    const made = spawnSync(process.execPath, [path.join(shared, 'bench', 'layouts.mjs'), corpus, layouts], { stdio: 'ignore' });
    if (made.status !== 0) throw new Error('bench: ../shared/bench/layouts.mjs failed');
  }
  for (const l of MADE_LAYOUTS) sets.push({ name: l, dir: path.join(layouts, l), extra: false });
  if (own) {
    const ownDir = path.join(work, 'layouts-own');
    if (Object.keys(OWN_LAYOUTS).some((l) => !fs.existsSync(path.join(ownDir, l)))) makeOwnLayouts(corpus, ownDir);
    for (const l of Object.keys(OWN_LAYOUTS)) sets.push({ name: l, dir: path.join(ownDir, l), extra: false });
  }
  const w3m = path.join(shared, 'corpus-w3m');
  if (fs.existsSync(w3m)) sets.push({ name: 'w3m', dir: w3m, extra: false });
  const more = path.join(shared, 'corpus-extra');
  if (extra && fs.existsSync(more)) sets.push({ name: 'extra', dir: more, extra: true });
  return sets;
}

/** Cleans a set with the CLI (JSON files into `out`, extra CLI `flags`) and returns the scorer's report. */
export function runAndScore(set, out, flags = []) {
  fs.rmSync(out, { recursive: true, force: true });
  const stderr = runCli(set.name, set.dir, out, flags);
  emptyPredictions(set.dir, out);
  return { ...score(set, out), stderr };
}

/**
 * Cross-validated: each page is cleaned through the CLI with the fold model that did not see
 * it (`models`/fold-F.json, written by `npm run train` with --check), then the set is scored
 * as one. The pages of each fold are copied to `out`.inputs/fold-F first, since the CLI takes
 * folders, not lists of pages.
 */
export function runAndScoreCv(set, out, models) {
  fs.rmSync(out, { recursive: true, force: true });
  let stderr = '';
  for (let f = 0; f < FOLDS; f++) {
    const model = path.join(models, `fold-${f}.json`);
    if (!fs.existsSync(model)) throw new Error(`bench: ${model} not found; make the fold models with: npm run train`);
    const inputs = `${out}.inputs/fold-${f}`;
    fs.rmSync(inputs, { recursive: true, force: true });
    for (const rel of pagesOf(set.dir)) {
      if (foldOf(path.basename(rel).replace(/\.[^.]+$/, '')) !== f) continue;
      fs.mkdirSync(path.dirname(path.join(inputs, rel)), { recursive: true });
      fs.copyFileSync(path.join(set.dir, rel), path.join(inputs, rel));
    }
    stderr += runCli(set.name, inputs, out, ['--model', model]);
  }
  emptyPredictions(set.dir, out);
  return { ...score(set, out), stderr };
}

/** Runs the CLI's batch mode on a folder, JSON files into `out`; gives its stderr. */
function runCli(name, dir, out, flags) {
  const run = spawnSync(process.execPath, [bin, dir, '--format', 'json', '--out-dir', out, '--quiet', ...flags], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`bench: article-cleaner exited with ${run.status} on ${name}: ${run.stderr.slice(0, 500)}`);
  return run.stderr;
}

/** The scorer's report on the predictions in `out`, with its per-page scores as `pages` ({ id, dataset, score }). */
function score(set, out) {
  const perDoc = `${out}.pages.json`;
  const scored = spawnSync(process.execPath, [scorer, '--gold', set.dir, '--pred', out, '--json', '--per-doc', perDoc], { encoding: 'utf8', timeout: 300_000 });
  if (scored.status !== 0) throw new Error(`bench: the scorer failed on ${set.name}: ${scored.stderr.slice(0, 500)}`);
  const pages = JSON.parse(fs.readFileSync(perDoc, 'utf8')).map(({ id, dataset, score }) => ({ id, dataset, score }));
  return { ...JSON.parse(scored.stdout), pages };
}

/** The pages of a corpus folder, as paths relative to it. */
function pagesOf(dir) {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((rel) => /\.(txt|text)$/i.test(rel) && !rel.split(path.sep).some((p) => p.startsWith('.')));
}

/**
 * The CLI writes no file for a page in which it finds no article; the scorer wants a
 * prediction per page: such a page's is the empty result (what the CLI gives on stdout). Only
 * after a run that exited 0, where every page without an output is one without an article.
 */
function emptyPredictions(dir, out) {
  for (const rel of pagesOf(dir)) {
    const pred = path.join(out, rel.replace(/\.[^.]+$/, '.json'));
    if (fs.existsSync(pred)) continue;
    fs.mkdirSync(path.dirname(pred), { recursive: true });
    fs.writeFileSync(pred, renderJson(clean('', { input: path.join(dir, rel) })));
  }
}
