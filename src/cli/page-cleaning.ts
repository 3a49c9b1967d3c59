/**
 * How a batch's pages get cleaned: takes a page (its input, and its output file or null for
 * stdout), gives its result. Three ways, chosen by run-pages.ts: in the main thread alone
 * (here), with a thread that writes the outputs (write-behind.ts), or beside a pool of workers
 * (page-workers.ts). The main thread cleans pages in each; a page big enough to exhaust the
 * heap is cleaned in a worker of its own (see isolate.ts).
 */
import type { RunContext } from './context.js';
import type { Input } from './inputs.js';
import { needsIsolation, runIsolated } from './isolate.js';
import { inputSize, runPage, type PageResult, type PageTask } from './page.js';
import type { Palette } from './palette.js';
import { readStream } from './stdio.js';

export interface PageCleaning {
  /** Pages started at once ahead of the one whose result is next; `help` may start more. */
  readonly startAhead: number;
  start(input: Input, target: string | null): Promise<PageResult>;
  /**
   * Does one piece of the main thread's own work while it waits for the next result; false when
   * it has none. `startNext(ahead)` starts the next page if it is within `ahead` pages of the
   * one awaited, and says whether it did.
   */
  help(startNext: (ahead: number) => boolean): boolean;
  close(): Promise<void>;
}

/** Makes page tasks and cleans them in the main thread (or a worker of their own). */
export class PageTasks {
  constructor(
    private readonly run: RunContext,
    private readonly palette: Palette,
  ) {}

  /** The task of a page; with a target, the result is written where the page is cleaned. */
  taskOf(input: Input, target: string | null, bytes?: Uint8Array): PageTask {
    const { opts, settings } = this.run;
    const task: PageTask = {
      display: input.display,
      maxSize: settings.maxSize,
      format: opts.format,
      frontMatter: opts.frontMatter,
      jsonLine: (settings.toStdout && this.run.several && opts.format === 'json') || opts.format === 'jsonl',
      explain: opts.explain,
    };
    if (settings.encoding !== 'auto') task.encoding = settings.encoding;
    if (settings.model !== undefined) task.model = settings.model;
    if (input.kind === 'file') task.path = input.path;
    if (bytes) task.bytes = bytes;
    if (target) {
      task.target = target;
      if (settings.outDir !== undefined) task.within = settings.outDir;
    }
    return task;
  }

  /** Runs a task in this thread (`palette` colours --explain, which only runs here). */
  runHere(task: PageTask): PageResult {
    return runPage(task, this.palette);
  }

  /** Cleans a page here, at once (or in a worker of its own when it is big), and writes it to `target` if given. */
  async cleanHere(input: Input, target: string | null): Promise<PageResult> {
    const maxSize = this.run.settings.maxSize;
    if (input.kind === 'stdin') {
      let bytes: Uint8Array;
      try {
        bytes = await readStream(this.run.io.stdin, maxSize);
      } catch (err) {
        return failed(err);
      }
      return needsIsolation(bytes.length) ? runIsolated(this.taskOf(input, null, bytes)) : this.runHere(this.taskOf(input, target, bytes));
    }
    let size: number;
    try {
      size = inputSize(input.path, input.display, maxSize);
    } catch (err) {
      return failed(err);
    }
    if (needsIsolation(size)) return runIsolated(this.taskOf(input, null));
    const task = this.taskOf(input, target);
    task.size = size;
    return this.runHere(task);
  }
}

const failed = (err: unknown): PageResult => ({ empty: false, blank: false, bytes: 0, error: err instanceof Error ? err.message : String(err) });

/** The main thread alone, one page at a time. */
export function onMainThread(tasks: PageTasks): PageCleaning {
  return {
    startAhead: 1,
    start: (input, target) => tasks.cleanHere(input, target),
    help: () => false,
    close: async () => undefined,
  };
}
