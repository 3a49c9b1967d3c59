/**
 * The batch runner's numbers, in one place: when worker threads pay for themselves, how work
 * is batched and bounded, how long an interrupted run waits. Sizes are in bytes or characters
 * as named, times in milliseconds.
 */

/** Below this many inputs, starting worker threads costs more than it saves... */
export const MIN_PARALLEL_INPUTS = 8;
/**
 * ...and, unless --jobs is given, below this many bytes: of a batch (estimated), or read so
 * far of one JSON Lines input. A worker thread first compiles the cleaner for itself, which
 * takes about as long as cleaning a few megabytes and keeps a core busy meanwhile.
 */
export const MIN_PARALLEL_BYTES = 20_000_000;
/** Inputs whose sizes are looked up to estimate a batch's size. */
export const SIZE_SAMPLE = 64;

/** Pages started per job ahead of the one whose result is next in input order... */
export const IN_FLIGHT_PER_JOB = 4;
/** ...and when the workers write the outputs, so that their results are small (room for their batches). */
export const IN_FLIGHT_PER_JOB_WRITING = 1024;
/**
 * With one job, pages cleaned ahead of the one whose output the write-behind thread is
 * writing, as long as their outputs waiting to be written hold fewer characters than this.
 */
export const WRITE_AHEAD = 256;
export const WRITE_AHEAD_CHARS = 16 * 1024 * 1024;

/** The batch loop lets the event loop run (signals, the progress bar) at least this often... */
export const YIELD_EVERY_MS = 50;
/** ...and this often while the main thread cleans pages beside the workers, so that it hears their results. */
export const HELP_YIELD_EVERY_MS = 2;

/** Failed inputs named in the closing summary; the rest are counted. */
export const SUMMARY_FAILED_NAMES = 10;

/**
 * Jobs a worker holds at once (more while the main thread cleans a long page, see
 * WorkerPool.feed): the one it runs and the next, so that it goes on without waiting for the
 * main thread to hear of the last one.
 */
export const JOBS_PER_WORKER = 2;
/**
 * A message between threads costs more than cleaning a short page (on a virtual machine above
 * all, where waking a thread is slow): units go to a worker in jobs sized to take about this
 * long, from the worker's time per unit so far...
 */
export const JOB_MS = 10;
/** ...with at most this many units of each kind (and at most a share of the queue, so that the end of a run is shared out). */
export const MAX_UNITS_PER_JOB = { pages: 64, lines: 1024, records: 1024, writes: 64 } as const;
/** How long an interrupted run waits for the outputs being written by worker threads to be put in place. */
export const STOP_WAIT_MS = 5000;

/** Inputs from this size on are cleaned in a worker thread of their own (smaller ones cannot exhaust the heap)... */
export const ISOLATE_BYTES = 4 * 1024 * 1024;
/** ...or from this share of the heap limit on, when the heap is small (NODE_OPTIONS=--max-old-space-size). */
export const ISOLATE_HEAP_SHARE = 1 / 1000;

/** JSON Lines in worker threads: bytes of lines in flight per worker (queued, being cleaned, or cleaned and waiting for their turn). */
export const LINE_BYTES_IN_FLIGHT_PER_WORKER = 512 * 1024;
/** --ext's default: the extensions of the text files read from folders. */
export const DEFAULT_EXT = 'txt,text';
/** The files read from folders with --input-format warc when --ext is not given. */
export const WARC_EXT = 'warc,warc.gz,wet,wet.gz';
