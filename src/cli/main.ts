/**
 * The CLI: parse arguments, resolve inputs, clean each one, write the results, report.
 * IO lives here and in inputs.ts/output.ts; the cleaning itself is the pure library.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import type { Format } from '../render/index.js';
import { parseSize } from './decode.js';
import { CliError, describeSystemError, EXIT, InputError, UsageError } from './errors.js';
import { parseExtensions, resolveInputs, STDIN, type Input } from './inputs.js';
import { cleanJsonLines } from './jsonl.js';
import { openAtomic, outputPathFor, realOrResolved, temporaryFor, type AtomicFile } from './output.js';
import { runPage, type PageResult, type PageTask } from './page.js';
import type { WorkerPool } from './pool.js';
import { createProgram, type CliOptions } from './program.js';
import { loadPalette, PLAIN } from './palette.js';
import { createProgress } from './progress.js';
import { createReporter, useColor, type Reporter } from './reporter.js';

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Below this many inputs, starting worker threads costs more than it saves. */
const MIN_PARALLEL_INPUTS = 8;
/**
 * Pages started per worker ahead of the one whose result is next in input order (results are
 * small: the workers write the outputs).
 */
const IN_FLIGHT_PER_JOB = 16;

const defaultIo = (): Io => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });

function packageVersion(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.resolve(here, rel), 'utf8'));
      if (pkg.name === 'article-cleaner') return String(pkg.version);
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > limit) throw new InputError(`standard input is larger than --max-size (${limit} bytes)`);
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    // A closed or missing stdin (as in CI) reads as empty.
    if ((err as NodeJS.ErrnoException).code === 'EBADF' || (err as NodeJS.ErrnoException).code === 'EAGAIN') return new Uint8Array();
    throw new InputError(`cannot read standard input: ${describeSystemError(err)}`);
  }
  return Buffer.concat(chunks);
}

/**
 * JSON Lines input, streamed: each result line goes out (to stdout or a file put in place at
 * the end) as soon as it is made. `opened` hears of the file being written, if any.
 */
async function cleanJsonlInput(input: Input, target: string | null, io: Io, maxSize: number, reporter: Reporter, opened: (file: AtomicFile) => void) {
  let file: AtomicFile | null = null;
  try {
    if (target) opened((file = openAtomic(target)));
  } catch (err) {
    throw new InputError(`cannot write '${target}': ${describeSystemError(err)}`);
  }
  try {
    const r = await cleanJsonLines(input, io, maxSize, reporter, (line) => (file ? file.write(line) : writeOut(io.stdout, line)));
    file?.commit();
    return r;
  } catch (err) {
    file?.abort();
    throw err instanceof CliError ? err : new InputError(`cannot read '${input.display}': ${describeSystemError(err)}`);
  }
}

/** Writes to stdout, waiting when the pipe is full so memory stays bounded. */
function writeOut(stream: NodeJS.WritableStream, data: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(data)) resolve();
    else stream.once('drain', () => resolve());
  });
}

interface Tally {
  ok: number;
  empty: number;
  failed: number;
  skipped: number;
  bytes: number;
}

function parseArgs(argv: string[], io: Io, version: string): { args: string[]; opts: CliOptions } | number {
  const program = createProgram(version);
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    outputError: (s, write) => write(`article-cleaner: ${s.replace(/^error: /, 'error: ').trim()}\n`),
  });
  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    throw err;
  }
  return { args: program.args, opts: program.opts<CliOptions>() };
}

