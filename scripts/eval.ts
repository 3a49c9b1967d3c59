/**
 * Development loop: cleans every page of ../shared/corpus in-process, writes one JSON per
 * page to a temporary folder and runs the benchmark's scorer on it. (`npm run bench` does
 * the same through the CLI's batch mode.)
 *
 *   npx tsx scripts/eval.ts [--corpus DIR] [--cv] [--per-doc FILE] [--dataset sh|tf|seed] [--keep DIR]
 *
 * --corpus: another folder laid out as ../shared/corpus (a layout of it, ../shared/corpus-w3m).
 * --cv: each page cleaned by the fold model (from `npm run train`) that did not see it;
 * --models DIR: the fold models' folder (default bench-out/cv).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clean } from '../src/index.js';
import { toJsonObject } from '../src/render/json.js';
import { foldOf } from './folds.mjs';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = path.resolve(opt('--corpus') ?? path.join(shared, 'corpus'));
if (!fs.existsSync(corpus)) {
  console.error(`eval: ${corpus} not found; the benchmark corpus lives in ../shared beside the repository`);
  process.exit(2);
}
const out = opt('--keep') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ac-eval-'));
fs.mkdirSync(out, { recursive: true });
// --cv: clean each page with the fold model (from `npm run train`) that did not see it.
const cv = args.includes('--cv');
const foldModels = cv
  ? [0, 1].map((f) => JSON.parse(fs.readFileSync(path.join(opt('--models') ?? path.join(root, 'bench-out', 'cv'), `fold-${f}.json`), 'utf8')))
  : [];
let n = 0;
let bytes = 0;
const t0 = performance.now();
for (const ds of fs.readdirSync(corpus)) {
  const dir = path.join(corpus, ds);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.txt')) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    bytes += Buffer.byteLength(text);
    const id = f.replace(/\.txt$/, '');
    const article = clean(text, { input: f, model: cv ? foldModels[foldOf(id)] : undefined });
    fs.writeFileSync(path.join(out, f.replace(/\.txt$/, '.json')), JSON.stringify(toJsonObject(article)));
    n++;
  }
}
const ms = performance.now() - t0;
console.error(`cleaned ${n} pages (${(bytes / 1e6).toFixed(1)} MB) in ${ms.toFixed(0)} ms`);
const scorerArgs = [path.join(shared, 'bench', 'score.mjs'), '--gold', corpus, '--pred', out];
for (const k of ['--per-doc', '--dataset']) if (opt(k)) scorerArgs.push(k, opt(k)!);
if (args.includes('--json')) scorerArgs.push('--json');
process.stdout.write(execFileSync(process.execPath, scorerArgs, { encoding: 'utf8' }));
if (!opt('--keep')) fs.rmSync(out, { recursive: true, force: true });
