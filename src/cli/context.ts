/** What a run works with, handed from main.ts to the runners: its streams, options, reporting and count. */
import type { CliOptions } from './program.js';
import type { Progress } from './progress.js';
import type { Reporter } from './reporter.js';
import type { Settings } from './settings.js';
import type { Tally } from './summary.js';

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface RunContext {
  io: Io;
  opts: CliOptions;
  settings: Settings;
  reporter: Reporter;
  progress: Progress;
  tally: Tally;
  /** More than one input was given (several results to stdout are JSON Lines, or separated). */
  several: boolean;
}
