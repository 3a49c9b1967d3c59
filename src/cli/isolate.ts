/**
 * Big inputs are cleaned in a fresh worker thread of their own (a pool of one): takes a page
 * task, gives its result. If cleaning it needs more memory than the JavaScript heap allows,
 * that worker stops and the input fails with a clear message (see pageCrashed), instead of the
 * whole process dying.
 */
import v8 from 'node:v8';
import { ISOLATE_BYTES, ISOLATE_HEAP_SHARE } from './constants.js';
import type { PageResult, PageTask } from './page.js';
import { WorkerPool } from './pool.js';

let threshold: number | null = null;

/** Whether an input of this many bytes runs in a worker of its own. */
export function needsIsolation(bytes: number): boolean {
  threshold ??= Math.min(ISOLATE_BYTES, v8.getHeapStatistics().heap_size_limit * ISOLATE_HEAP_SHARE);
  return bytes >= threshold;
}

/** One isolated page at a time: two huge inputs at once would need twice the memory. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs one page in a new worker thread; never rejects. Bytes read from standard input move to the worker rather than being copied. */
export function runIsolated(task: PageTask): Promise<PageResult> {
  const run = queue.then(async () => {
    const alone = new WorkerPool(1);
    try {
      return await alone.run('pages', task);
    } finally {
      void alone.close();
    }
  });
  queue = run;
  return run;
}
