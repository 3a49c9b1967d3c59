#!/usr/bin/env node
/**
 * Byte-identical check for refactors: writes the built CLI's outputs (JSON, Markdown and
 * --explain) of every bundled sample and every page of ../shared/corpus and
 * ../shared/corpus-w3m into a folder, or compares the current outputs with such a folder.
 *
 *   node scripts/reference.mjs write DIR     # before the change (keep DIR outside the repo)
 *   node scripts/reference.mjs compare DIR   # after: exit 0 when every file is identical
 *
 * Build first (`npm run build`): it runs bin/article-cleaner.js as a user would.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const bin = path.join(root, 'bin', 'article-cleaner.js');

/** The input folders: the samples, and the benchmark corpora that are here. */
const SETS = [
  ['samples', path.join(root, 'samples')],
  ['corpus', path.join(shared, 'corpus')],
  ['corpus-w3m', path.join(shared, 'corpus-w3m')],
].filter(([, dir]) => fs.existsSync(dir));

/** Output kinds: name and CLI flags. */
const KINDS = [
  ['json', ['--format', 'json']],
  ['md', ['--format', 'md']],
  ['explain', ['--explain']],
];

function writeAll(dir) {
  for (const [set, input] of SETS) {
    for (const [kind, flags] of KINDS) {
      const out = path.join(dir, set, kind);
      const run = spawnSync(process.execPath, [bin, input, ...flags, '--out-dir', out, '--quiet', '--jobs', '1'], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      // Exit 1 is a page with no article under --fail-on-empty or a refused input: the outputs still count.
      if (run.status !== 0 && run.status !== 1) throw new Error(`${set}/${kind}: article-cleaner exited with ${run.status}`);
    }
  }
}

function filesUnder(dir, base = dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, base, out);
    else out.push(path.relative(base, p));
  }
  return out.sort();
}

const [command, dir] = process.argv.slice(2);
if (!['write', 'compare'].includes(command) || !dir) {
  console.error('usage: node scripts/reference.mjs write|compare DIR');
  process.exit(2);
}
if (command === 'write') {
  fs.rmSync(dir, { recursive: true, force: true });
  writeAll(dir);
  console.log(`reference: ${filesUnder(dir).length} files written to ${dir}`);
} else {
  const now = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-reference-'));
  try {
    writeAll(now);
    const before = filesUnder(dir);
    const after = new Set(filesUnder(now));
    const differ = [];
    for (const f of before) {
      if (!after.has(f)) differ.push(`missing: ${f}`);
      else if (!fs.readFileSync(path.join(dir, f)).equals(fs.readFileSync(path.join(now, f)))) differ.push(`differs: ${f}`);
      after.delete(f);
    }
    for (const f of after) differ.push(`new: ${f}`);
    for (const d of differ.slice(0, 20)) console.log(d);
    console.log(`reference: ${before.length} files compared, ${differ.length} differ`);
    process.exitCode = differ.length ? 1 : 0;
  } finally {
    fs.rmSync(now, { recursive: true, force: true });
  }
}
