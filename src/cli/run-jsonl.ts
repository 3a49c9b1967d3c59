/**
 * The JSON Lines runner (--input-format jsonl, and warc: see warc-input.ts): takes the planned
 * inputs; each input's lines (or WARC records) are cleaned as they are read and their result
 * lines go out in input order as soon as they are made, to stdout or to an output file put in place at the end; each input is counted in
 * the tally. A line that cannot be cleaned gives an error record, not a crash.
 *
 * In one thread, memory holds one line at a time. With --jobs, once an input has proved big
 * enough to pay for their start (from its first line when --jobs is given), its lines go to a
 * pool of worker threads shared by the run's inputs, while this thread reads and writes; a
 * bounded number of bytes of lines is in flight.
 */
import fs from 'node:fs';
import { LINE_BYTES_IN_FLIGHT_PER_WORKER, MIN_PARALLEL_BYTES } from './constants.js';
import type { RunContext } from './context.js';
import { CliError, describeSystemError, InputError } from './errors.js';
import { forEachInput } from './input-loop.js';
import type { Input } from './inputs.js';
import type { UnitOf } from './jobs.js';
import { runLine, type LineResult, type LineTask } from './jsonl.js';
import { readLines } from './line-reader.js';
import { openAtomic, type AtomicFile } from './output.js';
import { WorkerPool } from './pool.js';
import { writeOut } from './stdio.js';
import { runRecord } from './warc-doc.js';
import { warcDocuments } from './warc-input.js';

interface LinesCleaned {
  records: number;
  errors: number;
  bytes: number;
  /** What a document is called in messages: "line", or "record" for WARC. */
  noun: string;
}

/** Where an input's lines may be cleaned besides this thread. */
interface LineWorkers {
  /** The pool, started on first use; null: this thread alone. */
  pool: (() => WorkerPool) | null;
  /** Lines go to the pool once this many bytes of an input have been read. */
  fromBytes: number;
}

export async function runJsonl(planned: readonly { input: Input; target: string | null }[], run: RunContext): Promise<void> {
  const { opts, reporter, tally } = run;
  const started: { pool: WorkerPool | null } = { pool: null };
  const workers: LineWorkers = { pool: opts.jobs > 1 ? () => (started.pool ??= new WorkerPool(opts.jobs)) : null, fromBytes: opts.jobsGiven ? 0 : MIN_PARALLEL_BYTES };
  try {
    await forEachInput(planned.length, run.progress, async (i) => {
      const { input, target } = planned[i]!;
      try {
        const r = await cleanInto(input, target, run, workers);
        tally.bytes += r.bytes;
        if (r.errors > 0) throw new InputError(`'${input.display}': ${r.errors} of ${r.records + r.errors} ${r.noun}s could not be cleaned (their error records are in the output)`);
        if (target) tally.written++;
        if (r.records === 0) tally.addEmpty(input.display);
        else tally.ok++;
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        reporter.error(err.message);
        tally.fail(input.display);
      }
    });
  } finally {
    await started.pool?.close();
  }
}

/** Cleans one input into its target (stdout when null); a failed write (a full disk) is reported as such, not as a failed read. */
async function cleanInto(input: Input, target: string | null, run: RunContext, workers: LineWorkers): Promise<LinesCleaned> {
  const cannotWrite = (err: unknown) => new InputError(`cannot write '${target}': ${describeSystemError(err)}`);
  let file: AtomicFile | null = null;
  try {
    if (target) file = openAtomic(target, run.settings.outDir);
  } catch (err) {
    throw cannotWrite(err);
  }
  const writing = (step: () => void) => {
    try {
      step();
    } catch (err) {
      throw cannotWrite(err);
    }
  };
  try {
    const r = await cleanLines(input, run, (line) => (file ? writing(() => file!.write(line)) : writeOut(run.io.stdout, line)), workers);
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

/** One document of an input: the kind of job that cleans it, its number in the input, its size, its task. */
export type Document = { [K in 'lines' | 'records']: { kind: K; n: number; bytes: number; unit: UnitOf[K] } }['lines' | 'records'];

/** The documents of one input (its lines, or with --input-format warc its records), read as a stream. */
function documentsOf(input: Input, run: RunContext): { documents: AsyncIterable<Document>; noun: string } {
  const stream = input.kind === 'stdin' ? run.io.stdin : fs.createReadStream(input.path);
  if (run.opts.inputFormat === 'warc') return { documents: warcDocuments(stream, input, run), noun: 'record' };
  return { documents: lineDocuments(stream, input, run.settings.maxSize, run.settings.model), noun: 'line' };
}

/** The lines of a JSON Lines input; blank lines are skipped. */
async function* lineDocuments(stream: NodeJS.ReadableStream, input: Input, maxSize: number, model: string | undefined): AsyncGenerator<Document> {
  let n = 0;
  for await (const raw of readLines(stream, maxSize, input.kind === 'stdin' ? 'standard input' : input.display)) {
    n++;
    let task: LineTask;
    if (raw.text === null) task = { n, problem: raw.problem, source: input.display, maxSize, ...(model === undefined ? {} : { model }) };
    else {
      const text = raw.text.replace(/^\uFEFF/, '').trim();
      if (text === '') continue;
      task = { n, text, source: input.display, maxSize, ...(model === undefined ? {} : { model }) };
    }
    yield { kind: 'lines', n, bytes: raw.bytes + 1, unit: task };
  }
}

/** Cleans every document of one input and hands each result line to `emit`, in input order. */
async function cleanLines(input: Input, run: RunContext, emit: (line: string) => Promise<void> | void, workers: LineWorkers): Promise<LinesCleaned> {
  const { reporter } = run;
  const { documents, noun } = documentsOf(input, run);
  const counts: LinesCleaned = { records: 0, errors: 0, bytes: 0, noun };
  const put = async (n: number, r: LineResult) => {
    await emit(`${r.out}\n`);
    if (r.ok) counts.records++;
    else {
      counts.errors++;
      reporter.warn(`'${input.display}' ${noun} ${n}: ${r.error}`);
    }
  };
  let pool: WorkerPool | null = null;
  /** Documents sent to the pool, oldest first, with their size. */
  const inFlight: { n: number; bytes: number; result: Promise<LineResult> }[] = [];
  let bytesInFlight = 0;
  const putOldest = async () => {
    const oldest = inFlight.shift()!;
    bytesInFlight -= oldest.bytes;
    await put(oldest.n, await oldest.result);
  };
  for await (const doc of documents) {
    const { n, bytes } = doc;
    counts.bytes += bytes;
    if (!pool && workers.pool && counts.bytes >= workers.fromBytes) {
      pool = workers.pool();
      reporter.verbose(`'${input.display}': from ${noun} ${n} on, in ${pool.size} worker threads`);
    }
    if (!pool) {
      await put(n, doc.kind === 'lines' ? runLine(doc.unit) : runRecord(doc.unit));
      continue;
    }
    inFlight.push({ n, bytes, result: doc.kind === 'lines' ? pool.run('lines', doc.unit) : pool.run('records', doc.unit) });
    bytesInFlight += bytes;
    while (bytesInFlight >= pool.size * LINE_BYTES_IN_FLIGHT_PER_WORKER) await putOldest();
  }
  while (inFlight.length > 0) await putOldest();
  return counts;
}
