/** A progress bar on stderr for batch runs, only when stderr is a terminal. */
import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';

const require = createRequire(import.meta.url);

export interface Progress {
  /** Whether a bar is shown. */
  active: boolean;
  /** How many inputs are done. */
  update(done: number): void;
  /** Writes a message above the bar (warnings and errors during the run). */
  log(line: string): void;
  stop(): void;
  /** Removes the bar and restores the cursor, without completing it (an interrupted run). */
  abort(): void;
}

const NONE: Progress = { active: false, update: () => undefined, log: () => undefined, stop: () => undefined, abort: () => undefined };

export interface ProgressOptions {
  total: number;
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  enabled: boolean;
}

export function createProgress(o: ProgressOptions): Progress {
  if (!o.enabled || !o.stream.isTTY || o.total < 2) return NONE;
  const started = Date.now();
  // Loaded only when a bar is shown, so other runs do not pay for it at start-up.
  const cliProgress = require('cli-progress') as typeof CliProgress;
  const bar = new cliProgress.SingleBar(
    {
      stream: o.stream as NodeJS.WriteStream,
      format: '{bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 100,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(o.total, 0, { rate: '0.0' });
  return {
    active: true,
    update: (done) => {
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0.0' });
    },
    log: (line) => {
      // Clear the bar's line, write the message, and let the next update redraw the bar.
      o.stream.write(`\r\x1b[K${line}`);
    },
    stop: () => {
      bar.update(o.total);
      bar.stop();
    },
    abort: () => {
      bar.stop();
      o.stream.write('\r\x1b[K\x1b[?25h');
    },
  };
}
