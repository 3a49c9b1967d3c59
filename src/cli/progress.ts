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

/**
 * The time left, from the run's rate so far: "45s", "3m 05s", "2h 07m"; "-" before the first
 * input is done (cli-progress's own ETA prints its placeholder "INF" through its time format).
 */
export function formatEta(done: number, total: number, seconds: number): string {
  if (done <= 0 || seconds <= 0) return '-';
  const left = Math.ceil(((total - done) * seconds) / done);
  if (left < 60) return `${left}s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (left < 3600) return `${Math.floor(left / 60)}m ${pad(left % 60)}s`;
  return `${Math.floor(left / 3600)}h ${pad(Math.floor(left / 60) % 60)}m`;
}

export function createProgress(o: ProgressOptions): Progress {
  if (!o.enabled || !o.stream.isTTY || o.total < 2) return NONE;
  const started = Date.now();
  // Loaded only when a bar is shown, so other runs do not pay for it at start-up.
  const cliProgress = require('cli-progress') as typeof CliProgress;
  const bar = new cliProgress.SingleBar(
    {
      stream: o.stream as NodeJS.WriteStream,
      format: '{bar} {value}/{total} files | {rate} files/s | ETA {left}',
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(o.total, 0, { rate: '0.0', left: '-' });
  return {
    active: true,
    update: (done) => {
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0.0', left: formatEta(done, o.total, seconds) });
    },
    log: (line) => {
      // Clear the bar's line, write the message, and let the next update redraw the bar.
      o.stream.write(`\r\x1b[K${line}`);
    },
    stop: () => {
      bar.update(o.total, { left: '0s' });
      bar.stop();
    },
    abort: () => {
      bar.stop();
      o.stream.write('\r\x1b[K\x1b[?25h');
    },
  };
}
