/**
 * One job writing into a folder: the main thread cleans the pages and a worker thread (a pool
 * of one, running write jobs) writes their outputs, so that cleaning the next page does not
 * wait for the file system: making a file can cost more than cleaning a short page (on some
 * file systems up to a millisecond, for a while after many files were deleted). The outputs
 * are still written atomically, through the worker's write gate (see WriteGate).
 */
import { WRITE_AHEAD, WRITE_AHEAD_CHARS } from './constants.js';
import type { PageCleaning, PageTasks } from './page-cleaning.js';
import { writeOutput, type PageResult } from './page.js';
import { WorkerPool } from './pool.js';

export function withWriteBehind(tasks: PageTasks, within: string | undefined): PageCleaning {
  const writer = new WorkerPool(1);
  /** Characters of the outputs not yet written, to bound what is held. */
  let pending = 0;
  /** Writes an output; gives why it could not be written, if so. */
  const write = async (target: string, data: string): Promise<string | undefined> => {
    // Until the thread has loaded, the main thread writes itself rather than wait for it.
    if (!writer.loaded) return writeOutput(target, data, within);
    pending += data.length;
    const problem = await writer.run('writes', { target, within, data });
    pending -= data.length;
    return problem ?? undefined;
  };
  return {
    startAhead: 1,
    async start(input, target): Promise<PageResult> {
      const r = await tasks.cleanHere(input, null);
      if (!target || r.data === undefined || r.error !== undefined || r.noFile) return r;
      const problem = await write(target, r.data);
      delete r.data;
      if (problem === undefined) r.written = true;
      else r.writeError = problem;
      return r;
    },
    // While the output of the page awaited is being written, clean the next ones.
    help: (startNext) => pending < WRITE_AHEAD_CHARS && startNext(WRITE_AHEAD),
    close: () => writer.close(),
  };
}
