#!/usr/bin/env node
// Thin launcher: loads the compiled CLI from dist/ (built by `npm run build`, run on install).
import module from 'node:module';

module.enableCompileCache?.();

let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
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

process.exitCode = await cli.run(process.argv);
