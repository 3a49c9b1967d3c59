/**
 * Several jobs: pages go to a pool of jobs - 1 worker threads, which write the outputs
 * themselves (only a small status comes back), and the main thread is one of the jobs: while it
 * waits for the next result, it cleans pages from the pool's queue itself, first giving the
 * workers enough to last while it does.
 */
import { IN_FLIGHT_PER_JOB, IN_FLIGHT_PER_JOB_WRITING } from './constants.js';
import { needsIsolation } from './isolate.js';
import type { PageCleaning, PageTasks } from './page-cleaning.js';
import { inputSize, type PageTask } from './page.js';
import { WorkerPool } from './pool.js';

export function besideWorkers(tasks: PageTasks, jobs: number, pages: number, toStdout: boolean, maxSize: number): PageCleaning {
  const pool = new WorkerPool(Math.min(jobs - 1, pages));
  // The main thread's own time per byte so far, to tell how long it will be busy with a page.
  let ownMs = 0;
  let ownBytes = 0;
  /** Pages the main thread may take from the queue: those it can hold (big ones go to workers, which may run out of memory alone). */
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
  return {
    // All of the window is queued at once; results are small when the workers write the outputs.
    startAhead: jobs * (toStdout ? IN_FLIGHT_PER_JOB : IN_FLIGHT_PER_JOB_WRITING),
    // Standard input is read here (and cleaned here, or alone when big).
    start: (input, target) => (input.kind === 'stdin' ? tasks.cleanHere(input, target) : pool.run('pages', tasks.taskOf(input, target))),
    help: () => {
      const job = pool.take('pages', canTake);
      if (!job) return false;
      const size = job.unit.size ?? 0;
      pool.feed(ownBytes > 0 ? (ownMs / ownBytes) * size : 0);
      const t0 = performance.now();
      job.done(tasks.runHere(job.unit));
      ownMs += performance.now() - t0;
      ownBytes += size;
      return true;
    },
    close: () => pool.close(),
  };
}
