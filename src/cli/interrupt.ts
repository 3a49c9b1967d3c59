/**
 * Ctrl-C or SIGTERM: takes the signal, stops the run's writing, says so on stderr and gives the
 * exit code (130 or 143); the launcher installs it and exits with the code. Every output
 * already in place is complete: the worker threads' writes in progress are waited for, and
 * the temporary files of outputs not finished are removed.
 */
import { EXIT } from './errors.js';
import { removeTemporaries } from './output.js';
import { WorkerPool } from './pool.js';
import type { Progress } from './progress.js';

/** The run in progress, for `interrupt`. */
export const currentRun: { progress: Progress | null; stderr: NodeJS.WritableStream | null } = { progress: null, stderr: null };

export function interrupt(signal: 'SIGINT' | 'SIGTERM'): number {
  WorkerPool.stopAllWriting();
  removeTemporaries();
  try {
    currentRun.progress?.abort();
    (currentRun.stderr ?? process.stderr).write(`article-cleaner: error: interrupted (${signal}); outputs already written are complete; run again with --skip-existing to finish\n`);
  } catch {
    // stderr may be gone too
  }
  return signal === 'SIGINT' ? EXIT.SIGINT : EXIT.SIGTERM;
}
