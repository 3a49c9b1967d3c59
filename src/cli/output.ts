/** Where outputs go, and writing them atomically. */
import fs from 'node:fs';
import path from 'node:path';
import { FORMAT_EXTENSION, type Format } from '../render/index.js';
import type { Input } from './inputs.js';

/** The output file of an input under --out-dir: its relative path with the format's extension. */
export function outputPathFor(input: Input, outDir: string, format: Format, extension: string = FORMAT_EXTENSION[format]): string {
  // Never leave the output folder, whatever the relative path says.
  const parts = path
    .normalize(input.rel)
    .split(/[\\/]+/)
    .filter((p) => p !== '' && p !== '.' && p !== '..');
  const rel = parts.join(path.sep) || 'output';
  const stem = rel.replace(/\.[^.\\/]*$/, '');
  return path.resolve(outDir, `${stem || rel}${extension}`);
}

/** Folders this thread has made (or found), so that a batch asks for each one once. */
const made = new Set<string>();

function makeFolder(dir: string): void {
  if (made.has(dir)) return;
  fs.mkdirSync(dir, { recursive: true });
  made.add(dir);
}

/**
 * The temporary file an output is written to before it is put in place: hidden, in the same
 * folder, named after the output and the process (a run writes each output once, from one
 * thread), so that an interrupted run can remove the ones it leaves.
 */
export function temporaryFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename, so a reader
 * (or an interrupted run) never sees half a file.
 */
export function writeFileAtomic(file: string, data: string): void {
  makeFolder(path.dirname(file));
  const tmp = temporaryFor(file);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** The real path of a file if it exists, else its resolved path (for comparing paths). */
export function realOrResolved(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** A file written piece by piece and put in place atomically by `commit` (or removed by `abort`). */
export interface AtomicFile {
  write(data: string): void;
  commit(): void;
  abort(): void;
}

export function openAtomic(file: string): AtomicFile {
  makeFolder(path.dirname(file));
  const tmp = temporaryFor(file);
  const fd = fs.openSync(tmp, 'w');
  let open = true;
  const close = () => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  return {
    write: (data) => {
      fs.writeSync(fd, data);
    },
    commit: () => {
      close();
      fs.renameSync(tmp, file);
    },
    abort: () => {
      close();
      fs.rmSync(tmp, { force: true });
    },
  };
}
