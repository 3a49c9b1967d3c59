/**
 * The kinds of work a worker thread does, as tagged jobs: cleaning pages, cleaning JSON Lines
 * documents, cleaning WARC records, writing outputs. A job holds units of one kind and gives one
 * result per unit, in order. Both sides read this file: worker.ts runs jobs with it, and the
 * pool (pool.ts) asks it what a unit gives when its worker dies and which output file it may
 * have been writing.
 */
import { errorRecord, runLine, type LineResult, type LineTask } from './jsonl.js';
import { pageCrashed, runPage, writeOutput, type PageResult, type PageTask } from './page.js';
import { recordError, runRecord, type RecordTask } from './warc-doc.js';

/** An output for a worker to write atomically (inside `within` when given). */
export interface WriteTask {
  target: string;
  within: string | undefined;
  data: string;
}

export interface UnitOf {
  pages: PageTask;
  lines: LineTask;
  records: RecordTask;
  writes: WriteTask;
}
/** writes: why the output could not be written, or null. */
export interface ResultOf {
  pages: PageResult;
  lines: LineResult;
  records: LineResult;
  writes: string | null;
}
export type JobKind = keyof UnitOf;
export type Job = { [K in JobKind]: { kind: K; units: UnitOf[K][] } }[JobKind];

/** A worker's answer to a job: the results in the order of its units, and the time it took. */
export interface JobDone {
  results: unknown[];
  ms: number;
}
/** What a worker says once it has loaded (see WorkerPool.loaded). */
export const WORKER_LOADED = 'loaded';

interface Kind<K extends JobKind> {
  run(unit: UnitOf[K]): ResultOf[K];
  /** The result of a unit whose worker died while running it: `err` is the worker's error, or its exit. */
  crashed(unit: UnitOf[K], err: Error & { code?: string }): ResultOf[K];
  /** The output file the unit writes, whose temporary file a dead worker may have left. */
  target(unit: UnitOf[K]): string | undefined;
}

const outOfMemory = (err: { code?: string }) => err.code === 'ERR_WORKER_OUT_OF_MEMORY';
const documentCrashed = (err: Error & { code?: string }) =>
  outOfMemory(err) ? 'needs more memory than the JavaScript heap allows (raise it with NODE_OPTIONS=--max-old-space-size=MB)' : `internal error: ${err.message}`;

const KINDS: { [K in JobKind]: Kind<K> } = {
  pages: {
    run: (task) => runPage(task),
    crashed: (task, err) => pageCrashed(task.display, err),
    target: (task) => task.target,
  },
  lines: {
    run: runLine,
    crashed: (line, err) => errorRecord(null, line.n, documentCrashed(err)),
    target: () => undefined,
  },
  records: {
    run: runRecord,
    crashed: (record, err) => recordError(record, documentCrashed(err)),
    target: () => undefined,
  },
  writes: {
    run: (write) => writeOutput(write.target, write.data, write.within) ?? null,
    crashed: (write, err) => `cannot write '${write.target}': ${err.message}`,
    target: (write) => write.target,
  },
};

const kindOf = <K extends JobKind>(kind: K) => KINDS[kind] as Kind<K>;

/** Runs a job (in a worker thread). */
export function runJob(job: Job): unknown[] {
  const kind = kindOf(job.kind) as Kind<JobKind>;
  return job.units.map((unit) => kind.run(unit));
}

export function crashResult<K extends JobKind>(kind: K, unit: UnitOf[K], err: Error & { code?: string }): ResultOf[K] {
  return kindOf(kind).crashed(unit, err);
}

export function targetOf<K extends JobKind>(kind: K, unit: UnitOf[K]): string | undefined {
  return kindOf(kind).target(unit);
}

/** The buffers a job's message moves to the worker rather than copies: bytes read from standard input, so that a big input is held once. */
export function movableOf(job: Job): ArrayBuffer[] {
  if (job.kind !== 'pages') return [];
  const buffers: ArrayBuffer[] = [];
  for (const { bytes } of job.units) {
    if (bytes !== undefined && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) buffers.push(bytes.buffer);
  }
  return buffers;
}
