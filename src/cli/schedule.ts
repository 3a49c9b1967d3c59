/**
 * The batch scheduler: takes the planned pages and a way to clean them (see page-cleaning.ts),
 * hands their results to `deliver` one by one in input order, with a bounded number of pages
 * in flight. While the next result is not in, the main thread does its own share of the work
 * (PageCleaning.help), letting the event loop turn every few milliseconds so that it hears the
 * other threads.
 */
import { HELP_YIELD_EVERY_MS } from './constants.js';
import { forEachInput, turnEventLoop } from './input-loop.js';
import type { Input } from './inputs.js';
import type { PageCleaning } from './page-cleaning.js';
import { pageCrashed, type PageResult } from './page.js';
import type { Progress } from './progress.js';

export interface PlannedPage {
  input: Input;
  target: string | null;
}

export async function cleanInOrder(
  pages: readonly PlannedPage[],
  cleaning: PageCleaning,
  progress: Progress,
  deliver: (page: PlannedPage, r: PageResult) => Promise<void>,
): Promise<void> {
  const results = new Map<number, Promise<PageResult>>();
  /** The pages whose results are in. */
  const finished = new Set<number>();
  /** Pages started so far, and the page whose result is awaited. */
  let next = 0;
  let awaited = 0;
  const startNext = (ahead: number): boolean => {
    if (next >= Math.min(pages.length, awaited + ahead)) return false;
    const page = next++;
    results.set(page, cleaning.start(pages[page]!.input, pages[page]!.target).finally(() => finished.add(page)));
    return true;
  };
  let lastTurn = Date.now();
  await forEachInput(pages.length, progress, async (i) => {
    awaited = i;
    while (startNext(cleaning.startAhead));
    while (!finished.has(i) && cleaning.help(startNext)) {
      if (Date.now() - lastTurn >= HELP_YIELD_EVERY_MS) {
        await turnEventLoop();
        lastTurn = Date.now();
      }
    }
    let r: PageResult;
    try {
      r = await results.get(i)!;
    } catch (err) {
      r = pageCrashed(pages[i]!.input.display, err);
    }
    results.delete(i);
    finished.delete(i);
    await deliver(pages[i]!, r);
  });
}
