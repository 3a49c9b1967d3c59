#!/usr/bin/env node
/**
 * The build's second step, after tsc has compiled src/ into dist/:
 *
 * - dist/lexicon/words.json: the word table of the stopword lists (see makeWordTable in
 *   src/lexicon/stopwords.ts), which loads several times faster than building it from the
 *   lists on every start;
 * - dist/cli/main.cjs, the CLI with everything it imports in one file (esbuild), which bin/
 *   runs: one file to read instead of forty to resolve and load; and dist/cli/worker.js
 *   replaced by a bundle of itself, for the worker threads;
 * - dist/cli/main.cache: V8's code cache of the bundle, made after cleaning the samples with
 *   it (see bin/load-cli.js).
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const require = createRequire(import.meta.url);

// An old table must not be read while the new one is made.
const table = path.join(dist, 'lexicon', 'words.json');
fs.rmSync(table, { force: true });
const { makeWordTable } = await import(path.join(dist, 'lexicon', 'stopwords.js'));
fs.writeFileSync(table, JSON.stringify(makeWordTable(require('stopwords-iso'))));

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
// commander loads node:child_process, and with it Node's stream and network modules, for
// executable subcommands, which the CLI has none of: in the bundle, commander gets it on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};
// The CLI as CommonJS, which bin/load-cli.js can run with a code cache; import.meta.url is the bundle's.
await build({
  ...common,
  entryPoints: [path.join(dist, 'cli', 'main.js')],
  outfile: path.join(dist, 'cli', 'main.cjs'),
  format: 'cjs',
  plugins: [lazyChildProcess],
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The worker stays an ES module; the CommonJS packages it bundles call require() for Node's own modules.
await build({
  ...common,
  entryPoints: [path.join(dist, 'cli', 'worker.js')],
  outfile: path.join(dist, 'cli', 'worker.js'),
  allowOverwrite: true,
  format: 'esm',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// The code cache holds the functions compiled by the time it is made: clean the samples first (in this thread).
const { loadCli, codeCache } = require('../bin/load-cli.js');
fs.rmSync(codeCache, { force: true });
const { cli, script } = loadCli();
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-build-'));
try {
  await cli.run([process.execPath, 'article-cleaner', path.join(root, 'samples'), '--out-dir', out, '--quiet', '--jobs', '1']);
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
fs.writeFileSync(codeCache, script.createCachedData());
