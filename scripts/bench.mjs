#!/usr/bin/env node
/**
 * Benchmark: runs the CLI's own batch mode over ../shared/corpus (JSON out, one file per
 * page) and prints the benchmark scorer's table.
 *
 *   npm run bench [-- --per-doc FILE] [-- --json] [-- --dataset sh|tf|seed]
 *
 * Outputs go to bench-out/pred/ (ignored by git). Without ../shared it says so and exits 0.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const corpus = path.join(shared, 'corpus');
const scorer = path.join(shared, 'bench', 'score.mjs');
if (!fs.existsSync(corpus) || !fs.existsSync(scorer)) {
  console.log(`bench: skipped: the benchmark corpus is not here (looked for ${corpus} and ${scorer}).`);
  process.exit(0);
}
const out = path.join(root, 'bench-out', 'pred');
fs.rmSync(out, { recursive: true, force: true });

const t0 = performance.now();
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'article-cleaner.js'), corpus, '--format', 'json', '--out-dir', out, '--quiet'], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
const seconds = (performance.now() - t0) / 1000;
if (run.status !== 0) {
  console.error(`bench: article-cleaner exited with ${run.status}`);
  process.exit(1);
}
console.log(`article-cleaner batch over ${corpus}: ${seconds.toFixed(1)} s`);
const scored = spawnSync(process.execPath, [scorer, '--gold', corpus, '--pred', out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(scored.status ?? 1);
