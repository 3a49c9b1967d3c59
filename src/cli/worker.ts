/**
 * A worker thread of the pool (see pool.ts): runs the jobs it is sent (see jobs.ts) and answers
 * each with its results, in order, saying in shared memory which job it is running. The outputs
 * it writes go through its write gate, so that an interrupted run can wait for them (see WriteGate).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, WORKER_LOADED, type JobDone } from './jobs.js';
import { useWriteGate, WriteGate } from './output.js';
import type { JobMessage, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
useWriteGate(new WriteGate(new Int32Array(setup.gates), setup.slot));
/** Says which job this worker runs, so that the pool knows which one a crash was in. */
const running = new Int32Array(setup.running);

parentPort!.on('message', ({ id, job }: JobMessage) => {
  const started = performance.now();
  Atomics.store(running, setup.slot, id);
  const results = runJob(job);
  Atomics.store(running, setup.slot, -1);
  const answer: JobDone = { results, ms: performance.now() - started };
  parentPort!.postMessage(answer);
});

parentPort!.postMessage(WORKER_LOADED);
