/** Where outputs go, and writing them atomically. */
import fs from 'node:fs';
import path from 'node:path';
import { FORMAT_EXTENSION, type Format } from '../render/index.js';
import { makeFolders } from './folders.js';
import type { Input } from './inputs.js';
import type { DiskView } from './plan.js';

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

/** Temporary files being written by this thread, removed by `removeTemporaries` when the run is interrupted. */
const temporaries = new Set<string>();

/** Removes every temporary file still open (on Ctrl-C); outputs already in place are complete. */
export function removeTemporaries(): void {
  for (const tmp of temporaries) fs.rmSync(tmp, { force: true });
  temporaries.clear();
}

/**
 * The temporary file an output is written to before it is put in place: hidden, in the same
 * folder, named after the output and the process. A run writes each output once (two inputs
 * never share one), so the name is unique to it, and the main thread can name the temporary
 * file of an output a worker thread was writing (see WriteGate).
 */
export function temporaryFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

/** Removes the temporary file of an output, if there is one; a failure to do so is let be. */
export function removeTemporaryOf(file: string): void {
  try {
    fs.rmSync(temporaryFor(file), { force: true });
  } catch {
    // nothing more can be done for it
  }
}

/**
 * A folder made ready for outputs: made, and found inside the output folder. `special` names
 * the entries it held when it was first used that are neither regular files nor folders
 * (pipes, devices, symbolic links, which may lead to one); only an output of one of those
 * names is looked at before it is written (see isSpecialFile). A folder this run made has
 * none. Looking at the folder once rather than at each output also spares the folder's lock,
 * which the threads writing outputs into it share.
 */
interface ReadyFolder {
  key: string;
  special: Set<string>;
}

/** Folders this thread has prepared, keyed by folder and output folder: a batch prepares each one once. */
const readyFolders = new Map<string, ReadyFolder>();
/** The real path of each output folder given as `within`. */
const realRoots = new Map<string, string>();

const folderKey = (file: string, within: string | undefined) => (within === undefined ? path.dirname(file) : `${path.dirname(file)}\0${within}`);

/**
 * Creates the folder of an output file and checks, when `within` is given, that the folder
 * really is inside `within` (a symbolic link in the output tree could lead elsewhere). Each
 * distinct folder is made and checked once; a failure is not remembered, so every output in
 * a folder that cannot be made reports it.
 */
function prepareFolder(file: string, within?: string): ReadyFolder {
  const key = folderKey(file, within);
  const ready = readyFolders.get(key);
  if (ready) return ready;
  const dir = path.dirname(file);
  // The first folder made, if any: then `dir` is new and empty.
  const made = makeFolders(dir);
  if (within !== undefined) {
    let root = realRoots.get(within);
    if (root === undefined) realRoots.set(within, (root = fs.realpathSync(within)));
    const real = fs.realpathSync(dir);
    if (real !== root && !real.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
      throw new Error(`it would land outside the output folder (through a symbolic link to '${real}')`);
    }
  }
  const folder: ReadyFolder = { key, special: made === undefined ? readOutputFolder(dir) : new Set() };
  readyFolders.set(key, folder);
  return folder;
}

/** Whether a process runs with this id (one of another user's counts: it cannot be signalled, but it runs). */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The endings of the outputs a run writes. */
const OUTPUT_ENDINGS = [...new Set([...Object.values(FORMAT_EXTENSION), '.jsonl'])];

/**
 * Whether a file is the temporary file of an output (see temporaryFor) that a run which is no
 * more left behind: one killed outright (SIGKILL, a crash of the machine) has no chance to
 * remove it. The output itself was never put in place, so the next run writes it again.
 */
export function isStaleTemporary(name: string): boolean {
  const m = /^\.(.+)\.(\d{1,10})\.tmp$/.exec(name);
  if (!m) return false;
  const pid = Number(m[2]);
  if (pid === process.pid || pid === 0) return false;
  if (!OUTPUT_ENDINGS.some((ending) => m[1]!.endsWith(ending))) return false;
  return !processRuns(pid);
}

/** Removes a temporary file a killed run left; one that cannot be removed is let be (it harms no output). */
function removeStale(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // not ours to insist on
  }
}

/**
 * Reads an output folder once (entry by entry: it may be large): the names of its entries that
 * are neither regular files nor folders, and on the way, the temporary files a killed run left
 * are removed.
 */
function readOutputFolder(dir: string): Set<string> {
  const special = new Set<string>();
  const listing = fs.opendirSync(dir);
  try {
    for (let entry = listing.readSync(); entry !== null; entry = listing.readSync()) {
      if (entry.isFile()) {
        if (entry.name.endsWith('.tmp') && isStaleTemporary(entry.name)) removeStale(path.join(dir, entry.name));
      } else if (!entry.isDirectory()) special.add(entry.name);
    }
  } finally {
    listing.closeSync();
  }
  return special;
}

/** Whether an output must be looked at before it is written: always, unless its folder is prepared and held no such entry. */
function mayBeSpecial(file: string, within: string | undefined): boolean {
  const folder = readyFolders.get(folderKey(file, within));
  return folder === undefined || folder.special.has(path.basename(file));
}

