#!/usr/bin/env node
/**
 * The build's second step, after tsc has compiled src/ into dist/:
 *
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

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
// The word table (src/lexicon/words.json, which tsc copies to dist/lexicon/) stays out of the
// bundles: Node reads it beside them with require(), a file read and a JSON.parse. Written into
// a bundle, the 200 KB of data cost every start about 10 ms more CPU time (compiled from the
// bundle's source and its code cache). The library's modules and a browser bundle import it.
const wordTableBeside = {
  name: 'word-table-beside',
  setup(b) {
    b.onResolve({ filter: /^\.\/words\.json$/ }, (args) =>
      args.importer.endsWith(path.join('lexicon', 'stopwords.js')) ? { path: 'words.json', namespace: 'word-table' } : undefined,
    );
    // Both bundles are one folder below dist/; the worker's require() is the banner's.
    b.onLoad({ filter: /.*/, namespace: 'word-table' }, () => ({ contents: "module.exports = require('../lexicon/words.json');", loader: 'js' }));
    b.onResolve({ filter: /^\.\.\/lexicon\/words\.json$/, namespace: 'word-table' }, (args) => ({ path: args.path, external: true }));
  },
};
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
  plugins: [wordTableBeside, lazyChildProcess],
  // warcio (with pako and hash-wasm, 450 KB) is imported only by --input-format warc runs:
  // left out of the bundle, it costs the other runs nothing at start (compiling and caching it).
  external: ['warcio'],
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The worker stays an ES module; the CommonJS packages it bundles call require() for Node's own modules.
await build({
  ...common,
  entryPoints: [path.join(dist, 'cli', 'worker.js')],
  outfile: path.join(dist, 'cli', 'worker.js'),
  allowOverwrite: true,
  plugins: [wordTableBeside],
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
