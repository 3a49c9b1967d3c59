#!/usr/bin/env node
// Thin launcher: runs the compiled CLI from dist/ (built by `npm run build`, run on install).
// CommonJS (see bin/package.json), which starts a little faster than an ES module.
'use strict';
require('node:module').enableCompileCache?.();
const { loadCli } = require('./load-cli.js');

let cli;
try {
  ({ cli } = loadCli());
} catch (err) {
  if (err && err.code === 'ENOENT' && String(err.message).includes('dist')) {
    process.stderr.write('article-cleaner: not built; run `npm run build` in the package folder\n');
    process.exit(1);
  }
  throw err;
}

// EPIPE: the reader went away (e.g. `| head -1`); stop quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

cli.run(process.argv).then((code) => {
  process.exitCode = code;
});