/** Runs the CLI; returns the exit code (and sets process.exitCode when run for real). */
export async function run(argv: string[] = process.argv, io: Io = defaultIo()): Promise<number> {
  const version = packageVersion();
  const parsed = parseArgs(argv, io, version);
  if (typeof parsed === 'number') return parsed;
  const { args, opts } = parsed;
  const reporter = createReporter({ quiet: opts.quiet, verbose: opts.verbose, stream: io.stderr, palette: await loadPalette(useColor(io.stderr, io.env)) });
  try {
    return await runBatch(args, opts, io, reporter);
  } catch (err) {
    if (err instanceof CliError) {
      reporter.error(err.message);
      return err.exitCode;
    }
    reporter.error(`internal error: ${err instanceof Error ? err.message : String(err)}`);
    if (opts.verbose && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return EXIT.FAILED;
  }
}

async function runBatch(args: string[], opts: CliOptions, io: Io, reporter: Reporter): Promise<number> {
  const maxSize = parseSize(opts.maxSize);
  if (maxSize === null) throw new UsageError(`invalid --max-size '${opts.maxSize}' (use a number of bytes, or e.g. 500k, 50mb)`);
  const extensions = parseExtensions(opts.ext);
  if (extensions.length === 0) throw new UsageError(`invalid --ext '${opts.ext}'`);
  if (opts.output && opts.outDir) throw new UsageError('use either --output or --out-dir, not both');

  let inputs: Input[];
  let failed = 0;
  if (args.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(createProgram('').helpInformation());
      return EXIT.USAGE;
    }
    inputs = [STDIN];
  } else {
    const resolved = resolveInputs(args, { cwd: io.cwd, extensions });
    for (const p of resolved.problems) reporter.error(p.message);
    if (resolved.inputs.length === 0) return EXIT.USAGE;
    failed = resolved.problems.length;
    inputs = resolved.inputs;
  }
  if (opts.output && inputs.length > 1) throw new UsageError(`--output takes one input, but ${inputs.length} were given (use --out-dir)`);

  const format = opts.format as Format;
  if (opts.inputFormat === 'jsonl' && opts.explain) throw new UsageError('--explain reads pages, not JSON Lines');
  if (opts.skipExisting && !opts.outDir && !opts.output) throw new UsageError('--skip-existing needs --out-dir or --output');
  const toStdout = !opts.output && !opts.outDir;
  const several = inputs.length > 1;
  const inputPaths = new Set(inputs.flatMap((i) => (i.kind === 'file' ? [realOrResolved(i.path)] : [])));
  const written = new Map<string, string>();
  const tally: Tally = { ok: 0, empty: 0, failed, skipped: 0, bytes: 0 };
  const started = Date.now();
  const outputFormat: Format = opts.inputFormat === 'jsonl' ? 'json' : format;

  // Pages go to worker threads when there are several and more than one job. The workers
  // start now, so that they load while the outputs are planned.
  const jobs = opts.jobs;
  const useWorkers = opts.inputFormat === 'text' && !opts.explain && jobs > 1 && inputs.length >= MIN_PARALLEL_INPUTS;
  const pool: WorkerPool | null = useWorkers ? (await import('./pool.js')).WorkerPool.start(Math.min(jobs, inputs.length)) : null;

  // Plan: where each result goes, decided before any reading so that --skip-existing costs nothing.
  const planned: { input: Input; target: string | null }[] = [];
  for (const input of inputs) {
    if (toStdout) {
      planned.push({ input, target: null });
      continue;
    }
    const target = opts.output
      ? path.resolve(io.cwd, opts.output)
      : outputPathFor(input, path.resolve(io.cwd, opts.outDir!), outputFormat, opts.inputFormat === 'jsonl' ? '.jsonl' : undefined);
    const clash = written.get(target);
    if (inputPaths.has(realOrResolved(target))) {
      reporter.error(`refusing to overwrite input '${input.display}' with its output`);
      tally.failed++;
    } else if (clash) {
      reporter.error(`'${input.display}' and '${clash}' would both be written to '${target}'`);
      tally.failed++;
    } else if (opts.skipExisting && fs.existsSync(target)) {
      written.set(target, input.display);
      tally.skipped++;
      reporter.verbose(`${input.display}: ${path.relative(io.cwd, target) || target} exists, skipped`);
    } else {
      written.set(target, input.display);
      planned.push({ input, target });
    }
  }

  // Run: results are taken in input order, with a bounded number of pages in flight.
  const window = pool ? jobs * IN_FLIGHT_PER_JOB : 1;
  const taskOf = (input: Input, target: string | null, bytes?: Uint8Array): PageTask => {
    const task: PageTask = {
      display: input.display,
      maxSize,
      format,
      frontMatter: opts.frontMatter,
      jsonLine: toStdout && several && format === 'json',
      explain: opts.explain,
    };
    if (input.kind === 'file') task.path = input.path;
    if (bytes) task.bytes = bytes;
    if (target) task.target = target;
    return task;
  };
  const palette = opts.explain ? await loadPalette(useColor(io.stdout, io.env)) : PLAIN;
  const start = async ({ input, target }: { input: Input; target: string | null }): Promise<PageResult> => {
    if (input.kind === 'stdin') {
      try {
        return runPage(taskOf(input, target, await readStream(io.stdin, maxSize)), palette);
      } catch (err) {
        return { empty: false, blank: false, bytes: 0, error: err instanceof Error ? err.message : String(err) };
      }
    }
    if (pool) return pool.run(taskOf(input, target));
    // In this thread: let the event loop turn first, so that an interruption is heard between pages.
    await new Promise((resolve) => setImmediate(resolve));
    return runPage(taskOf(input, target), palette);
  };

  let first = true;
  const results = new Map<number, Promise<PageResult>>();
  const progress = createProgress({ total: planned.length, stream: io.stderr, enabled: !opts.quiet && !opts.explain });
  if (progress.active) reporter.route((line) => progress.log(line));
  // Interrupted (Ctrl-C, kill): stop the workers, remove the temporary files of the outputs
  // being written (every output is whole or absent), and exit; --skip-existing finishes the run.
  let jsonlFile: AtomicFile | null = null;
  const interrupt = (signal: NodeJS.Signals) => {
    void (async () => {
      progress.stop();
      await pool?.close();
      for (const j of results.keys()) {
        const target = planned[j]!.target;
        if (target) fs.rmSync(temporaryFor(target), { force: true });
      }
      jsonlFile?.abort();
      reporter.route(null);
      reporter.error(`interrupted (${signal}); run again with --skip-existing to finish`);
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
    })();
  };
  const signals: NodeJS.Signals[] = planned.length > 0 && !toStdout ? ['SIGINT', 'SIGTERM', 'SIGHUP'] : [];
  for (const signal of signals) process.once(signal, interrupt);
  try {
    for (let i = 0; i < planned.length; i++) {
      progress.update(i);
      const { input, target } = planned[i]!;
      if (opts.inputFormat === 'jsonl') {
        try {
          const r = await cleanJsonlInput(input, target, io, maxSize, reporter, (file) => (jsonlFile = file));
          jsonlFile = null;
          first = false;
          tally.bytes += r.bytes;
          if (r.errors > 0) throw new InputError(`'${input.display}': ${r.errors} of ${r.records + r.errors} lines could not be cleaned (their error records are in the output)`);
          if (r.records === 0) tally.empty++;
          else tally.ok++;
        } catch (err) {
          if (!(err instanceof CliError)) throw err;
          reporter.error(err.message);
          tally.failed++;
        }
        continue;
      }
      for (let j = i; j < Math.min(planned.length, i + window); j++) if (!results.has(j)) results.set(j, start(planned[j]!));
      let r: PageResult;
      try {
        r = await results.get(i)!;
      } catch (err) {
        r = { empty: false, blank: false, bytes: 0, error: `internal error on '${input.display}': ${err instanceof Error ? err.message : String(err)}`, internal: true };
      }
      results.delete(i);
      tally.bytes += r.bytes;
      if (r.error !== undefined || (!target && r.data === undefined)) {
        reporter.error(r.error ?? `no result for '${input.display}'`);
        tally.failed++;
        continue;
      }
      if (r.blank) reporter.warn(`'${input.display}' is empty`);
      else if (r.empty) reporter.warn(`'${input.display}': no article found`);
      try {
        // A target was written where the page was cleaned.
        if (target) reporter.verbose(`${input.display} -> ${path.relative(io.cwd, target) || target}`);
        else {
          // Several Markdown or text documents follow one another, separated by a blank line
          // (Markdown: each opens with its own front matter) or a form feed (text).
          const sep = first || format === 'json' || opts.explain ? '' : format === 'text' ? '\f\n' : '\n';
          await writeOut(io.stdout, sep + r.data!);
        }
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        reporter.error(err.message);
        tally.failed++;
        continue;
      }
      first = false;
      if (r.empty) tally.empty++;
      else tally.ok++;
    }
  } finally {
    for (const signal of signals) process.off(signal, interrupt);
    progress.stop();
    reporter.route(null);
    await pool?.close();
  }

  if (several || opts.outDir) {
    const total = tally.ok + tally.empty + tally.failed + tally.skipped;
    const where = opts.outDir ? ` (written to ${opts.outDir})` : '';
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? tally.bytes / 1e6 / seconds : 0;
    const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
    reporter.summary(
      `${total} files: ${tally.ok} ok, ${tally.empty} empty, ${tally.failed} failed${skipped} in ${seconds.toFixed(1)} s, ${rate.toFixed(1)} MB/s${where}`,
    );
  }
  if (opts.failOnEmpty && tally.empty > 0) {
    reporter.error(`${tally.empty} input${tally.empty === 1 ? '' : 's'} gave no article (--fail-on-empty)`);
    return EXIT.FAILED;
  }
  return tally.failed > 0 ? EXIT.FAILED : EXIT.OK;
}
