/**
 * The CLI: takes the command line, gives the exit code. Parses the arguments, checks the options
 * (settings.ts), finds the inputs (inputs.ts), plans where each result goes (plan.ts), hands
 * the pages to the text or JSON Lines runner (run-pages.ts, run-jsonl.ts), and ends with the
 * summary (summary.ts). The cleaning itself is the pure library.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import type { Io, RunContext } from './context.js';
import { CliError, describeSystemError, EXIT } from './errors.js';
import { resolveInputs, STDIN, type Input } from './inputs.js';
import { currentRun, interrupt } from './interrupt.js';
import { diskView } from './output.js';
import { loadPalette } from './palette.js';
import { planOutputs } from './plan.js';
import { createProgram, defaultJobs, type CliOptions } from './program.js';
import { createProgress } from './progress.js';
import { createReporter, useColor, type Reporter } from './reporter.js';
import { runJsonl } from './run-jsonl.js';
import { runPages } from './run-pages.js';
import type { PlannedPage } from './schedule.js';
import { checkAgainstInputs, checkOptions } from './settings.js';
import { summarize, Tally } from './summary.js';

export type { Io };
export { describeSystemError, interrupt };

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
  // Flags and --jobs have no commander default, so that --help shows none ("(default: false)"
  // says nothing; the default of --jobs depends on the batch): they are filled in here.
  for (const flag of ['explain', 'skipExisting', 'failOnEmpty', 'quiet', 'verbose'] as const) opts[flag] ??= false;
  opts.jobsGiven = opts.jobs !== undefined;
  opts.jobs ??= defaultJobs();
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
  const tally = new Tally();
  const inputs = findInputs(args, settings.extensions, io, reporter, tally);
  if (typeof inputs === 'number') return inputs;
  checkAgainstInputs(opts, inputs.length);

  // WARC input gives JSON Lines too, through the same runner.
  const jsonl = opts.inputFormat !== 'text';
  const steps = planOutputs(
    inputs,
    { output: settings.output, outDir: settings.outDir, format: jsonl ? 'json' : opts.format, extension: outputExtension(opts), skipExisting: opts.skipExisting },
    diskView(inputs),
  );
  const planned: PlannedPage[] = [];
  for (const step of steps) {
    if (step.action === 'clean') planned.push({ input: step.input, target: step.target });
    else if (step.action === 'skip') {
      tally.skipped++;
      reporter.verbose(`${step.input.display}: ${path.relative(io.cwd, step.target) || step.target} exists, skipped`);
    } else {
      reporter.error(step.message);
      tally.fail(step.input.display);
    }
  }

  const progress = createProgress({ total: planned.length, stream: io.stderr, enabled: !opts.quiet && !opts.explain });
  const run: RunContext = { io, opts, settings, reporter, progress, tally, several: inputs.length > 1 };
  currentRun.progress = progress;
  currentRun.stderr = io.stderr;
  if (progress.active) reporter.route((line) => progress.log(line));
  try {
    await (jsonl ? runJsonl(planned, run) : runPages(planned, run));
  } finally {
    progress.stop();
    currentRun.progress = null;
    reporter.route(null);
  }
  return summarize(tally, { started, several: run.several, outDir: opts.outDir, failOnEmpty: opts.failOnEmpty }, reporter);
}

/** The ending of the files written under --out-dir when the format's own would mislead: an explanation is no cleaned page. */
function outputExtension(opts: CliOptions): string | undefined {
  if (opts.inputFormat === 'jsonl') return '.jsonl';
  if (opts.explain) return opts.format === 'json' || opts.format === 'jsonl' ? '.explain.json' : '.explain.txt';
  return undefined;
}

/** The inputs the arguments name (standard input when none); problems are reported and counted. A number: the run ends with this exit code. */
function findInputs(args: string[], extensions: string[], io: Io, reporter: Reporter, tally: Tally): Input[] | number {
  if (args.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(createProgram('').helpInformation());
      return EXIT.USAGE;
    }
    return [STDIN];
  }
  const resolved = resolveInputs(args, { cwd: io.cwd, extensions });
  for (const p of resolved.problems) reporter.error(p.message);
  for (const w of resolved.warnings) reporter.warn(w);
  // A missing input is a failed input (exit 1), even when it is the only one; 2 is for usage errors.
  if (resolved.inputs.length === 0) return EXIT.FAILED;
  for (const p of resolved.problems) tally.fail(p.arg);
  return resolved.inputs;
}
