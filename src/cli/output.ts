/** Where outputs go, and writing them atomically. */
import { randomBytes } from 'node:crypto';
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

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename, so a reader
 * (or an interrupted run) never sees half a file.
 */
export function writeFileAtomic(file: string, data: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
