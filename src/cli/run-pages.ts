/**
 * The text runner (each input is one page): takes the planned pages, chooses how they are
 * cleaned (see page-cleaning.ts) — beside worker threads when there are enough of them and more
 * than one job, else in the main thread, with a thread of its own writing the outputs of a
 * folder — runs the scheduler, and stops the threads it started.
 */
import { MIN_PARALLEL_BYTES } from './constants.js';
import type { RunContext } from './context.js';
import { deliverer } from './deliver.js';
import { onMainThread, PageTasks, type PageCleaning } from './page-cleaning.js';
import { besideWorkers } from './page-workers.js';
import { loadPalette, PLAIN } from './palette.js';
import { chooseJobs, isBatch } from './parallelism.js';
import { useColor } from './reporter.js';
import { cleanInOrder, type PlannedPage } from './schedule.js';
import { withWriteBehind } from './write-behind.js';

export async function runPages(pages: readonly PlannedPage[], run: RunContext): Promise<void> {
  const { io, opts, settings, reporter } = run;
  const batch = isBatch(pages.length);
  const jobs = chooseJobs(opts, pages);
  if (batch) reporter.verbose(`${pages.length} pages, ${jobs} job${jobs === 1 ? '' : 's'}${jobs < opts.jobs ? ` (a batch under ${MIN_PARALLEL_BYTES / 1e6} MB)` : ''}`);
  const tasks = new PageTasks(run, opts.explain ? await loadPalette(useColor(io.stdout, io.env)) : PLAIN);
  // --explain is cleaned in this thread: its colours (the palette) are this thread's.
  let cleaning: PageCleaning;
  if (batch && !opts.explain && jobs > 1) cleaning = besideWorkers(tasks, jobs, pages.length, settings.toStdout, settings.maxSize);
  else if (batch && !settings.toStdout) cleaning = withWriteBehind(tasks, settings.outDir);
  else cleaning = onMainThread(tasks);
  try {
    await cleanInOrder(pages, cleaning, run.progress, deliverer(run));
  } finally {
    await cleaning.close();
  }
}
