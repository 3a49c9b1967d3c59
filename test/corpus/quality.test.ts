/**
 * Quality gate: runs the CLI's batch mode over ../shared/corpus and fails when a benchmark
 * figure falls more than the tolerance below the floors in floors.json (or a metadata
 * false-positive rate rises above its ceiling).
 * Skipped when ../shared is absent (a user's clone has none).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const shared = path.resolve(root, '..', 'shared');
const corpus = path.join(shared, 'corpus');
const scorer = path.join(shared, 'bench', 'score.mjs');
const present = fs.existsSync(corpus) && fs.existsSync(scorer);
const floors = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'floors.json'), 'utf8'));

describe.skipIf(!present)('benchmark quality gate (../shared/corpus)', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ac-gate-'));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('converts the whole corpus through the CLI and stays above the floors', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'article-cleaner.js'), corpus, '--format', 'json', '--out-dir', out, '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 240_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const scored = spawnSync(process.execPath, [scorer, '--gold', corpus, '--pred', out, '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(scored.status).toBe(0);
    const report = JSON.parse(scored.stdout);
    expect(report.missing).toBe(0);
    const tol = floors.tolerance as number;
    const below: string[] = [];
    for (const [ds, floor] of Object.entries(floors.datasets as Record<string, number>)) {
      const f1 = report.datasets[ds]?.f1 ?? 0;
      if (f1 < floor - tol) below.push(`${ds} F1 ${f1.toFixed(3)} < floor ${floor}`);
    }
    for (const [field, floor] of Object.entries(floors.metadata as Record<string, number>)) {
      const acc = report.metadata[field]?.accuracy ?? 0;
      if (acc < floor - tol) below.push(`${field} accuracy ${acc.toFixed(3)} < floor ${floor}`);
    }
    for (const [field, ceiling] of Object.entries((floors.falsePositiveCeilings ?? {}) as Record<string, number>)) {
      const rate = report.metadata[field]?.falsePositiveRate ?? 1;
      if (rate > ceiling + tol) below.push(`${field} false-positive rate ${rate.toFixed(3)} > ceiling ${ceiling}`);
    }
    expect(below).toEqual([]);
  }, 300_000);
});
