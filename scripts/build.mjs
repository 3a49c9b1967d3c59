#!/usr/bin/env node
/**
 * The build's second step, after tsc has compiled src/ into dist/:
 *
 * - dist/lexicon/words.json: the word table of the stopword lists (see makeWordTable in
 *   src/lexicon/stopwords.ts), which loads several times faster than building it from the
 *   lists on every start;
 * - dist/cli/main.js and dist/cli/worker.js are replaced by bundles of themselves with
 *   everything they import (esbuild), so that the CLI and its worker threads start by reading
 *   one file instead of resolving and loading forty.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const require = createRequire(import.meta.url);

// An old table must not be read while the new one is made.
const table = path.join(dist, 'lexicon', 'words.json');
fs.rmSync(table, { force: true });
const { makeWordTable } = await import(path.join(dist, 'lexicon', 'stopwords.js'));
fs.writeFileSync(table, JSON.stringify(makeWordTable(require('stopwords-iso'))));

await build({
  entryPoints: [path.join(dist, 'cli', 'main.js'), path.join(dist, 'cli', 'worker.js')],
  outdir: path.join(dist, 'cli'),
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // chalk is loaded only for colours on a terminal; it stays a package of its own.
  external: ['chalk'],
  // The CommonJS packages bundled (commander) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
