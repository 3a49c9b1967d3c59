/**
 * A thread that writes the main thread's outputs when it cleans pages alone (one job), so that
 * cleaning the next page does not wait for the file system: making a file can cost more than
 * cleaning a short page (on some file systems up to a millisecond, for a while after many
 * files were deleted). The outputs are still written atomically, through a write gate, so
 * that an interrupted run leaves none half written (see WriteGate).
 */
import type { Worker as WorkerThread } from 'node:worker_threads';
import { removeTemporaryOf, WriteGate } from './output.js';
import { writeOutput } from './page.js';
import { loadWorker, type WorkerSetup } from './pool.js';

/** How long an interrupted run waits for the output being written to be put in place. */
const STOP_WAIT_MS = 5000;
/** Outputs sent together at most (more wait for the next turn of the event loop). */
const MAX_BATCH = 64;

export interface WriteJob {
  target: string;
  within: string | undefined;
  data: string;
}

/** Outputs to write, and the answer: per output, why it could not be written, or null. */
export interface WriteMessage {
  writes: WriteJob[];
}
export interface WriteResults {
  problems: (string | null)[];
}
/** What the thread says once it has loaded. */
export const WRITER_READY = 'ready';

interface Pending {
  job: WriteJob;
  done: (problem: string | undefined) => void;
}

export class OutputWriter {
  private readonly gates = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  private thread: WorkerThread;
  /** Sent, in order, not yet answered. */
  private sent: Pending[][] = [];
  /** Not yet sent: they go out together when the event loop next turns. */
  private waiting: Pending[] = [];
  private closed = false;
  /** Until the thread has loaded, the main thread writes itself rather than wait for it. */
  private ready = false;
  /** Characters of the outputs not yet written, to bound what is held. */
  pending = 0;

  constructor() {
    this.thread = this.spawn();
  }

  private spawn(): WorkerThread {
    const workerData: WorkerSetup = { gates: this.gates.buffer as SharedArrayBuffer, running: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT), slot: 0, writer: true };
    const thread = new (loadWorker())(new URL('./worker.js', import.meta.url), { workerData });
    thread.on('message', (m: WriteResults | typeof WRITER_READY) => {
      if (m === WRITER_READY) {
        this.ready = true;
        return;
      }
      const batch = this.sent.shift() ?? [];
      for (let k = 0; k < batch.length; k++) {
        this.pending -= batch[k]!.job.data.length;
        batch[k]!.done(m.problems[k] ?? undefined);
      }
    });
    thread.on('error', (err) => {
      // The thread failed (it should not: it only writes files): its outputs fail, a new one writes the others.
      const lost = this.sent.flat();
      this.sent = [];
      for (const p of lost) removeTemporaryOf(p.job.target);
      Atomics.store(this.gates, 0, WriteGate.OPEN);
      for (const p of lost) {
        this.pending -= p.job.data.length;
        p.done(`cannot write '${p.job.target}': ${err.message}`);
      }
      this.ready = false;
      if (!this.closed) this.thread = this.spawn();
    });
    return thread;
  }

  /** Writes an output atomically; resolves with why it could not be written, if so. */
  write(job: WriteJob): Promise<string | undefined> {
    if (!this.ready) return Promise.resolve(writeOutput(job.target, job.data, job.within));
    return new Promise((done) => {
      if (this.waiting.length === 0) setImmediate(() => this.flush());
      this.waiting.push({ job, done });
      this.pending += job.data.length;
      if (this.waiting.length >= MAX_BATCH) this.flush();
    });
  }

  private flush(): void {
    const batch = this.waiting;
    if (batch.length === 0) return;
    this.waiting = [];
    this.sent.push(batch);
    const message: WriteMessage = { writes: batch.map((p) => p.job) };
    this.thread.postMessage(message);
  }

  /** The run is interrupted: waits for the output being written, lets no other start, removes what is left. Synchronous. */
  stopWriting(): void {
    this.closed = true;
    WriteGate.closeAll(this.gates, STOP_WAIT_MS);
    for (const batch of this.sent) for (const p of batch) removeTemporaryOf(p.job.target);
  }

  async close(): Promise<void> {
    this.stopWriting();
    await this.thread.terminate();
  }
}
