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

/** Temporary files being written, removed by `removeTemporaries` when the run is interrupted. */
const temporaries = new Set<string>();

/** Removes every temporary file still open (on Ctrl-C); outputs already in place are complete. */
export function removeTemporaries(): void {
  for (const tmp of temporaries) fs.rmSync(tmp, { force: true });
  temporaries.clear();
}

const temporaryName = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

/**
 * Creates the folder of an output file and checks, when `within` is given, that the folder
 * really is inside `within` (a symbolic link in the output tree could lead elsewhere).
 */
function prepareFolder(file: string, within?: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  if (within === undefined) return;
  const root = fs.realpathSync(within);
  const real = fs.realpathSync(dir);
  if (real !== root && !real.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
    throw new Error(`it would land outside the output folder (through a symbolic link to '${real}')`);
  }
}

/** An existing output that is not a regular file (a terminal, a pipe, /dev/null) is written in place, never replaced. */
function isSpecialFile(file: string): boolean {
  try {
    const st = fs.statSync(file);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename, so a reader
 * (or an interrupted run) never sees half a file. A failed write (a full disk) removes the
 * temporary file and throws. With `within`, refuses to write outside that folder.
 */
export function writeFileAtomic(file: string, data: string, within?: string): void {
  if (isSpecialFile(file)) {
    fs.writeFileSync(file, data);
    return;
  }
  prepareFolder(file, within);
  const tmp = temporaryName(file);
  temporaries.add(tmp);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  } finally {
    temporaries.delete(tmp);
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

export function openAtomic(file: string, within?: string): AtomicFile {
  if (isSpecialFile(file)) {
    const fd = fs.openSync(file, 'w');
    return { write: (data) => void fs.writeSync(fd, data), commit: () => fs.closeSync(fd), abort: () => fs.closeSync(fd) };
  }
  prepareFolder(file, within);
  const tmp = temporaryName(file);
  temporaries.add(tmp);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'w');
  } catch (err) {
    temporaries.delete(tmp);
    throw err;
  }
  let open = true;
  const close = () => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  const remove = () => {
    fs.rmSync(tmp, { force: true });
    temporaries.delete(tmp);
  };
  return {
    write: (data) => {
      fs.writeSync(fd, data);
    },
    commit: () => {
      try {
        close();
        fs.renameSync(tmp, file);
        temporaries.delete(tmp);
      } catch (err) {
        remove();
        throw err;
      }
    },
    abort: () => {
      try {
        close();
      } finally {
        remove();
      }
    },
  };
}
