#!/usr/bin/env node
/**
 * `npm test`'s pretest: builds only when the build is missing or older than what it is made
 * from. `npm ci` has just built (prepare), so `npm ci && npm test` builds once; after an edit
 * to src/ (or the build's own inputs) the next `npm test` builds again, so the end-to-end
 * tests, which spawn the built CLI, never test stale code.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The build's last output (scripts/build.mjs writes it after everything else).
const stamp = path.join(root, 'dist', 'cli', 'main.cache');
const INPUTS = ['src', 'bin', 'scripts/build.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'samples'];

/** The newest modification time under a file or folder (0 when it does not exist). */
function newest(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs; // a file removed changes its folder's time
  for (const entry of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, entry)));
  return t;
}

const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changed = Math.max(...INPUTS.map((p) => newest(path.join(root, p))));
if (built > changed) {
  console.log('build is up to date (dist/ is newer than src/)');
} else {
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 1);
}
