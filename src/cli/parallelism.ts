/**
 * How many jobs a batch of pages runs with: takes the options and the pages, gives the number
 * of jobs (the main thread and jobs - 1 worker threads). A worker thread compiles the cleaner
 * for itself before it cleans at full speed, which takes about as long as cleaning a few
 * megabytes and keeps a core busy meanwhile: unless --jobs says otherwise, a batch too small to
 * pay for that is cleaned by the main thread alone.
 */
import fs from 'node:fs';
import { MIN_PARALLEL_BYTES, MIN_PARALLEL_INPUTS, SIZE_SAMPLE } from './constants.js';
import type { Input } from './inputs.js';
import type { CliOptions } from './program.js';

/** Whether these many pages make a batch (below, starting worker threads costs more than it saves). */
export const isBatch = (pages: number) => pages >= MIN_PARALLEL_INPUTS;

export function chooseJobs(opts: CliOptions, pages: readonly { input: Input }[]): number {
  return opts.jobsGiven || !isBatch(pages.length) || estimatedBytes(pages) >= MIN_PARALLEL_BYTES ? opts.jobs : 1;
}

/** The size of the inputs, estimated from a sample of them spread over the list (files that cannot be read count 0). */
function estimatedBytes(pages: readonly { input: Input }[]): number {
  const step = Math.max(1, pages.length / SIZE_SAMPLE);
  let sum = 0;
  let looked = 0;
  for (let k = 0; k < pages.length; k += step, looked++) {
    const input = pages[Math.floor(k)]!.input;
    if (input.kind !== 'file') continue;
    try {
      sum += fs.statSync(input.path).size;
    } catch {
      // reported when the page is read
    }
  }
  return looked === 0 ? 0 : (sum / looked) * pages.length;
}
