/**
 * A worker thread of the batch runner: runs the batches of page tasks sent by the main thread,
 * or writes the outputs it sends (see writer.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cleanLineChunk, type LineChunk } from './jsonl.js';
import { useWriteGate, WriteGate } from './output.js';
import { runPage, writeOutput } from './page.js';
import type { BatchMessage, BatchResults, WorkerSetup } from './pool.js';
import { WRITER_READY, type WriteMessage, type WriteResults } from './writer.js';

// A pool worker or the writer thread writes outputs through its gate, and a pool worker says
// which page it runs; an isolated page's worker (see isolate.ts) writes none and runs one.
const setup = workerData as WorkerSetup | undefined;
const running = setup ? new Int32Array(setup.running) : null;
if (setup) useWriteGate(new WriteGate(new Int32Array(setup.gates), setup.slot));

parentPort?.on('message', (m: BatchMessage | WriteMessage | LineChunk) => {
  if ('chunk' in m) {
    parentPort!.postMessage(cleanLineChunk(m));
    return;
  }
  if ('writes' in m) {
    const answer: WriteResults = { problems: m.writes.map((w) => writeOutput(w.target, w.data, w.within) ?? null) };
    parentPort!.postMessage(answer);
    return;
  }
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

// Loaded: until the main thread hears this, it writes its outputs itself.
if (setup?.writer) parentPort?.postMessage(WRITER_READY);
