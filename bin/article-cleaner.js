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

// V8's optimising compiler inlines less (a budget of 300 bytes of bytecode inlined into a
// function, against 920 by default). A batch spends more CPU time compiling the cleaner than
// cleaning for its first few hundred pages, in every worker thread; with the smaller budget
// the compiler does a third less work and the optimised code is as fast. 2,000 pages: 0.95 of
// the time with one job, 0.87 with two. Set after the code cache is read, which V8 accepts
// only with the flags it was made with; V8 flags hold for the worker threads too.
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

// EPIPE: the reader went away (e.g. `| head -1`); stop quietly. Any other failure to write
// stdout (a full disk) is one line on stderr and exit code 1.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`article-cleaner: error: cannot write to standard output: ${cli.describeSystemError(err)}\n`);
  } finally {
    process.exit(1);
  }
});
// A closed stderr must not turn a message into a crash.
process.stderr.on('error', () => {});

// Ctrl-C and SIGTERM: no temporary files left behind, exit 130 / 143.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(cli.interrupt(signal)));

cli.run(process.argv).then((code) => {
  process.exitCode = code;
});
