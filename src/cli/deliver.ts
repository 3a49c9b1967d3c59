/**
 * What becomes of a page's result, in input order: takes the result, reports its error or
 * warnings, puts the output where it goes if it is not there yet (its file, or stdout after
 * the results before it), and counts the page in the tally.
 */
import path from 'node:path';
import type { RunContext } from './context.js';
import { CliError, InputError } from './errors.js';
import { writeOutput, type PageResult } from './page.js';
import type { PlannedPage } from './schedule.js';
import { writeOut } from './stdio.js';

export function deliverer(run: RunContext): (page: PlannedPage, r: PageResult) => Promise<void> {
  const { io, opts, reporter, tally } = run;
  let first = true;
  return async ({ input, target }, r) => {
    tally.bytes += r.bytes;
    if (r.error !== undefined || (r.data === undefined && !r.written && r.writeError === undefined && !r.dropped)) {
      reporter.error(r.error ?? `no result for '${input.display}'`);
      tally.fail(input.display);
      return;
    }
    if (r.decoding) reporter.verbose(`${input.display}: ${r.decoding}`);
    for (const w of r.warnings ?? []) reporter.warn(w);
    // No article, no file (a JSON result cleaned for stdout comes back with its data).
    const dropped = r.dropped || (target !== null && r.noFile);
    const unwritten = dropped && target ? '; nothing written' : '';
    if (r.blank) reporter.warn(`'${input.display}' is empty${unwritten}`);
    else if (r.empty) reporter.warn(`'${input.display}': no article found${unwritten}`);
    if (dropped) {
      tally.addEmpty(input.display);
      return;
    }
    try {
      if (target) {
        // Written where the page was cleaned, or else here.
        const problem = r.writeError ?? (r.written ? undefined : writeOutput(target, r.data!, run.settings.outDir));
        if (problem !== undefined) throw new InputError(problem);
        tally.written++;
        if (opts.verbose) reporter.verbose(`${input.display} -> ${path.relative(io.cwd, target) || target}`);
      } else {
        // Several Markdown or text documents follow one another, separated by a blank line
        // (Markdown: each opens with its own front matter) or a form feed (text).
        const sep = first || opts.format === 'json' || opts.format === 'jsonl' || opts.explain ? '' : opts.format === 'text' ? '\f\n' : '\n';
        await writeOut(io.stdout, sep + r.data!);
      }
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      reporter.error(err.message);
      tally.fail(input.display);
      return;
    }
    first = false;
    if (r.empty) tally.addEmpty(input.display);
    else tally.ok++;
  };
}
