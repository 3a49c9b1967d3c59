/** A worker thread of the batch runner: runs page tasks sent by the main thread. */
import { parentPort } from 'node:worker_threads';
import { runPage, type PageTask } from './page.js';

parentPort?.on('message', (m: { id: number; task: PageTask }) => {
  parentPort!.postMessage({ id: m.id, result: runPage(m.task) });
});
