/**
 * Input resolution: positional arguments (files, folders, glob patterns, "-") to a sorted,
 * de-duplicated list of inputs, each with the relative path its output mirrors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type FastGlob from 'fast-glob';

// Loaded on first use: a run on plain files or stdin does not pay for it at start-up.
const require = createRequire(import.meta.url);
let globModule: typeof FastGlob | null = null;
const fg = (): typeof FastGlob => (globModule ??= require('fast-glob') as typeof FastGlob);

export interface StdinInput {
  kind: 'stdin';
  /** Shown in messages and recorded as `input` in the result. */
  display: '-';
  /** Relative output path (before the extension changes) under --out-dir. */
  rel: string;
}

export interface FileInput {
  kind: 'file';
  /** Absolute path. */
  path: string;
  display: string;
  rel: string;
}

export type Input = StdinInput | FileInput;

export interface Problem {
  arg: string;
  message: string;
}

export interface Resolved {
  inputs: Input[];
  problems: Problem[];
  /** One-line warnings: an input named twice (cleaned once). */
  warnings: string[];
}

export interface ResolveOptions {
  cwd: string;
  /** Extensions read from folders, without dots, lower case. */
  extensions: readonly string[];
}

export const STDIN: StdinInput = { kind: 'stdin', display: '-', rel: 'stdin' };

/** "txt, .Text" -> ["txt", "text"]. */
export function parseExtensions(list: string): string[] {
  return [...new Set(list.split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean))];
}

const GLOB_OPTIONS: FastGlob.Options = {
  onlyFiles: true,
  dot: false,
  followSymbolicLinks: false,
  ignore: ['**/node_modules/**'],
  caseSensitiveMatch: false,
};

/**
 * The files under a folder with one of the extensions (lower case; the names' case does not
 * matter), at any depth, relative with '/' separators, sorted: what the glob library gives for
 * such a pattern with GLOB_OPTIONS (hidden files and folders, node_modules folders and symbolic
 * links left out), without loading it for the most common input.
 */
export function filesUnder(root: string, extensions: readonly string[]): string[] {
  const endings = extensions.map((e) => `.${e}`);
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      // A folder removed meanwhile is skipped, as the glob library does; other errors are reported.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (name.toLowerCase() !== 'node_modules') walk(path.join(dir, name), `${rel}${name}/`);
      } else if (entry.isFile()) {
        const lower = name.toLowerCase();
        if (endings.some((e) => lower.length > e.length && lower.endsWith(e))) found.push(rel + name);
      }
    }
  };
  walk(root, '');
  return found.sort();
}

/** http:// and https:// arguments: pages to fetch, which this tool does not do. */
const URL_ARG = /^https?:\/\//i;

/** The message for a URL given as an input: how to turn it into text first. */
export function urlProblem(arg: string): string {
  return `'${arg}' is a URL; URLs are not fetched: curl -s '${arg}' | w3m -dump -T text/html | article-cleaner`;
}

/**
 * Real paths of the inputs, to clean a file named twice once. The real path of each folder is
 * looked up once (files found in folders are never links: walks skip them); a file named on the
 * command line or matched by a glob may be a link and is resolved on its own.
 */
class InputKeys {
  private readonly folders = new Map<string, string>();

  of(file: string, mayBeLink: boolean): string {
    try {
      if (mayBeLink) return fs.realpathSync(file);
      const dir = path.dirname(file);
      let real = this.folders.get(dir);
      if (real === undefined) this.folders.set(dir, (real = fs.realpathSync(dir)));
      return path.join(real, path.basename(file));
    } catch {
      return file; // gone meanwhile: reading it reports that
    }
  }
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/** Resolves positional arguments; problems are reported per argument, the rest still resolve. */
export function resolveInputs(args: readonly string[], options: ResolveOptions): Resolved {
  const inputs: Input[] = [];
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const keys = new InputKeys();
  // Real path -> the name it was first given as.
  const seen = new Map<string, string>();
  const add = (input: Input, mayBeLink = true) => {
    const key = input.kind === 'stdin' ? '-' : keys.of(input.path, mayBeLink);
    const first = seen.get(key);
    if (first !== undefined) {
      if (first === input.display) warnings.push(`'${input.display}' is named more than once; cleaned once`);
      else warnings.push(`'${input.display}' is the same file as '${first}'; cleaned once`);
      return;
    }
    seen.set(key, input.display);
    inputs.push(input);
  };
  for (const arg of args) {
    if (arg === '-') {
      add(STDIN);
      continue;
    }
    const abs = path.resolve(options.cwd, arg);
    const stat = statOrNull(abs);
    if (stat?.isFile()) {
      add({ kind: 'file', path: abs, display: arg, rel: path.basename(abs) });
      continue;
    }
    if (stat?.isDirectory()) {
      const found = filesUnder(abs, options.extensions);
      if (found.length === 0) problems.push({ arg, message: `no .${options.extensions.join('/.')} files in folder '${arg}'` });
      for (const rel of found) add({ kind: 'file', path: path.join(abs, rel), display: path.join(arg, rel), rel }, false);
      continue;
    }
    if (stat) {
      problems.push({ arg, message: `cannot read '${arg}': not a regular file` });
      continue;
    }
    if (URL_ARG.test(arg)) {
      problems.push({ arg, message: urlProblem(arg) });
      continue;
    }
    if (fg().isDynamicPattern(arg)) {
      const pattern = arg.split(path.sep).join('/');
      const base = fg().generateTasks([pattern])[0]?.base ?? '.';
      const found = fg().sync(pattern, { ...GLOB_OPTIONS, cwd: options.cwd }).sort();
      if (found.length === 0) problems.push({ arg, message: `no input files matched '${arg}'` });
      for (const match of found) {
        const absMatch = path.resolve(options.cwd, match);
        add({ kind: 'file', path: absMatch, display: match, rel: path.relative(path.resolve(options.cwd, base), absMatch) });
      }
      continue;
    }
    problems.push({ arg, message: `cannot read '${arg}': no such file or directory` });
  }
  return { inputs, problems, warnings };
}
