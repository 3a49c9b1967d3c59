#!/usr/bin/env node
/**
 * Quality benchmark: runs the CLI's own batch mode (JSON out, one file per page) over the
 * development pages of ../shared in every layout, and over the extra corpus, and prints one
 * table of the benchmark scorer's figures.
 *
 *   npm run bench [-- --layouts chromium,wrap] [-- --own] [-- --extra] [-- --cv] [-- --worst N] [-- --json]
 *
 * Layouts: chromium (../shared/corpus, as headless Chromium gives the text), noblank, wrap,
 * double and crlf (made from it by ../shared/bench/layouts.mjs), w3m (../shared/corpus-w3m).
 * --own adds the layouts of scripts/own-layouts.mjs (lynx, pandoc, email, pdf, html2text, indented:
 * hard-wrapped at 80 with a margin and links numbered, 72, 66 with CRLF, 68 with long words
 * hyphenated, 78 with links written as Markdown, 72 with first-line indents and no blank lines). --extra adds ../shared/corpus-extra, scored per dataset. Outputs go to bench-out/ (ignored
 * by git). --cv: cross-validated, each page cleaned by the CLI with `--model` set to the fold
 * model that never saw it (bench-out/cv, from `npm run train`; the extra corpus, never in a
 * fold, is cleaned with the bundled model). --worst N: the N pages with the lowest score in any
 * layout, with their score in each. The last column counts pages scoring below 0.5. Without ../shared it says so and exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchSets, runAndScore, runAndScoreCv, shared } from './bench-sets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!fs.existsSync(path.join(shared, 'corpus'))) {
  console.log(`bench: skipped: the benchmark corpus is not here (looked for ${path.join(shared, 'corpus')}).`);
  process.exit(0);
}
const only = opt('--layouts')?.split(',');
const cv = args.includes('--cv');
const sets = benchSets(path.join(root, 'bench-out'), { extra: args.includes('--extra'), own: args.includes('--own') }).filter((s) => !only || only.includes(s.name) || s.extra);

/** A page scoring below this (shingle F1 on sh, share of snippets right on tf) is counted as a failure. */
const LOW_SCORE = 0.5;
const f = (x) => (x == null ? '    -' : x.toFixed(3));
const rows = [];
for (const set of sets) {
  const t0 = performance.now();
  const out = path.join(root, 'bench-out', cv ? 'pred-cv' : 'pred', set.name);
  const report = cv && !set.extra ? runAndScoreCv(set, out, path.join(root, 'bench-out', 'cv')) : runAndScore(set, out);
  const seconds = (performance.now() - t0) / 1000;
  rows.push({ name: set.name, report, seconds });
  if (!args.includes('--json')) process.stderr.write(`bench: ${set.name} done in ${seconds.toFixed(1)} s\n`);
}
if (args.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, r.report])), null, 1));
  process.exit(0);
}
const meta = (m) => `${f(m?.accuracy)} ${f(m?.precision)}`;
const dev = rows.filter((r) => r.report.datasets.sh || r.report.datasets.tf);
console.log('| layout | sh F1 | tf F1 | title acc | source acc prec | credit acc prec | pages < 0.5 |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const { name, report } of dev) {
  const d = report.datasets;
  const m = report.metadata;
  const low = report.pages.filter((p) => p.score < LOW_SCORE).length;
  console.log(`| ${name} | ${f(d.sh?.f1)} | ${f(d.tf?.f1)} | ${f(m.title?.accuracy)} | ${meta(m.source)} | ${meta(m.imageCredit)} | ${low}/${report.pages.length} |`);
}
const worst = args.includes('--worst') ? Number(opt('--worst')) : 0;
if (worst > 0) {
  // A page's score in each layout; the worst pages by their lowest score in any layout.
  const byPage = new Map();
  for (const { name, report } of dev) {
    for (const p of report.pages) {
      const key = `${p.dataset}/${p.id}`;
      if (!byPage.has(key)) byPage.set(key, {});
      byPage.get(key)[name] = p.score;
    }
  }
  const lowest = (scores) => Math.min(...Object.values(scores));
  console.log(`\n| page | ${dev.map((r) => r.name).join(' | ')} |`);
  console.log(`| --- |${dev.map(() => ' --- |').join('')}`);
  for (const [key, scores] of [...byPage].sort((a, b) => lowest(a[1]) - lowest(b[1])).slice(0, worst)) {
    console.log(`| ${key.slice(0, 19)} | ${dev.map((r) => f(scores[r.name])).join(' | ')} |`);
  }
}
const extra = rows.filter((r) => !r.report.datasets.sh && !r.report.datasets.tf);
if (extra.length) {
  console.log('\n| extra corpus | F1 | precision | recall | pages |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const { report } of extra) {
    for (const [ds, d] of Object.entries(report.datasets)) console.log(`| ${ds} | ${f(d.f1)} | ${f(d.precision)} | ${f(d.recall)} | ${d.documents} |`);
  }
}
