/**
 * Loads the CLI bundle (dist/cli/main.cjs) with V8's code cache of it (dist/cli/main.cache)
 * when the build made one: Node 20 has no module.enableCompileCache, and compiling the
 * bundle's functions is a good part of a short run. Without a cache, or when this Node
 * rejects it (another V8 version), the bundle is compiled as usual.
 */
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'main.cjs');
const codeCache = path.join(__dirname, '..', 'dist', 'cli', 'main.cache');

/** The CLI module (throws ENOENT when the package is not built), and the script it was run as. */
function loadCli() {
  const source = fs.readFileSync(bundle, 'utf8');
  let cachedData;
  try {
    cachedData = fs.readFileSync(codeCache);
  } catch {
    cachedData = undefined;
  }
  // The bundle is CommonJS without import(): it runs as Node would run it as a module.
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  return { cli: module.exports, script };
}

module.exports = { bundle, codeCache, loadCli };