/** An existing output that is not a regular file (a terminal, a pipe, /dev/null) is written in place, never replaced. */
function isSpecialFile(file: string): boolean {
  // No exception for a file that does not exist yet (the common case): making one costs more than the look-up.
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    return false; // not a folder on the way (ENOTDIR), a loop of links: the write reports it
  }
  return st !== undefined && !st.isFile() && !st.isDirectory();
}

/**
 * Lets an interrupted run wait for the outputs being written by worker threads, so that it
 * leaves none of their temporary files: one slot of shared memory per worker says whether it
 * is between making a temporary file and putting it in place. A worker `enter`s its slot
 * before it makes the file and `leave`s it after; the main thread `close`s every slot, waiting
 * for a write in progress to end, and no worker makes a temporary file after that.
 */
export class WriteGate {
  static readonly OPEN = 0;
  static readonly WRITING = 1;
  static readonly CLOSED = 2;

  constructor(
    readonly slots: Int32Array,
    readonly slot: number,
  ) {}

  enter(): void {
    if (Atomics.compareExchange(this.slots, this.slot, WriteGate.OPEN, WriteGate.WRITING) !== WriteGate.OPEN) {
      throw new Error('the run was interrupted');
    }
  }

  leave(): void {
    Atomics.compareExchange(this.slots, this.slot, WriteGate.WRITING, WriteGate.OPEN);
    Atomics.notify(this.slots, this.slot);
  }

  /** Closes every slot, waiting up to `timeoutMs` in all for the writes in progress. */
  static closeAll(slots: Int32Array, timeoutMs: number): void {
    const until = Date.now() + timeoutMs;
    for (let i = 0; i < slots.length; i++) {
      while (Atomics.compareExchange(slots, i, WriteGate.OPEN, WriteGate.CLOSED) === WriteGate.WRITING) {
        const left = until - Date.now();
        if (left <= 0 || Atomics.wait(slots, i, WriteGate.WRITING, left) === 'timed-out') break;
      }
    }
  }
}

/** The gate of this thread's writes, when it is a worker thread of a batch. */
let gate: WriteGate | null = null;

export function useWriteGate(g: WriteGate | null): void {
  gate = g;
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename, so a reader
 * (or an interrupted run) never sees half a file. A failed write (a full disk) removes the
 * temporary file and throws. With `within`, refuses to write outside that folder.
 */
export function writeFileAtomic(file: string, data: string, within?: string): void {
  if (mayBeSpecial(file, within) && isSpecialFile(file)) {
    fs.writeFileSync(file, data);
    return;
  }
  const folder = prepareFolder(file, within);
  const tmp = temporaryFor(file);
  gate?.enter();
  temporaries.add(tmp);
  try {
    try {
      fs.writeFileSync(tmp, data);
    } catch (err) {
      // The folder was made earlier in the run and has gone since: make it again, once.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || !readyFolders.delete(folder.key)) throw err;
      prepareFolder(file, within);
      fs.writeFileSync(tmp, data);
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  } finally {
    temporaries.delete(tmp);
    gate?.leave();
  }
}

/**
 * Real paths, for telling whether an output would overwrite an input. The real path of each
 * folder is looked up once; a file that is a symbolic link is resolved on its own.
 */
export class RealPaths {
  private readonly folders = new Map<string, string | null>();

  /** The real path of a file, or null when it does not exist. */
  of(file: string): string | null {
    const dir = path.dirname(file);
    let real = this.folders.get(dir);
    if (real === undefined) {
      try {
        real = fs.realpathSync(dir);
      } catch {
        real = null;
      }
      this.folders.set(dir, real);
    }
    // No folder, no file (the outputs of a new output folder are not looked up one by one).
    if (real === null) return null;
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(file, { throwIfNoEntry: false });
    } catch {
      return null;
    }
    if (st === undefined) return null;
    if (st.isSymbolicLink()) {
      try {
        return fs.realpathSync(file);
      } catch {
        return null; // a dangling link
      }
    }
    return path.join(real, path.basename(file));
  }
}

/**
 * The output plan's view of the disk (see plan.ts). The real paths of the inputs, so that no
 * output replaces one whatever links lead to it, are found when the first output that exists
 * is (an output folder that is new has none), so that a batch into a new folder neither looks
 * them up nor holds them.
 */
export function diskView(inputs: readonly Input[]): DiskView {
  const realPaths = new RealPaths();
  let inputPaths: Set<string> | null = null;
  return {
    isInput: (file) => {
      const real = realPaths.of(file);
      if (real === null) return false;
      if (inputPaths === null) {
        inputPaths = new Set<string>();
        for (const i of inputs) {
          const input = i.kind === 'file' ? realPaths.of(i.path) : null;
          if (input !== null) inputPaths.add(input);
        }
      }
      return inputPaths.has(real);
    },
    exists: (file) => fs.existsSync(file),
  };
}

/** A file written piece by piece and put in place atomically by `commit` (or removed by `abort`). */
export interface AtomicFile {
  write(data: string): void;
  commit(): void;
  abort(): void;
}

export function openAtomic(file: string, within?: string): AtomicFile {
  if (mayBeSpecial(file, within) && isSpecialFile(file)) {
    const fd = fs.openSync(file, 'w');
    return { write: (data) => void fs.writeSync(fd, data), commit: () => fs.closeSync(fd), abort: () => fs.closeSync(fd) };
  }
  prepareFolder(file, within);
  const tmp = temporaryFor(file);
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
