/**
 * Worker threads that run tagged jobs (see jobs.ts): takes units of work (pages, JSON Lines
 * documents, outputs to write), gives each its result as a promise that never rejects.
 *
 * Units wait in one queue and go to the workers in jobs: a message between threads costs more
 * than cleaning a short page, so a job is sized to take a few milliseconds. Each worker holds
 * a bounded number of jobs and answers them in order.
 *
 * One crash policy: when a worker stops (an error, such as running out of memory, or an exit),
 * the job it was running fails and nothing else. A job of one unit gives that unit its crash
 * result (see crashResult); the units of a larger job are run again, each alone, so that only
 * a unit that fails on its own fails. The other jobs the worker held go back to the queue
 * (those it had answered too: an answer may be lost with the worker), and a new worker takes
 * its place when there is work for it.
 */
import { createRequire } from 'node:module';
import type { Worker as WorkerThread } from 'node:worker_threads';
import { JOB_MS, JOBS_PER_WORKER, MAX_UNITS_PER_JOB, STOP_WAIT_MS } from './constants.js';
import { crashResult, movableOf, targetOf, WORKER_LOADED, type Job, type JobDone, type JobKind, type ResultOf, type UnitOf } from './jobs.js';
import { removeTemporaryOf, WriteGate } from './output.js';

