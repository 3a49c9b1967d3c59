/**
 * The run's count of inputs and its closing summary: takes each input's outcome as it comes,
 * gives at the end the summary lines on stderr and the exit code.
 */
import { SUMMARY_FAILED_NAMES } from './constants.js';
import { EXIT } from './errors.js';
import type { Reporter } from './reporter.js';

export class Tally {
  ok = 0;
  empty = 0;
  failed = 0;
  skipped = 0;
  /** Bytes read, for the rate. */
  bytes = 0;
  /** Outputs written to files: a summary names the output folder only when there are some. */
  written = 0;
  /** The inputs that failed, and those that gave no article, for the summary. */
  readonly failedNames: string[] = [];
  readonly emptyNames: string[] = [];

  addEmpty(name: string): void {
    this.empty++;
    this.emptyNames.push(name);
  }

  fail(name: string): void {
    this.failed++;
    this.failedNames.push(name);
  }
}

/** "a.txt, b.txt and 3 more". */
function nameList(names: readonly string[]): string {
  const shown = names.slice(0, SUMMARY_FAILED_NAMES).join(', ');
  return names.length > SUMMARY_FAILED_NAMES ? `${shown} and ${names.length - SUMMARY_FAILED_NAMES} more` : shown;
}

export interface SummaryOptions {
  /** When the run started (Date.now()): the summary's time is the whole run's, finding the inputs too. */
  started: number;
  /** A summary is given for several inputs, or a run into a folder... */
  several: boolean;
  /** ...named as the user gave it. */
  outDir: string | undefined;
  failOnEmpty: boolean;
}

/** Reports the summary; returns the exit code. */
export function summarize(tally: Tally, options: SummaryOptions, reporter: Reporter): number {
  if (options.several || options.outDir) {
    const total = tally.ok + tally.empty + tally.failed + tally.skipped;
    const where = options.outDir && tally.written > 0 ? ` (written to ${options.outDir})` : '';
    const seconds = (Date.now() - options.started) / 1000;
    const rate = seconds > 0 ? tally.bytes / 1e6 / seconds : 0;
    const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
    reporter.summary(
      `${total} file${total === 1 ? '' : 's'}: ${tally.ok} ok, ${tally.empty} empty, ${tally.failed} failed${skipped} in ${seconds.toFixed(1)} s, ${rate.toFixed(1)} MB/s${where}`,
    );
    if (tally.emptyNames.length) reporter.summary(`empty (no article${options.outDir ? ', nothing written' : ''}): ${nameList(tally.emptyNames)}`);
    if (tally.failedNames.length) reporter.summary(`failed: ${nameList(tally.failedNames)}`);
  }
  if (options.failOnEmpty && tally.empty > 0) {
    reporter.error(`${tally.empty} input${tally.empty === 1 ? '' : 's'} gave no article (--fail-on-empty)`);
    return EXIT.FAILED;
  }
  return tally.failed > 0 ? EXIT.FAILED : EXIT.OK;
}
