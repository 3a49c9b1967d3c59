/**
 * A fixed pool of worker threads running page tasks; results come back as promises. The
 * workers write the outputs of tasks that name a target file themselves, so that only a
 * small status crosses between threads, and pages go to them in batches: a message between
 * threads costs more than cleaning a short page (on a virtual machine above all, where waking
 * a thread is slow), so a batch is sized to take a few milliseconds.
 */
import { createRequire } from 'node:module';
import type { Worker as WorkerThread } from 'node:worker_threads';
import { removeTemporaryOf, WriteGate } from './output.js';
import type { PageResult, PageTask } from './page.js';

/** node:worker_threads, loaded when the first worker starts (a run on one page does not need it). */
export const loadWorker = () => (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker;

/**
 * Batches a worker holds at once (more while the main thread cleans a long page, see feed):
 * the one it runs and the next, so that it goes on without waiting for the main thread to
 * hear of the last one.
 */
const BATCHES_PER_WORKER = 2;
/** The time a batch is sized to take, from the worker's time per page so far... */
const BATCH_MS = 10;
/** ...with at most this many pages, and at most a share of the queue, so that the end of a run is shared out. */
const MAX_BATCH = 64;

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
  /** Its slot in the write gates and in `running`. */
  slot: number;
  /** The batches sent to it, in order: it runs the first. */
  held: Job[][];
  /** Its time per page so far, in ms (null before its first batch). */
  msPerPage: number | null;
}

/** What a worker is started with (see worker.ts). */
export interface WorkerSetup {
  /** The write gates (see WriteGate). */
  gates: SharedArrayBuffer;
  /** Per worker, the id of the task it is running, or -1: tells which page a crash was on. */
  running: SharedArrayBuffer;
  slot: number;
  /** The thread writes outputs for the main thread (see writer.ts), and says when it has loaded. */
  writer?: boolean;
}

/** A batch of tasks, and the answer to it. */
export interface BatchMessage {
  tasks: { id: number; task: PageTask }[];
}
export interface BatchResults {
  results: PageResult[];
  ms: number;
}

export class WorkerPool {
  private readonly members: Member[] = [];
  private readonly queue: Job[] = [];
  private readonly gates: Int32Array;
  private readonly running: Int32Array;
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    this.gates = new Int32Array(new SharedArrayBuffer(size * Int32Array.BYTES_PER_ELEMENT));
    this.running = new Int32Array(new SharedArrayBuffer(size * Int32Array.BYTES_PER_ELEMENT)).fill(-1);
    for (let slot = 0; slot < size; slot++) this.spawn(slot);
  }

  private spawn(slot: number): void {
    const workerData: WorkerSetup = { gates: this.gates.buffer as SharedArrayBuffer, running: this.running.buffer as SharedArrayBuffer, slot };
    const thread = new (loadWorker())(new URL('./worker.js', import.meta.url), { workerData });
    const member: Member = { thread, slot, held: [], msPerPage: null };
    thread.on('message', (m: BatchResults) => {
      // A worker answers its batches in the order it was sent them.
      const batch = member.held.shift();
      if (!batch) return;
      if (m.results.length > 0) member.msPerPage = m.ms / m.results.length;
      for (let k = 0; k < batch.length; k++) batch[k]!.resolve(m.results[k]!);
      this.pump();
    });
    thread.on('error', (err) => {
      // A crashed worker (out of memory on a huge page) fails the page it was running and is
      // replaced; the other pages it held go back to the queue (those it had finished are
      // cleaned again, as their results were lost), so the run goes on. A crash between pages
      // fails the first it held, so that a crash that comes back cannot hold the run forever.
      this.members.splice(this.members.indexOf(member), 1);
      const id = Atomics.load(this.running, slot);
      const held = member.held.flat();
      member.held = [];
      const crashed = held.find((job) => job.id === id) ?? held[0];
      if (crashed?.task.target) removeTemporaryOf(crashed.task.target);
      Atomics.store(this.gates, slot, WriteGate.OPEN);
      Atomics.store(this.running, slot, -1);
      this.queue.unshift(...held.filter((job) => job !== crashed));
      crashed?.reject(err);
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

  /**
   * Takes out of the queue the first task `accept` takes, for the caller to run itself: the
   * main thread, which cleans pages too rather than wait for the workers.
   */
  take(accept: (task: PageTask) => boolean): { task: PageTask; done: (r: PageResult) => void } | undefined {
    for (let k = 0; k < this.queue.length; k++) {
      const job = this.queue[k]!;
      if (!accept(job.task)) continue;
      this.queue.splice(k, 1);
      return { task: job.task, done: job.resolve };
    }
    return undefined;
  }

  /**
   * Sends more batches to the workers that hold less than `ms` of work (by their time per page
   * so far), so that they do not run dry while the main thread cleans a page that long and
   * hears nothing from them.
   */
  feed(ms: number): void {
    for (const member of this.members) {
      if (member.msPerPage === null) continue;
      let held = 0;
      for (const batch of member.held) held += batch.length * member.msPerPage;
      while (held < ms + BATCH_MS && this.queue.length > 0) held += this.send(member) * member.msPerPage;
    }
  }

  private batchSize(member: Member): number {
    const share = Math.ceil(this.queue.length / (BATCHES_PER_WORKER * this.members.length));
    const byTime = member.msPerPage === null ? 1 : Math.floor(BATCH_MS / Math.max(member.msPerPage, 0.01));
    return Math.max(1, Math.min(MAX_BATCH, share, byTime));
  }

  private pump(): void {
    for (let k = 0; k < BATCHES_PER_WORKER && this.queue.length > 0; k++) {
      for (const member of this.members) {
        if (this.queue.length === 0) break;
        if (member.held.length <= k) this.send(member);
      }
    }
  }

  /** Sends a worker the next batch of the queue; returns its size. */
  private send(member: Member): number {
    const batch = this.queue.splice(0, this.batchSize(member));
    member.held.push(batch);
    const message: BatchMessage = { tasks: batch.map((job) => ({ id: job.id, task: job.task })) };
    member.thread.postMessage(message);
    return batch.length;
  }

  /**
   * The run is interrupted: waits for the outputs being written to be put in place, lets no
   * worker start another, and removes what temporary files are left (a write that did not end
   * in time). Synchronous, so that the process can exit right after.
   */
  stopWriting(): void {
    this.closed = true;
    WriteGate.closeAll(this.gates, STOP_WAIT_MS);
    for (const member of this.members) for (const batch of member.held) for (const job of batch) if (job.task.target) removeTemporaryOf(job.task.target);
  }

  /** Stops the workers; outputs still being written (a run ended by an error) are finished or removed first. */
  async close(): Promise<void> {
    this.stopWriting();
    await Promise.all(this.members.map((m) => m.thread.terminate()));
  }
}
