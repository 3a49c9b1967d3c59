/**
 * One page's work: read, decode, clean, render. Runs in the main thread or in a worker
 * (same code either way) and never throws: failures come back as an error message.
 */
import fs from 'node:fs';
import { analyze } from '../pipeline/index.js';
import { render, renderJsonLine, type Format } from '../render/index.js';
import { decodeInput, describeDecoding } from './decode.js';
import { CliError, describeSystemError, InputError } from './errors.js';
import { renderExplain } from './explain.js';
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
  /** --encoding: an encoding name, or absent to detect. */
  encoding?: string;
}

export interface PageResult {
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

/** `palette` colours the --explain view (it only runs in the main thread). */
export function runPage(task: PageTask, palette: Palette = PLAIN): PageResult {
  let bytes = 0;
  try {
    const raw = task.bytes ?? readFileInput(task.path!, task.display, task.maxSize);
    bytes = raw.length;
    const decoded = decodeInput(raw, task.display === '-' ? 'standard input' : task.display, { encoding: task.encoding });
    const analysis = analyze(decoded.text, { input: task.display, explain: task.explain });
    const article = analysis.article;
    let data: string;
    if (task.explain) data = renderExplain(task.display, analysis, palette);
    else if (task.jsonLine) data = renderJsonLine(article);
    else data = render(article, task.format, { frontMatter: task.frontMatter });
    const result: PageResult = { data, empty: article.paragraphs.length === 0, blank: analysis.blocks.length === 0, bytes, decoding: describeDecoding(decoded) };
    if (decoded.warnings.length) result.warnings = decoded.warnings;
    return result;
  } catch (err) {
    if (err instanceof CliError) return { empty: false, blank: false, bytes, error: err.message };
    return { empty: false, blank: false, bytes, error: `internal error on '${task.display}': ${err instanceof Error ? err.message : String(err)}`, internal: true };
  }
}
