/**
 * Making an output's folder, one level at a time. Node's `mkdirSync(dir, { recursive: true })`
 * retries for as long as the system answers ENOENT for a folder whose parent exists, which
 * /proc (and other virtual file systems) always does: the thread then spins at full CPU and
 * never returns to the event loop, so not even Ctrl-C stops the run. Here every level is one
 * mkdir, tried at most twice (a folder made meanwhile by another thread is fine), so a folder
 * that cannot be made fails at once with the system's error.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Makes `dir` and its missing parents; returns the first folder made (undefined when `dir` existed), as mkdirSync's recursive mode does. */
export function makeFolders(dir: string): string | undefined {
  const missing: string[] = [];
  let at = path.resolve(dir);
  // Up to the nearest existing folder: bounded by the path's depth.
  for (;;) {
    const st = fs.statSync(at, { throwIfNoEntry: false });
    if (st !== undefined) {
      if (!st.isDirectory()) throw Object.assign(new Error(`'${at}' is not a folder`), { code: missing.length ? 'ENOTDIR' : 'EEXIST' });
      break;
    }
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  let first: string | undefined;
  for (const folder of missing.reverse()) {
    if (makeOne(folder) && first === undefined) first = folder;
  }
  return first;
}

/** One mkdir; true when this call made the folder. */
function makeOne(folder: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.mkdirSync(folder);
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw err;
      // Made by another thread meanwhile (fine), or a file is in the way (an error): look once more.
      const st = fs.statSync(folder, { throwIfNoEntry: false });
      if (st?.isDirectory()) return false;
      if (st !== undefined) throw err;
    }
  }
  throw Object.assign(new Error(`cannot make folder '${folder}'`), { code: 'ENOENT' });
}
