/** A worker thread of the batch runner: runs the batches of page tasks sent by the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { useWriteGate, WriteGate } from './output.js';
import { runPage } from './page.js';
import type { BatchMessage, BatchResults, WorkerSetup } from './pool.js';

// A pool worker writes outputs through its gate and says which page it runs; an isolated
// page's worker (see isolate.ts) writes none and runs one.
const setup = workerData as WorkerSetup | undefined;
const running = setup ? new Int32Array(setup.running) : null;
if (setup) useWriteGate(new WriteGate(new Int32Array(setup.gates), setup.slot));

parentPort?.on('message', (m: BatchMessage) => {
  const started = performance.now();
  const results = [];
  for (const { id, task } of m.tasks) {
    if (running) Atomics.store(running, setup!.slot, id);
    results.push(runPage(task));
  }
  if (running) Atomics.store(running, setup!.slot, -1);
  const answer: BatchResults = { results, ms: performance.now() - started };
  parentPort!.postMessage(answer);
});
