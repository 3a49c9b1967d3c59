/**
 * Option checks: takes the parsed options, gives their values ready to use, or throws a
 * UsageError (exit 2) with a one-line message. Some checks need to know how many inputs there
 * are; they run once the inputs are found (checkAgainstInputs).
 */
import path from 'node:path';
import { DEFAULT_EXT, WARC_EXT } from './constants.js';
import { checkEncoding, parseSize } from './decode.js';
import { UsageError } from './errors.js';
import { parseExtensions } from './inputs.js';
import { modelAt } from './model-file.js';
import type { CliOptions } from './program.js';


export interface Settings {
  /** --max-size in bytes. */
  maxSize: number;
  /** --ext: extensions read from folders, without dots, lower case. */
  extensions: string[];
  /** --encoding: 'auto' (detect) or an encoding name. */
  encoding: string;
  /** --output and --out-dir as absolute paths; neither: results go to stdout. */
  output: string | undefined;
  outDir: string | undefined;
  toStdout: boolean;
  /** --model as an absolute path, checked to load. */
  model: string | undefined;
}

export function checkOptions(opts: CliOptions, cwd: string): Settings {
  const maxSize = parseSize(opts.maxSize);
  if (maxSize === null) throw new UsageError(`invalid --max-size '${opts.maxSize}' (use a number of bytes, or e.g. 500k, 50mb)`);
  const extensions = parseExtensions(opts.inputFormat === 'warc' && opts.ext === DEFAULT_EXT ? WARC_EXT : opts.ext);
  if (extensions.length === 0) throw new UsageError(`invalid --ext '${opts.ext}'`);
  if (opts.output && opts.outDir) throw new UsageError('use either --output or --out-dir, not both');
  const encoding = checkEncoding(opts.encoding);
  if (encoding === null) throw new UsageError(`unknown --encoding '${opts.encoding}' (e.g. utf-8, windows-1252, iso-8859-2, koi8-r, shift_jis, gb18030)`);
  if (opts.inputFormat === 'jsonl' && encoding !== 'auto' && encoding !== 'utf-8') throw new UsageError('JSON Lines input is UTF-8; --encoding applies to text input');
  if (opts.inputFormat === 'warc' && encoding !== 'auto') throw new UsageError('WARC records name their own charset; --encoding applies to text input');
  const model = opts.model === undefined ? undefined : path.resolve(cwd, opts.model);
  if (model !== undefined) {
    try {
      modelAt(model);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  return {
    model,
    maxSize,
    extensions,
    encoding,
    output: opts.output ? path.resolve(cwd, opts.output) : undefined,
    outDir: opts.outDir ? path.resolve(cwd, opts.outDir) : undefined,
    toStdout: !opts.output && !opts.outDir,
  };
}

/** The checks that need the number of inputs found. */
export function checkAgainstInputs(opts: CliOptions, inputCount: number): void {
  if (opts.output && inputCount > 1) throw new UsageError(`--output takes one input, but ${inputCount} were given (use --out-dir)`);
  if (opts.inputFormat !== 'text' && opts.explain) throw new UsageError(`--explain reads pages, not ${opts.inputFormat === 'warc' ? 'WARC records' : 'JSON Lines'}`);
  if (opts.skipExisting && !opts.outDir && !opts.output) throw new UsageError('--skip-existing needs --out-dir or --output');
}
