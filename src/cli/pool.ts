/**
 * A fixed pool of worker threads running page tasks; results come back as promises. The
 * workers write the outputs of tasks that name a target file themselves, so that only a
 * small status crosses between threads.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Worker as WorkerThread } from 'node:worker_threads';
import { temporaryFor, WriteGate } from './output.js';
import type { PageResult, PageTask } from './page.js';

/** node:worker_threads, loaded when the first worker starts (a run on one page does not need it). */
export const loadWorker = () => (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker;

/**
 * Tasks a worker holds at once: the one it runs and the next, so that it goes on to the next
 * page without waiting for the main thread to hear of the last one. More would only let one
 * worker sit on pages the others could take at the end of a run.
 */
const TASKS_PER_WORKER = 2;

/** How long an interrupted run waits for the outputs being written to be put in place. */
const STOP_WAIT_MS = 5000;

interface Job {
  id: number;
  task: PageTask;
  resolve: (r: PageResult) => void;
  reject: (e: Error) => void;
}

interface Member {
  thread: WorkerThread;
  /** Its slot in the write gates. */
  slot: number;
  /** The tasks sent to it, in order: the first is the one it runs. */
  held: Job[];
}

/** What a worker is started with (see worker.ts). */
export interface WorkerSetup {
  gates: SharedArrayBuffer;
  slot: number;
}

export class WorkerPool {
  private readonly members: Member[] = [];
  private readonly queue: Job[] = [];
  private readonly gates: Int32Array;
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    this.gates = new Int32Array(new SharedArrayBuffer(size * Int32Array.BYTES_PER_ELEMENT));
    for (let slot = 0; slot < size; slot++) this.spawn(slot);
  }

  private spawn(slot: number): void {
    const workerData: WorkerSetup = { gates: this.gates.buffer as SharedArrayBuffer, slot };
    const thread = new (loadWorker())(new URL('./worker.js', import.meta.url), { workerData });
    const member: Member = { thread, slot, held: [] };
    thread.on('message', (m: { id: number; result: PageResult }) => {
      // A worker answers its tasks in the order it was sent them.
      const job = member.held[0];
      if (job?.id !== m.id) return;
      member.held.shift();
      job.resolve(m.result);
      this.pump();
    });
    thread.on('error', (err) => {
      // A crashed worker (out of memory on a huge page) fails the task it was running and is
      // replaced; the tasks it had not started go back to the queue, so the run goes on.
      this.members.splice(this.members.indexOf(member), 1);
      const [running, ...waiting] = member.held;
      member.held = [];
      if (running?.task.target) removeQuietly(temporaryFor(running.task.target));
      Atomics.store(this.gates, slot, WriteGate.OPEN);
      this.queue.unshift(...waiting);
      running?.reject(err);
      if (!this.closed) this.spawn(slot);
      this.pump();
    });
    this.members.push(member);
  }

  run(task: PageTask): Promise<PageResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.queue.push({ id, task, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (let k = 0; k < TASKS_PER_WORKER && this.queue.length > 0; k++) {
      for (const member of this.members) {
        if (this.queue.length === 0) break;
        if (member.held.length > k) continue;
        const job = this.queue.shift()!;
        member.held.push(job);
        member.thread.postMessage({ id: job.id, task: job.task });
      }
    }
  }

  /**
   * The run is interrupted: waits for the outputs being written to be put in place, lets no
   * worker start another, and removes what temporary files are left (a write that did not end
   * in time). Synchronous, so that the process can exit right after.
   */
  stopWriting(): void {
    this.closed = true;
    WriteGate.closeAll(this.gates, STOP_WAIT_MS);
    for (const member of this.members) for (const job of member.held) if (job.task.target) removeQuietly(temporaryFor(job.task.target));
  }

  /** Stops the workers; outputs still being written (a run ended by an error) are finished or removed first. */
  async close(): Promise<void> {
    this.stopWriting();
    await Promise.all(this.members.map((m) => m.thread.terminate()));
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // nothing more can be done for it
  }
}
