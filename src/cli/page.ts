/**
 * One page's work: read, decode, clean, render. Runs in the main thread or in a worker
 * (same code either way) and never throws: failures come back as an error message.
 */
import fs from 'node:fs';
import { analyze, clean } from '../pipeline/index.js';
import { render, renderJsonLine, type Format } from '../render/index.js';
import type { Article } from '../types.js';
import { decodeText } from './decode.js';
import { CliError, describeSystemError, InputError } from './errors.js';
import { renderExplain } from './explain.js';
import { writeFileAtomic } from './output.js';
import { PLAIN, type Palette } from './palette.js';

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
  /** The file the result is written to (atomically); without it the result comes back as `data`. */
  target?: string;
}

export interface PageResult {
  /** The result, when it was not written to the task's target. */
  data?: string;
  /** No article was found. */
  empty: boolean;
  /** The input held nothing but whitespace. */
  blank: boolean;
  bytes: number;
  /** One-line error; an internal (unexpected) one is marked so. */
  error?: string;
  internal?: boolean;
}

function readFileInput(file: string, display: string, limit: number): Uint8Array {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (err) {
    throw new InputError(`cannot read '${display}': ${describeSystemError(err)}`);
  }
  if (size > limit) throw new InputError(`'${display}' is larger than --max-size (${size} > ${limit} bytes)`);
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new InputError(`cannot read '${display}': ${describeSystemError(err)}`);
  }
}

function writeTarget(file: string, data: string): void {
  try {
    writeFileAtomic(file, data);
  } catch (err) {
    throw new InputError(`cannot write '${file}': ${describeSystemError(err)}`);
  }
}

/** `palette` colours the --explain view (it only runs in the main thread). */
export function runPage(task: PageTask, palette: Palette = PLAIN): PageResult {
  let bytes = 0;
  try {
    const raw = task.bytes ?? readFileInput(task.path!, task.display, task.maxSize);
    bytes = raw.length;
    const text = decodeText(raw, task.display === '-' ? 'standard input' : task.display);
    let data: string;
    let article: Article;
    if (task.explain) {
      const analysis = analyze(text, { input: task.display });
      article = analysis.article;
      data = renderExplain(task.display, analysis, palette);
    } else {
      article = clean(text, { input: task.display });
      data = task.jsonLine ? renderJsonLine(article) : render(article, task.format, { frontMatter: task.frontMatter });
    }
    const result: PageResult = { empty: article.paragraphs.length === 0, blank: text.trim() === '', bytes };
    if (task.target) writeTarget(task.target, data);
    else result.data = data;
    return result;
  } catch (err) {
    if (err instanceof CliError) return { empty: false, blank: false, bytes, error: err.message };
    return { empty: false, blank: false, bytes, error: `internal error on '${task.display}': ${err instanceof Error ? err.message : String(err)}`, internal: true };
  }
}
