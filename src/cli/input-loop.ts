/**
 * The runners' loop over their inputs, in order: takes a step to run per input, moves the
 * progress bar, and lets the event loop turn now and then. Cleaning runs synchronously between
 * awaits that resolve at once, so without these turns Ctrl-C would wait for the end of the run.
 */
import { YIELD_EVERY_MS } from './constants.js';
import type { Progress } from './progress.js';

/** Lets the event loop turn (signals, the progress bar, other threads' answers). */
export const turnEventLoop = () => new Promise((resolve) => setImmediate(resolve));

export async function forEachInput(count: number, progress: Progress, step: (i: number) => Promise<void>): Promise<void> {
  let lastTurn = Date.now();
  for (let i = 0; i < count; i++) {
    if (Date.now() - lastTurn >= YIELD_EVERY_MS) {
      await turnEventLoop();
      lastTurn = Date.now();
    }
    progress.update(i);
    await step(i);
  }
}
