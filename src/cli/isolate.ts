/**
 * Big inputs run in a worker thread of their own: if cleaning one needs more memory than the
 * JavaScript heap allows, that worker stops with ERR_WORKER_OUT_OF_MEMORY and the input fails
 * with a clear message, instead of the whole process dying.
 */
import v8 from 'node:v8';
import { loadWorker } from './pool.js';
import type { PageResult, PageTask } from './page.js';
import type { BatchMessage, BatchResults } from './pool.js';

/** Inputs from this size on run isolated (smaller ones cannot exhaust the heap). */
const ISOLATE_BYTES = 4 * 1024 * 1024;
/** ...or from this share of the heap limit on, when the heap is small (NODE_OPTIONS=--max-old-space-size). */
const ISOLATE_HEAP_SHARE = 1 / 1000;

let threshold: number | null = null;

/** Whether an input of this many bytes runs in a worker of its own. */
export function needsIsolation(bytes: number): boolean {
  threshold ??= Math.min(ISOLATE_BYTES, v8.getHeapStatistics().heap_size_limit * ISOLATE_HEAP_SHARE);
  return bytes >= threshold;
}

/** The one-line message for a worker that failed while cleaning `display`. */
export function workerFailure(display: string, err: unknown): PageResult {
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

/** One isolated page at a time: two huge inputs at once would need twice the memory. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs one page in a new worker thread; never rejects. */
export function runIsolated(task: PageTask): Promise<PageResult> {
  const run = queue.then(
    () =>
      new Promise<PageResult>((resolve) => {
        const worker = new (loadWorker())(new URL('./worker.js', import.meta.url));
        let settled = false;
        const finish = (r: PageResult) => {
          if (settled) return;
          settled = true;
          resolve(r);
          void worker.terminate();
        };
        worker.once('message', (m: BatchResults) => finish(m.results[0]!));
        worker.once('error', (err) => finish(workerFailure(task.display, err)));
        worker.once('exit', (code) => finish(workerFailure(task.display, new Error(`worker stopped with exit code ${code}`))));
        const message: BatchMessage = { tasks: [{ id: 0, task }] };
        // Bytes read from standard input move to the worker rather than being copied: a big input is held once.
        const bytes = task.bytes;
        const movable = bytes !== undefined && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
        worker.postMessage(message, movable ? [bytes.buffer as ArrayBuffer] : []);
      }),
  );
  queue = run;
  return run;
}
