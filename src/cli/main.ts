/**
 * The CLI: parse arguments, resolve inputs, clean each one, write the results, report.
 * IO lives here and in inputs.ts/output.ts; the cleaning itself is the pure library.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import type { Format } from '../render/index.js';
import { CliError, describeSystemError, EXIT, InputError } from './errors.js';
import { resolveInputs, STDIN, type Input } from './inputs.js';
import { needsIsolation, runIsolated, workerFailure } from './isolate.js';
import { cleanJsonLines, SharedLinePool, type JsonlJobs } from './jsonl.js';
import { diskView, openAtomic, removeTemporaries, writeFileAtomic, type AtomicFile } from './output.js';
import { planOutputs } from './plan.js';
import { checkAgainstInputs, checkOptions } from './settings.js';
import { summarize, Tally } from './summary.js';
import { inputSize, runPage, type PageResult, type PageTask } from './page.js';
import { WorkerPool } from './pool.js';
import { OutputWriter } from './writer.js';
import { createProgram, type CliOptions } from './program.js';
import { loadPalette, PLAIN } from './palette.js';
import { createProgress, type Progress } from './progress.js';
import { createReporter, useColor, type Reporter } from './reporter.js';

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Below this many inputs, starting worker threads costs more than it saves... */
const MIN_PARALLEL_INPUTS = 8;
/** ...and by default, below this many bytes of input (see estimatedBytes). */
const MIN_PARALLEL_BYTES = 20_000_000;
/** Inputs whose sizes are looked up to estimate a batch's size. */
const SIZE_SAMPLE = 64;

/** The size of the inputs, estimated from a sample of them spread over the list (files that cannot be read count 0). */
function estimatedBytes(inputs: readonly Input[]): number {
  const step = Math.max(1, inputs.length / SIZE_SAMPLE);
  let sum = 0;
  let looked = 0;
  for (let k = 0; k < inputs.length; k += step, looked++) {
    const input = inputs[Math.floor(k)]!;
    if (input.kind !== 'file') continue;
    try {
      sum += fs.statSync(input.path).size;
    } catch {
      // reported when the page is read
    }
  }
  return looked === 0 ? 0 : (sum / looked) * inputs.length;
}
/** Pages started per worker ahead of the one whose result is next in input order... */
const IN_FLIGHT_PER_JOB = 4;
/** ...and when the workers write the outputs, so that their results are small (room for their batches, see pool.ts). */
const IN_FLIGHT_PER_JOB_WRITING = 1024;
/**
 * Pages one job cleans ahead of the one whose output the writer thread is writing (see
 * writer.ts), as long as their outputs waiting to be written hold fewer characters than this.
 */
const WRITE_AHEAD = 256;
const WRITE_AHEAD_CHARS = 16 * 1024 * 1024;
/** The batch loop lets the event loop run (signals, the progress bar) at least this often, in ms... */
const YIELD_EVERY_MS = 50;
/** ...and this often while the main thread cleans pages beside the workers, so that it hears their results. */
const HELP_YIELD_EVERY_MS = 2;

/** The run in progress, for `interrupt`. */
const current: { progress: Progress | null; stderr: NodeJS.WritableStream | null; pool: WorkerPool | null; writer: OutputWriter | null } = {
  progress: null,
  stderr: null,
  pool: null,
  writer: null,
};

/**
 * Ctrl-C or SIGTERM: removes the temporary files of outputs being written (outputs already in
 * place are complete), restores the terminal, says so on stderr, and returns the exit code
 * (130 or 143). The launcher installs it and exits with the code.
 */
export function interrupt(signal: 'SIGINT' | 'SIGTERM'): number {
  current.pool?.stopWriting();
  current.writer?.stopWriting();
  removeTemporaries();
  try {
    current.progress?.abort();
    (current.stderr ?? process.stderr).write(`article-cleaner: error: interrupted (${signal}); outputs already written are complete; run again with --skip-existing to finish\n`);
  } catch {
    // stderr may be gone too
  }
  return signal === 'SIGINT' ? EXIT.SIGINT : EXIT.SIGTERM;
}

export { describeSystemError };

