/**
 * The output plan, pure (no disk access of its own): takes the inputs, where results go and a
 * view of the disk, gives for each input, in order, what becomes of it: cleaned into its
 * output file (or to stdout), skipped (--skip-existing and its output exists), or refused (its
 * output would replace an input, or the output of an input before it). Decided before any page
 * is read, so that --skip-existing costs nothing.
 */
import type { Format } from '../render/index.js';
import type { Input } from './inputs.js';
import { outputPathFor } from './output.js';

export interface PlanOptions {
  /** --output, absolute: every result goes to this file (there is one input). */
  output: string | undefined;
  /** --out-dir, absolute: one output per input, mirroring the input tree. Neither: stdout. */
  outDir: string | undefined;
  format: Format;
  /** The outputs' extension, when not the format's (JSON Lines outputs end in .jsonl). */
  extension?: string;
  skipExisting: boolean;
}

/** What the plan needs to know of the disk (see diskView in output.ts; a test gives its own). */
export interface DiskView {
  /** Whether the file exists and is one of the inputs, whatever links lead to it. */
  isInput(file: string): boolean;
  exists(file: string): boolean;
}

export type Step =
  /** `target` null: the result goes to stdout. */
  | { input: Input; action: 'clean'; target: string | null }
  | { input: Input; action: 'skip'; target: string }
  | { input: Input; action: 'refuse'; message: string };

export function planOutputs(inputs: readonly Input[], options: PlanOptions, disk: DiskView): Step[] {
  const { output, outDir } = options;
  if (output === undefined && outDir === undefined) return inputs.map((input) => ({ input, action: 'clean', target: null }));
  /** Outputs claimed so far, and by which input. */
  const claimed = new Map<string, string>();
  const steps: Step[] = [];
  for (const input of inputs) {
    const target = output ?? outputPathFor(input, outDir!, options.format, options.extension);
    const clash = claimed.get(target);
    if (disk.isInput(target)) {
      steps.push({ input, action: 'refuse', message: `refusing to overwrite input '${input.display}' with its output` });
    } else if (clash) {
      steps.push({ input, action: 'refuse', message: `'${input.display}' and '${clash}' would both be written to '${target}'` });
    } else {
      claimed.set(target, input.display);
      steps.push({ input, action: options.skipExisting && disk.exists(target) ? 'skip' : 'clean', target });
    }
  }
  return steps;
}
