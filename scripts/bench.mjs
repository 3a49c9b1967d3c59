#!/usr/bin/env node
/**
 * Quality benchmark: runs the CLI's own batch mode (JSON out, one file per page) over the
 * development pages of ../shared in every layout, and over the extra corpus, and prints one
 * table of the benchmark scorer's figures.
 *
 *   npm run bench [-- --layouts chromium,wrap] [-- --extra] [-- --cv] [-- --json]
 *
 * Layouts: chromium (../shared/corpus, as headless Chromium gives the text), noblank, wrap,
 * double and crlf (made from it by ../shared/bench/layouts.mjs), w3m (../shared/corpus-w3m).
 * --extra adds ../shared/corpus-extra, scored per dataset. Outputs go to bench-out/ (ignored
 * by git). --cv: cross-validated, each page cleaned by the CLI with `--model` set to the fold
 * model that never saw it (bench-out/cv, from `npm run train`; the extra corpus, never in a
 * fold, is cleaned with the bundled model). Without ../shared it says so and exits 0.
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
const sets = benchSets(path.join(root, 'bench-out'), { extra: args.includes('--extra') }).filter((s) => !only || only.includes(s.name) || s.extra);

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
console.log('| layout | sh F1 | tf F1 | title acc | source acc prec | credit acc prec |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { name, report } of rows.filter((r) => r.report.datasets.sh || r.report.datasets.tf)) {
  const d = report.datasets;
  const m = report.metadata;
  console.log(`| ${name} | ${f(d.sh?.f1)} | ${f(d.tf?.f1)} | ${f(m.title?.accuracy)} | ${meta(m.source)} | ${meta(m.imageCredit)} |`);
}
const extra = rows.filter((r) => !r.report.datasets.sh && !r.report.datasets.tf);
if (extra.length) {
  console.log('\n| extra corpus | F1 | precision | recall | pages |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const { report } of extra) {
    for (const [ds, d] of Object.entries(report.datasets)) console.log(`| ${ds} | ${f(d.f1)} | ${f(d.precision)} | ${f(d.recall)} | ${d.documents} |`);
  }
}