// process.stdin is made when first asked for (a stream over a file, a pipe or a terminal, a few
// milliseconds of a short run): only a run that reads standard input asks.
const defaultIo = (): Io => ({
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

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

function writeOrFail(file: string, data: string, within: string | undefined): void {
  try {
    writeFileAtomic(file, data, within);
  } catch (err) {
    throw new InputError(`cannot write '${file}': ${describeSystemError(err)}`);
  }
}

/** JSON Lines input, streamed: each result line goes out (to stdout or a file put in place at the end) as soon as it is made. */
async function cleanJsonlInput(input: Input, target: string | null, io: Io, maxSize: number, reporter: Reporter, within: string | undefined, parallel: JsonlJobs) {
  let file: AtomicFile | null = null;
  try {
    if (target) file = openAtomic(target, within);
  } catch (err) {
    throw new InputError(`cannot write '${target}': ${describeSystemError(err)}`);
  }
  // A failed write (a full disk) is reported as such, not as a failed read.
  const writing = (step: () => void) => {
    try {
      step();
    } catch (err) {
      throw new InputError(`cannot write '${target}': ${describeSystemError(err)}`);
    }
  };
  try {
    const r = await cleanJsonLines(input, io, maxSize, reporter, (line) => (file ? writing(() => file!.write(line)) : writeOut(io.stdout, line)), parallel);
    if (file) writing(() => file!.commit());
    return r;
  } catch (err) {
    try {
      file?.abort();
    } catch {
      // the temporary file is gone already
    }
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
  const opts = program.opts<CliOptions>();
  opts.jobsGiven = program.getOptionValueSource('jobs') !== 'default';
  return { args: program.args, opts };
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
  // The summary's time is the whole run's: finding the inputs (a folder of a million files takes
  // seconds to list and sort) as well as cleaning them.
  const started = Date.now();
  const settings = checkOptions(opts, io.cwd);
  const { maxSize, encoding, toStdout } = settings;
  const tally = new Tally();
  const fail = (name: string) => tally.fail(name);

  let inputs: Input[];
  if (args.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(createProgram('').helpInformation());
      return EXIT.USAGE;
    }
    inputs = [STDIN];
  } else {
    const resolved = resolveInputs(args, { cwd: io.cwd, extensions: settings.extensions });
    for (const p of resolved.problems) reporter.error(p.message);
    if (resolved.inputs.length === 0) return EXIT.USAGE;
    for (const p of resolved.problems) fail(p.arg);
    inputs = resolved.inputs;
  }
  checkAgainstInputs(opts, inputs.length);

  const format = opts.format as Format;
  const several = inputs.length > 1;
  const within = settings.outDir;
  const jsonlInput = opts.inputFormat === 'jsonl';
  // Plan: where each result goes, decided before any reading so that --skip-existing costs nothing.
  const steps = planOutputs(
    inputs,
    { output: settings.output, outDir: settings.outDir, format: jsonlInput ? 'json' : format, extension: jsonlInput ? '.jsonl' : undefined, skipExisting: opts.skipExisting },
    diskView(inputs),
  );
  const planned: { input: Input; target: string | null }[] = [];
  for (const step of steps) {
    if (step.action === 'clean') planned.push({ input: step.input, target: step.target });
    else if (step.action === 'skip') {
      tally.skipped++;
      reporter.verbose(`${step.input.display}: ${path.relative(io.cwd, step.target) || step.target} exists, skipped`);
    } else {
      reporter.error(step.message);
      fail(step.input.display);
    }
  }

  // Run: pages in worker threads when there are several and more than one job; results are
  // written in input order, with a bounded number of pages in flight. The main thread is one
  // of the jobs: it cleans pages beside jobs - 1 workers (see help). With one job, a thread
  // of its own writes the outputs of a folder.
  const batch = opts.inputFormat === 'text' && planned.length >= MIN_PARALLEL_INPUTS;
  // A worker thread compiles the cleaner for itself before it cleans at full speed, which
  // takes about as long as cleaning a few megabytes and keeps a core busy meanwhile: unless
  // --jobs says otherwise, a batch too small to pay for that is cleaned by the main thread alone.
  const jobs = opts.jobsGiven || !batch || estimatedBytes(planned.map((p) => p.input)) >= MIN_PARALLEL_BYTES ? opts.jobs : 1;
  if (batch) reporter.verbose(`${planned.length} pages, ${jobs} job${jobs === 1 ? '' : 's'}${jobs < opts.jobs ? ` (a batch under ${MIN_PARALLEL_BYTES / 1e6} MB)` : ''}`);
  const pool = batch && !opts.explain && jobs > 1 ? new WorkerPool(Math.min(jobs - 1, planned.length)) : null;
  const writer = batch && !pool && !toStdout ? new OutputWriter() : null;
  const window = pool ? jobs * (toStdout ? IN_FLIGHT_PER_JOB : IN_FLIGHT_PER_JOB_WRITING) : writer ? WRITE_AHEAD : 1;
  /** The task of a page; with a target, the result is written where the page is cleaned. */
  const taskOf = (input: Input, target: string | null, bytes?: Uint8Array): PageTask => {
    const task: PageTask = {
      display: input.display,
      maxSize,
      format,
      frontMatter: opts.frontMatter,
      jsonLine: toStdout && several && format === 'json',
      explain: opts.explain,
    };
    if (encoding !== 'auto') task.encoding = encoding;
    if (input.kind === 'file') task.path = input.path;
    if (bytes) task.bytes = bytes;
    if (target) {
      task.target = target;
      if (within !== undefined) task.within = within;
    }
    return task;
  };
  const palette = opts.explain ? await loadPalette(useColor(io.stdout, io.env)) : PLAIN;
  const failure = (err: unknown): PageResult => ({ empty: false, blank: false, bytes: 0, error: err instanceof Error ? err.message : String(err) });
  // Without the pool, a big input runs in a worker of its own, so that running out of memory
  // fails that input rather than the process; its result is written here.
  const cleanPage = async (input: Input, target: string | null): Promise<PageResult> => {
    if (input.kind === 'stdin') {
      let bytes: Uint8Array;
      try {
        bytes = await readStream(io.stdin, maxSize);
      } catch (err) {
        return failure(err);
      }
      return needsIsolation(bytes.length) ? runIsolated(taskOf(input, null, bytes)) : runPage(taskOf(input, target, bytes), palette);
    }
    if (pool) return pool.run(taskOf(input, target)).catch((err: unknown) => workerFailure(input.display, err));
    let size: number;
    try {
      size = inputSize(input.path, input.display, maxSize);
    } catch (err) {
      return failure(err);
    }
    if (needsIsolation(size)) return runIsolated(taskOf(input, null));
    const task = taskOf(input, writer ? null : target);
    task.size = size;
    return runPage(task, palette);
  };
  /** Cleans a page (at once when it is the main thread's) and writes its output, or has it written. */
  const start = async (input: Input, target: string | null): Promise<PageResult> => {
    const r = await cleanPage(input, target);
    if (!writer || !target || r.data === undefined || r.error !== undefined) return r;
    const problem = await writer.write({ target, within, data: r.data });
    delete r.data;
    if (problem === undefined) r.written = true;
    else r.writeError = problem;
    return r;
  };

  let first = true;
  const results = new Map<number, Promise<PageResult>>();
  /** The pages whose results are in. */
  const finished = new Set<number>();
  /** Pages started so far. */
  let next = 0;
  const startNext = () => {
    const page = next++;
    results.set(page, start(planned[page]!.input, planned[page]!.target).finally(() => finished.add(page)));
  };
  // The main thread's own time per byte so far, to tell how long it will be busy with a page.
  let ownMs = 0;
  let ownBytes = 0;
  let lastTurn = Date.now();
  /** Pages the main thread may take from the pool's queue: those it can hold (isolated ones go to workers). */
  const canTake = (task: PageTask) => {
    if (task.size === undefined) {
      try {
        task.size = inputSize(task.path!, task.display, maxSize);
      } catch {
        return true; // runPage reports it
      }
    }
    return !needsIsolation(task.size);
  };
  /**
   * While page i is not done, the main thread cleans further pages rather than wait: those
   * queued for the workers (before each, the workers are given enough work to last while it is
   * cleaned), or with one job the next ones, while the writer writes. Every few ms the event
   * loop turns, so that the other threads are heard.
   */
  const help = async (i: number) => {
    while (!finished.has(i)) {
      if (pool) {
        const job = pool.take(canTake);
        if (!job) return;
        const size = job.task.size ?? 0;
        pool.feed(ownBytes > 0 ? (ownMs / ownBytes) * size : 0);
        const t0 = performance.now();
        job.done(runPage(job.task, palette));
        ownMs += performance.now() - t0;
        ownBytes += size;
      } else if (next < Math.min(planned.length, i + window) && writer!.pending < WRITE_AHEAD_CHARS) startNext();
      else return;
      if (Date.now() - lastTurn >= HELP_YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastTurn = Date.now();
      }
    }
  };
  // JSON Lines: an input's lines go to worker threads (shared by the inputs) when --jobs asks
  // for them, else once it has proved big enough to pay for their start, as a batch must.
  const linePool = opts.inputFormat === 'jsonl' && opts.jobs > 1 ? new SharedLinePool(opts.jobs) : null;
  const linesParallel: JsonlJobs = { pool: linePool ? linePool.get : null, fromBytes: opts.jobsGiven ? 0 : MIN_PARALLEL_BYTES };
  const progress = createProgress({ total: planned.length, stream: io.stderr, enabled: !opts.quiet && !opts.explain });
  current.progress = progress;
  current.stderr = io.stderr;
  current.pool = pool;
  current.writer = writer;
  if (progress.active) reporter.route((line) => progress.log(line));
  let lastYield = Date.now();
  try {
    for (let i = 0; i < planned.length; i++) {
      // Cleaning runs synchronously between awaits that resolve at once: let the event loop
      // turn now and then, so that Ctrl-C is handled between pages.
      if (Date.now() - lastYield >= YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = Date.now();
      }
      progress.update(i);
      const { input, target } = planned[i]!;
      if (opts.inputFormat === 'jsonl') {
        try {
          const r = await cleanJsonlInput(input, target, io, maxSize, reporter, within, linesParallel);
          first = false;
          tally.bytes += r.bytes;
          if (r.errors > 0) throw new InputError(`'${input.display}': ${r.errors} of ${r.records + r.errors} lines could not be cleaned (their error records are in the output)`);
          if (r.records === 0) tally.empty++;
          else tally.ok++;
        } catch (err) {
          if (!(err instanceof CliError)) throw err;
          reporter.error(err.message);
          fail(input.display);
        }
        continue;
      }
      // Pages for the workers are only queued: all of the window at once. The main thread's
      // own are cleaned as they start: page i, then more in help.
      while (next < Math.min(planned.length, i + (pool ? window : 1))) startNext();
      if (pool || writer) await help(i);
      let r: PageResult;
      try {
        r = await results.get(i)!;
      } catch (err) {
        r = workerFailure(input.display, err);
      }
      results.delete(i);
      finished.delete(i);
      tally.bytes += r.bytes;
      if (r.error !== undefined || (r.data === undefined && !r.written && r.writeError === undefined)) {
        reporter.error(r.error ?? `no result for '${input.display}'`);
        fail(input.display);
        continue;
      }
      if (r.decoding) reporter.verbose(`${input.display}: ${r.decoding}`);
      for (const w of r.warnings ?? []) reporter.warn(w);
      if (r.blank) reporter.warn(`'${input.display}' is empty`);
      else if (r.empty) reporter.warn(`'${input.display}': no article found`);
      try {
        if (target) {
          // Written where the page was cleaned, or else here.
          if (r.writeError !== undefined) throw new InputError(r.writeError);
          if (!r.written) writeOrFail(target, r.data!, within);
          if (opts.verbose) reporter.verbose(`${input.display} -> ${path.relative(io.cwd, target) || target}`);
        } else {
          // Several Markdown or text documents follow one another, separated by a blank line
          // (Markdown: each opens with its own front matter) or a form feed (text).
          const sep = first || format === 'json' || opts.explain ? '' : format === 'text' ? '\f\n' : '\n';
          await writeOut(io.stdout, sep + r.data!);
        }
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        reporter.error(err.message);
        fail(input.display);
        continue;
      }
      first = false;
      if (r.empty) tally.empty++;
      else tally.ok++;
    }
  } finally {
    progress.stop();
    current.progress = null;
    current.pool = null;
    current.writer = null;
    reporter.route(null);
    await pool?.close();
    await writer?.close();
    await linePool?.close();
  }

  return summarize(tally, { started, several, outDir: opts.outDir, failOnEmpty: opts.failOnEmpty }, reporter);
}
