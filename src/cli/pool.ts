/** A fixed pool of worker threads running page tasks; results come back as promises. */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { PageResult, PageTask } from './page.js';

/**
 * Tasks a worker holds at once: the one it runs and the next, so that it goes on to the next
 * page without waiting for the main thread to hear of the last one.
 */
const TASKS_PER_WORKER = 2;

export class WorkerPool {
  /** A free task slot of a worker: each worker is in here once per free slot. */
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: { id: number; task: PageTask }[] = [];
  private readonly pending = new Map<number, { resolve: (r: PageResult) => void; reject: (e: Error) => void; worker?: Worker }>();
  private nextId = 0;

  /** A pool of `size` workers (node:worker_threads is loaded only when a pool is made). */
  static start(size: number): WorkerPool {
    const threads = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    return new WorkerPool(size, threads.Worker);
  }

  private constructor(size: number, WorkerThread: typeof Worker) {
    for (let i = 0; i < size; i++) {
      const w = new WorkerThread(new URL('./worker.js', import.meta.url));
      w.on('message', (m: { id: number; result: PageResult }) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.resolve(m.result);
        this.idle.push(w);
        this.pump();
      });
      w.on('error', (err) => {
        // A crashed worker fails the tasks it held; the run goes on with the others.
        for (let k = this.idle.indexOf(w); k >= 0; k = this.idle.indexOf(w)) this.idle.splice(k, 1);
        for (const [id, p] of this.pending) {
          if (p.worker === w) {
            this.pending.delete(id);
            p.reject(err);
          }
        }
      });
      this.all.push(w);
      for (let k = 0; k < TASKS_PER_WORKER; k++) this.idle.push(w);
    }
  }

  run(task: PageTask): Promise<PageResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, task });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      const p = this.pending.get(job.id);
      if (p) p.worker = w;
      w.postMessage(job);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