/** node:worker_threads, loaded when the first worker starts (a run on one page does not need it). */
const loadWorker = () => (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker;

/** The script of the workers: worker.ts, which runs the jobs of jobs.ts. */
const WORKER_SCRIPT = new URL('./worker.js', import.meta.url);

/** What a worker is started with (see worker.ts). */
export interface WorkerSetup {
  /** The write gates (see WriteGate). */
  gates: SharedArrayBuffer;
  /** Per worker, the id of the job it is running, or -1: tells which job a crash was in. */
  running: SharedArrayBuffer;
  /** Its slot in both. */
  slot: number;
}

/** What a worker is sent: a job, and its id for `running`. */
export interface JobMessage {
  id: number;
  job: Job;
}

interface Queued<K extends JobKind = JobKind> {
  kind: K;
  unit: UnitOf[K];
  resolve: (result: ResultOf[K]) => void;
  /** Run in a job of its own: it was in a job whose worker died. */
  alone: boolean;
}

interface Held {
  id: number;
  units: Queued[];
}

interface Member {
  thread: WorkerThread;
  /** Its slot in the write gates and in `running`. */
  slot: number;
  /** The jobs sent to it, in order: it runs the first. */
  held: Held[];
  /** Its time per unit so far (null before its first answer). */
  msPerUnit: number | null;
  loaded: boolean;
  stopped: boolean;
}

/** Removes the temporary files of the outputs these units may have been writing. */
function removeTemporariesOf(units: readonly Queued[]): void {
  for (const queued of units) {
    const target = targetOf(queued.kind, queued.unit);
    if (target !== undefined) removeTemporaryOf(target);
  }
}

export class WorkerPool {
  /** The pools not yet closed, for an interrupted run (see stopAllWriting). */
  private static readonly open = new Set<WorkerPool>();

  private readonly members: Member[] = [];
  private readonly queue: Queued[] = [];
  private readonly gates: Int32Array;
  private readonly running: Int32Array;
  private readonly freeSlots: number[] = [];
  private nextId = 0;
  private closed = false;

  /** `size` worker threads, started at once (they first compile the cleaner for themselves); `script` speaks worker.ts's messages. */
  constructor(
    readonly size: number,
    private readonly script: URL = WORKER_SCRIPT,
  ) {
    this.gates = new Int32Array(new SharedArrayBuffer(size * Int32Array.BYTES_PER_ELEMENT));
    this.running = new Int32Array(new SharedArrayBuffer(size * Int32Array.BYTES_PER_ELEMENT)).fill(-1);
    for (let slot = 0; slot < size; slot++) this.spawn(slot);
    WorkerPool.open.add(this);
  }

  /** Whether a worker has loaded (until then, work the main thread can do itself may be better done there). */
  get loaded(): boolean {
    return this.members.some((m) => m.loaded);
  }

  /** Runs a unit in a worker; never rejects (a worker that dies gives the unit's crash result). */
  run<K extends JobKind>(kind: K, unit: UnitOf[K]): Promise<ResultOf[K]> {
    return new Promise((resolve) => {
      this.queue.push({ kind, unit, resolve, alone: false } as Queued);
      this.pump();
    });
  }

  /**
   * Takes out of the queue the first unit of `kind` that `accept` takes, for the caller to run
   * itself (the main thread, which cleans pages too rather than wait for the workers); the
   * caller hands its result to `done`.
   */
  take<K extends JobKind>(kind: K, accept: (unit: UnitOf[K]) => boolean): { unit: UnitOf[K]; done: (result: ResultOf[K]) => void } | undefined {
    for (let k = 0; k < this.queue.length; k++) {
      const queued = this.queue[k]!;
      if (queued.kind !== kind || !accept(queued.unit as UnitOf[K])) continue;
      this.queue.splice(k, 1);
      return { unit: queued.unit as UnitOf[K], done: queued.resolve as (result: ResultOf[K]) => void };
    }
    return undefined;
  }

  /**
   * Sends more jobs to the workers that hold less than `ms` of work (by their time per unit so
   * far), so that they do not run dry while the main thread is busy that long and hears
   * nothing from them.
   */
  feed(ms: number): void {
    for (const member of this.members) {
      if (member.msPerUnit === null) continue;
      let held = 0;
      for (const job of member.held) held += job.units.length * member.msPerUnit;
      while (held < ms + JOB_MS && this.queue.length > 0) held += this.send(member) * member.msPerUnit;
    }
  }

  private spawn(slot: number): void {
    const workerData: WorkerSetup = { gates: this.gates.buffer as SharedArrayBuffer, running: this.running.buffer as SharedArrayBuffer, slot };
    const thread = new (loadWorker())(this.script, { workerData });
    const member: Member = { thread, slot, held: [], msPerUnit: null, loaded: false, stopped: false };
    thread.on('message', (m: JobDone | typeof WORKER_LOADED) => {
      if (m === WORKER_LOADED) {
        member.loaded = true;
        return;
      }
      const job = member.held.shift();
      if (!job) return;
      if (m.results.length > 0) member.msPerUnit = m.ms / m.results.length;
      for (let k = 0; k < job.units.length; k++) job.units[k]!.resolve(m.results[k] as never);
      this.pump();
    });
    thread.on('error', (err) => this.stopped(member, err));
    // A worker that stops without an error (and not by close) fails as one that has one.
    thread.on('exit', (code) => this.stopped(member, new Error(`worker stopped with exit code ${code}`)));
    this.members.push(member);
  }

  /** The crash policy (see the top of this file). */
  private stopped(member: Member, err: Error & { code?: string }): void {
    if (member.stopped || this.closed) return;
    member.stopped = true;
    this.members.splice(this.members.indexOf(member), 1);
    this.freeSlots.push(member.slot);
    // The job it was running, as it said in `running` (its answers to the jobs before may be
    // lost, or come after this); between jobs, the first it held, so that a crash that comes
    // back cannot hold the run forever.
    const id = Atomics.load(this.running, member.slot);
    const crashedJob = member.held.find((job) => job.id === id) ?? member.held[0];
    const crashed = crashedJob?.units ?? [];
    const others = member.held.filter((job) => job !== crashedJob).flatMap((job) => job.units);
    member.held = [];
    removeTemporariesOf(crashed);
    // It may have died between entering its write gate and leaving it.
    Atomics.store(this.gates, member.slot, WriteGate.OPEN);
    Atomics.store(this.running, member.slot, -1);
    const again = crashed.length > 1 ? crashed.map((queued) => ({ ...queued, alone: true })) : [];
    this.queue.unshift(...again, ...others);
    if (crashed.length === 1) crashed[0]!.resolve(crashResult(crashed[0]!.kind, crashed[0]!.unit, err) as never);
    this.pump();
  }

  /** Gives every worker with room a job, in turn (replacing workers that died, when there is work). */
  private pump(): void {
    while (this.members.length < this.size && this.queue.length > 0 && !this.closed) this.spawn(this.freeSlots.shift()!);
    for (let k = 0; k < JOBS_PER_WORKER && this.queue.length > 0; k++) {
      for (const member of this.members) {
        if (this.queue.length === 0) break;
        if (member.held.length <= k) this.send(member);
      }
    }
  }

  /** How many units the worker's next job takes from the front of the queue. */
  private jobSize(member: Member): number {
    const first = this.queue[0]!;
    if (first.alone) return 1;
    const share = Math.ceil(this.queue.length / (JOBS_PER_WORKER * this.members.length));
    const byTime = member.msPerUnit === null ? 1 : Math.floor(JOB_MS / Math.max(member.msPerUnit, 0.01));
    const most = Math.max(1, Math.min(MAX_UNITS_PER_JOB[first.kind], share, byTime));
    let size = 1;
    while (size < most && size < this.queue.length && this.queue[size]!.kind === first.kind && !this.queue[size]!.alone) size++;
    return size;
  }

  /** Sends a worker the next job from the queue; returns its size. */
  private send(member: Member): number {
    const units = this.queue.splice(0, this.jobSize(member));
    const id = this.nextId++;
    member.held.push({ id, units });
    const job = { kind: units[0]!.kind, units: units.map((queued) => queued.unit) } as Job;
    const message: JobMessage = { id, job };
    member.thread.postMessage(message, movableOf(job));
    return units.length;
  }

  /**
   * The run is interrupted: waits for the outputs being written to be put in place, lets no
   * worker start another, and removes what temporary files are left (a write that did not end
   * in time). Synchronous, so that the process can exit right after.
   */
  stopWriting(): void {
    this.closed = true;
    WriteGate.closeAll(this.gates, STOP_WAIT_MS);
    for (const member of this.members) for (const job of member.held) removeTemporariesOf(job.units);
  }

  /** Stops every open pool's writing (see stopWriting). */
  static stopAllWriting(): void {
    for (const pool of WorkerPool.open) pool.stopWriting();
  }

  /** Stops the workers; outputs still being written (a run ended by an error) are finished or removed first. */
  async close(): Promise<void> {
    this.stopWriting();
    WorkerPool.open.delete(this);
    await Promise.all(this.members.map((m) => m.thread.terminate()));
  }
}
