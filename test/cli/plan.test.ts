/** The output plan, without a disk: which input goes where, collisions, and --skip-existing given the files that exist. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../src/cli/inputs.js';
import { planOutputs, type DiskView, type PlanOptions } from '../../src/cli/plan.js';

const root = path.resolve('/work/in');
const out = path.resolve('/work/out');
const file = (rel: string, display = `in/${rel}`): Input => ({ kind: 'file', path: path.join(root, rel), display, rel });
const stdin: Input = { kind: 'stdin', display: '-', rel: 'stdin' };

/** A disk that holds `existing` files, of which `inputs` are inputs; it records what the plan asks. */
function disk(existing: string[] = [], inputs: string[] = []) {
  const asked: string[] = [];
  const view: DiskView = {
    isInput: (f) => (asked.push(`isInput ${f}`), inputs.includes(f)),
    exists: (f) => (asked.push(`exists ${f}`), existing.includes(f)),
  };
  return { view, asked };
}

const toDir = (o: Partial<PlanOptions> = {}): PlanOptions => ({ output: undefined, outDir: out, format: 'json', skipExisting: false, ...o });
const brief = (steps: ReturnType<typeof planOutputs>) =>
  steps.map((s) => (s.action === 'refuse' ? `${s.input.display}: refuse: ${s.message}` : `${s.input.display}: ${s.action} -> ${s.target === null ? 'stdout' : path.relative(out, s.target)}`));

describe('planOutputs', () => {
  it('sends every input to stdout without asking the disk anything', () => {
    const d = disk();
    const steps = planOutputs([file('a.txt'), stdin], { output: undefined, outDir: undefined, format: 'md', skipExisting: true }, d.view);
    expect(brief(steps)).toEqual(['in/a.txt: clean -> stdout', '-: clean -> stdout']);
    expect(d.asked).toEqual([]);
  });

  it('mirrors the input tree under --out-dir with the format extension (JSON Lines outputs end in .jsonl)', () => {
    const inputs = [file('a.txt'), file('sub/b.text'), stdin];
    expect(brief(planOutputs(inputs, toDir({ format: 'md' }), disk().view))).toEqual(['in/a.txt: clean -> a.md', 'in/sub/b.text: clean -> sub/b.md', '-: clean -> stdin.md']);
    expect(brief(planOutputs(inputs, toDir({ extension: '.jsonl' }), disk().view))).toEqual([
      'in/a.txt: clean -> a.jsonl',
      'in/sub/b.text: clean -> sub/b.jsonl',
      '-: clean -> stdin.jsonl',
    ]);
  });

  it('sends the one input to --output', () => {
    const target = path.resolve('/work/result.md');
    expect(planOutputs([file('a.txt')], toDir({ output: target, outDir: undefined }), disk().view)).toEqual([{ input: file('a.txt'), action: 'clean', target }]);
  });

  it('refuses an input whose output another input before it already claims, and the one whose output is an input', () => {
    const inputs = [file('a.txt'), file('a.text'), file('b.txt'), file('c.txt')];
    const steps = planOutputs(inputs, toDir(), disk([path.join(out, 'c.json')], [path.join(out, 'c.json')]).view);
    expect(brief(steps)).toEqual([
      'in/a.txt: clean -> a.json',
      `in/a.text: refuse: 'in/a.text' and 'in/a.txt' would both be written to '${path.join(out, 'a.json')}'`,
      'in/b.txt: clean -> b.json',
      "in/c.txt: refuse: refusing to overwrite input 'in/c.txt' with its output",
    ]);
  });

  it('with --skip-existing, skips the inputs whose outputs exist, and a skipped output still counts as claimed', () => {
    const inputs = [file('a.txt'), file('b.txt'), file('b.text'), file('c.txt')];
    const existing = [path.join(out, 'b.json'), path.join(out, 'elsewhere.json')];
    const steps = planOutputs(inputs, toDir({ skipExisting: true }), disk(existing).view);
    expect(brief(steps)).toEqual([
      'in/a.txt: clean -> a.json',
      'in/b.txt: skip -> b.json',
      `in/b.text: refuse: 'in/b.text' and 'in/b.txt' would both be written to '${path.join(out, 'b.json')}'`,
      'in/c.txt: clean -> c.json',
    ]);
    // Without --skip-existing an existing output is cleaned again (and the disk is not asked whether it exists).
    const d = disk(existing);
    expect(brief(planOutputs(inputs.slice(0, 2), toDir(), d.view))).toEqual(['in/a.txt: clean -> a.json', 'in/b.txt: clean -> b.json']);
    expect(d.asked.filter((q) => q.startsWith('exists'))).toEqual([]);
  });

  it('refuses to overwrite an input before anything else, even when the output exists and --skip-existing is given', () => {
    const target = path.join(out, 'a.json');
    expect(brief(planOutputs([file('a.txt')], toDir({ skipExisting: true }), disk([target], [target]).view))).toEqual([
      "in/a.txt: refuse: refusing to overwrite input 'in/a.txt' with its output",
    ]);
  });

  it('never plans an output outside --out-dir, whatever the relative paths say', () => {
    const inputs = [file('../../etc/passwd.txt', '../../etc/passwd.txt'), { ...file('x.txt'), rel: '/abs/x.txt' }];
    for (const step of planOutputs(inputs, toDir(), disk().view)) {
      expect(step.action).toBe('clean');
      if (step.action === 'clean') expect(path.relative(out, step.target!).split(path.sep)).not.toContain('..');
    }
  });
});
