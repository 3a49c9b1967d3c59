/**
 * Quality gate: runs the CLI's batch mode over the development pages of ../shared in every
 * layout (scripts/bench-sets.mjs) and fails when a benchmark figure falls more than the
 * tolerance below its floor in floors.json.
 * Skipped when ../shared is absent (a user's clone has none).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the scripts, without types
import { benchSets, runAndScore } from '../../scripts/bench-sets.mjs';

interface Floors {
  tolerance: number;
  layouts: Record<string, Record<string, number>>;
}
interface Report {
  missing: number;
  datasets: Record<string, { f1: number } | undefined>;
  metadata: Record<string, { accuracy: number; precision: number } | undefined>;
  stderr: string;
}

const floors = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'floors.json'), 'utf8')) as Floors;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ac-gate-'));
const sets = (benchSets(work) as { name: string; dir: string }[]).filter((s) => floors.layouts[s.name]);

/** The figure a floor names: a dataset's F1 ("sh"), a field's accuracy ("title") or precision ("titlePrecision"). */
function figure(report: Report, name: string): number {
  if (name.endsWith('Precision')) return report.metadata[name.slice(0, -'Precision'.length)]?.precision ?? 0;
  if (report.metadata[name]) return report.metadata[name]!.accuracy;
  return report.datasets[name]?.f1 ?? 0;
}

describe.skipIf(sets.length === 0)('benchmark quality gate (../shared, every layout)', () => {
  // Some thousands of files: removing them may take a while on a busy machine.
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }), 120_000);

  for (const set of sets) {
    it(`${set.name}: converts every page through the CLI and stays above the floors`, () => {
      const report = runAndScore(set, path.join(work, 'pred', set.name)) as Report;
      expect(report.stderr).toBe('');
      expect(report.missing).toBe(0);
      const below: string[] = [];
      for (const [name, floor] of Object.entries(floors.layouts[set.name]!)) {
        const value = figure(report, name);
        if (value < floor - floors.tolerance) below.push(`${name} ${value.toFixed(3)} < floor ${floor}`);
      }
      expect(below).toEqual([]);
    }, 600_000);
  }
});
