/**
 * One page's work: read, decode, clean, render, and write the result when the task names a
 * file for it. Runs in the main thread or in a worker (same code either way) and never
 * throws: failures come back as an error message.
 */
import fs from 'node:fs';
import { analyze, cleanCounting } from '../clean.js';
import { render, renderJsonLine, type Format } from '../render/index.js';
import { decodeInput, describeDecoding } from './decode.js';
import { CliError, describeSystemError, InputError } from './errors.js';
import { renderExplain } from './explain.js';
import { renderExplainJson } from './explain-json.js';
import { looksLikeMarkup, markupProblem } from './markup.js';
import { modelOption } from './model-file.js';
import { writeFileAtomic } from './output.js';
import { PLAIN, type Palette } from './palette.js';
import type { Article } from '../types.js';

export interface PageTask {
  /** Name shown in messages and recorded as `input`. */
  display: string;
  /** File to read; absent when `bytes` are given (standard input). */
  path?: string;
  bytes?: Uint8Array;
  maxSize: number;
  format: Format;
  frontMatter: boolean;
  /** Several JSON results to stdout: one line each. */
  jsonLine: boolean;
  explain: boolean;
  /** --encoding: an encoding name, or absent to detect. */
  encoding?: string;
  /** The size of the file, when the caller has looked it up (and checked it) with inputSize. */
  size?: number;
  /**
   * The file the result is written to (atomically, inside `within` when given); without it,
   * the result comes back as `data`.
   */
  target?: string;
  within?: string;
  /** --model: the weights file to clean with, instead of the bundled one. */
  model?: string;
}

export interface PageResult {
  /** The result, when the task named no file to write it to. */
  data?: string;
  /** No article was found. */
  empty: boolean;
  /** The input held nothing but whitespace. */
  blank: boolean;
  bytes: number;
  /** How the bytes were decoded ("utf-8", "windows-1252 (detected, 80% confidence)"), for --verbose. */
  decoding?: string;
  /** One-line warnings about the input (a guessed encoding, replaced bytes). */
  warnings?: string[];
  /** One-line error; an internal (unexpected) one is marked so. */
  error?: string;
  internal?: boolean;
  /** No article: nothing is written to a file (see runPage)... */
  noFile?: boolean;
  /** ...nor anywhere: no data comes back. */
  dropped?: boolean;
  /** The result was written to the task's target... */
  written?: boolean;
  /** ...or could not be, and why (the page itself was cleaned). */
  writeError?: string;
}

/** The size of an input file; throws InputError when it cannot be read or is larger than `limit`. */
export function inputSize(file: string, display: string, limit: number): number {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (err) {
    throw new InputError(`cannot read '${display}': ${describeSystemError(err)}`);
  }
  if (size > limit) throw new InputError(`'${display}' is larger than --max-size (${size} > ${limit} bytes)`);
  return size;
}

/** `checked`: the caller has looked up the size with inputSize already. */
function readFileInput(file: string, display: string, limit: number, checked: boolean): Uint8Array {
  if (!checked) inputSize(file, display, limit);
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new InputError(`cannot read '${display}': ${describeSystemError(err)}`);
  }
}

/** Writes an output atomically; returns why it could not be written, if so. */
export function writeOutput(target: string, data: string, within: string | undefined): string | undefined {
  try {
    writeFileAtomic(target, data, within);
    return undefined;
  } catch (err) {
    return `cannot write '${target}': ${describeSystemError(err)}`;
  }
}

const isJson = (format: Format) => format === 'json' || format === 'jsonl';

/** `palette` colours the --explain view (it only runs in the main thread). */
export function runPage(task: PageTask, palette: Palette = PLAIN): PageResult {
  let bytes = 0;
  try {
    // The bytes are let go once decoded (and the task's too), so that a big input is not held twice while it is cleaned.
    let raw: Uint8Array | null = task.bytes ?? readFileInput(task.path!, task.display, task.maxSize, task.size !== undefined);
    delete task.bytes;
    bytes = raw.length;
    const decoded = decodeInput(raw, task.display === '-' ? 'standard input' : task.display, { encoding: task.encoding });
    raw = null;
    if (looksLikeMarkup(decoded.text)) throw new InputError(markupProblem(task.display === '-' ? 'standard input' : task.display));
    let article: Article;
    let blank: boolean;
    let data: string;
    if (task.explain) {
      const analysis = analyze(decoded.text, { input: task.display, explain: true, ...modelOption(task.model) });
      article = analysis.article;
      blank = analysis.blocks.length === 0;
      data = isJson(task.format) ? renderExplainJson(task.display, analysis, task.jsonLine) : renderExplain(task.display, analysis, palette);
    } else {
      const cleaned = cleanCounting(decoded.text, { input: task.display, ...modelOption(task.model) });
      article = cleaned.article;
      blank = cleaned.blockCount === 0;
      data = task.jsonLine ? renderJsonLine(article) : render(article, task.format, { frontMatter: task.frontMatter });
    }
    const result: PageResult = { empty: article.paragraphs.length === 0, blank, bytes, decoding: describeDecoding(decoded) };
    if (decoded.warnings.length) result.warnings = decoded.warnings;
    // No article, nothing to write: no file of an empty front matter, no blank document on
    // stdout. JSON to stdout keeps its object, since its readers expect a line per input; the
    // thread that writes a file this task does not name looks at `noFile`.
    if (result.empty && !task.explain) result.noFile = true;
    if (result.noFile && (task.target !== undefined || !isJson(task.format))) result.dropped = true;
    else if (task.target === undefined) result.data = data;
    else {
      const problem = writeOutput(task.target, data, task.within);
      if (problem === undefined) result.written = true;
      else result.writeError = problem;
    }
    return result;
  } catch (err) {
    if (err instanceof CliError) return { empty: false, blank: false, bytes, error: err.message };
    return { ...pageCrashed(task.display, err), bytes };
  }
}

/**
 * The result of a page whose cleaning failed unexpectedly, or whose worker thread died on it:
 * running out of memory gets its own advice, anything else is an internal error.
 */
export function pageCrashed(display: string, err: unknown): PageResult {
  if ((err as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return {
      empty: false,
      blank: false,
      bytes: 0,
      error: `'${display}' needs more memory than the JavaScript heap allows; split it, lower --max-size, or raise the limit (NODE_OPTIONS=--max-old-space-size=MB)`,
    };
  }
  return { empty: false, blank: false, bytes: 0, error: `internal error on '${display}': ${err instanceof Error ? err.message : String(err)}`, internal: true };
}
