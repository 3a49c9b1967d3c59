/** A worker thread of the batch runner: runs page tasks sent by the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { useWriteGate, WriteGate } from './output.js';
import { runPage, type PageTask } from './page.js';
import type { WorkerSetup } from './pool.js';

// A pool worker writes outputs through its gate (an isolated page's worker writes none).
const setup = workerData as WorkerSetup | undefined;
if (setup) useWriteGate(new WriteGate(new Int32Array(setup.gates), setup.slot));

parentPort?.on('message', (m: { id: number; task: PageTask }) => {
  parentPort!.postMessage({ id: m.id, result: runPage(m.task) });
});
