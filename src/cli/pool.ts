/** A fixed pool of worker threads running page tasks; results come back as promises. */
import { createRequire } from 'node:module';
import type { Worker as WorkerThread } from 'node:worker_threads';

/** node:worker_threads, loaded when the first worker starts (a run on one page does not need it). */
export const loadWorker = () => (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker;
import type { PageResult, PageTask } from './page.js';

export class WorkerPool {
  private readonly idle: WorkerThread[] = [];
  private readonly all: WorkerThread[] = [];
  private readonly queue: { id: number; task: PageTask }[] = [];
  private readonly pending = new Map<number, { resolve: (r: PageResult) => void; reject: (e: Error) => void; worker?: WorkerThread }>();
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const w = new (loadWorker())(new URL('./worker.js', import.meta.url));
    w.on('message', (m: { id: number; result: PageResult }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      p?.resolve(m.result);
      this.idle.push(w);
      this.pump();
    });
    w.on('error', (err) => {
      // A crashed worker (out of memory on a huge page) fails the task it was running and is
      // replaced, so the run goes on with the others.
      for (const [id, p] of this.pending) {
        if (p.worker === w) {
          this.pending.delete(id);
          p.reject(err);
        }
      }
      this.all.splice(this.all.indexOf(w), 1);
      if (this.idle.includes(w)) this.idle.splice(this.idle.indexOf(w), 1);
      if (!this.closed) this.spawn();
      this.pump();
    });
    this.all.push(w);
    this.idle.push(w);
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
    this.closed = true;
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
