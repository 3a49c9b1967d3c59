/**
 * The worker pool's crash policy, at the pool's seam: a worker that throws, one that exits and
 * one that runs out of memory fail the unit they were running and nothing else; the other
 * units of its job are run again, each alone. The workers here are a stand-in script that
 * speaks worker.ts's messages (the end-to-end runs with the real worker are in batch.test.ts
 * and robustness.test.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { LineResult } from '../../src/cli/jsonl.js';
import { WorkerPool } from '../../src/cli/pool.js';
import { cleanup, makeTree, root } from './helpers.js';

/**
 * Answers each unit of a 'lines' job with its text and the size of the job it came in; a unit
 * whose text is 'throw' throws, 'exit' ends the thread, 'oom' fills the heap.
 */
const STAND_IN = `
import { parentPort, workerData } from 'node:worker_threads';
const running = new Int32Array(workerData.running);
parentPort.on('message', ({ id, job }) => {
  Atomics.store(running, workerData.slot, id);
  const results = job.units.map((unit) => {
    if (unit.text === 'throw') throw new Error('boom');
    if (unit.text === 'exit') process.exit(3);
    if (unit.text === 'oom') for (const held = []; ; ) held.push(new Array(1e6).fill(held.length));
    return { out: unit.text + ' in a job of ' + job.units.length, ok: true };
  });
  Atomics.store(running, workerData.slot, -1);
  parentPort.postMessage({ results, ms: 0 });
});
parentPort.postMessage('loaded');
`;

const dirs: string[] = [];
afterAll(() => cleanup(dirs));
const dir = makeTree({ 'stand-in.mjs': STAND_IN }, dirs);
const standIn = pathToFileURL(path.join(dir, 'stand-in.mjs'));

const line = (n: number, text: string) => ({ n, text, source: 'test', maxSize: 1e9 });
const texts = (n: number, odd: Record<number, string>) => Array.from({ length: n }, (_, i) => odd[i] ?? `line ${i}`);

/** Runs the texts as 'lines' units in a pool of `size` stand-in workers; gives each result's line. */
async function runAll(size: number, all: string[]): Promise<string[]> {
  const pool = new WorkerPool(size, standIn);
  try {
    const results: LineResult[] = await Promise.all(all.map((text, n) => pool.run('lines', line(n + 1, text))));
    return results.map((r) => r.out);
  } finally {
    await pool.close();
  }
}

describe('WorkerPool crash policy', () => {
  it('batches units into jobs and gives every result in its place', async () => {
    const out = await runAll(2, texts(40, {}));
    expect(out.map((o) => o.replace(/ in a job of \d+$/, ''))).toEqual(texts(40, {}));
    // The first jobs hold one unit (the workers' speed is unknown), the later ones several.
    expect(out.some((o) => !o.endsWith(' in a job of 1'))).toBe(true);
  });

  for (const [how, message] of [
    ['throw', 'internal error: boom'],
    ['exit', 'internal error: worker stopped with exit code 3'],
  ] as const) {
    it(`a worker that dies (${how}) fails only the unit it was running; the rest of its job is run again, each alone`, async () => {
      const all = texts(40, { 25: how });
      const out = await runAll(1, all);
      const failed = JSON.parse(out[25]!);
      expect(failed).toEqual({ id: null, line: 26, error: message });
      for (let i = 0; i < all.length; i++) if (i !== 25) expect(out[i]).toMatch(new RegExp(`^line ${i} in a job of \\d+$`));
      // Unit 25 was in a job of several (the queue is shared out in halves once the worker answers): its neighbours ran again alone.
      expect(out[24]).toBe('line 24 in a job of 1');
      expect(out[26]).toBe('line 26 in a job of 1');
    });
  }

  it('a unit that kills every worker it runs in fails once, and the pool goes on with new workers', async () => {
    const out = await runAll(2, texts(30, { 3: 'exit', 17: 'throw', 18: 'exit' }));
    expect([3, 17, 18].map((i) => JSON.parse(out[i]!).error)).toEqual([
      'internal error: worker stopped with exit code 3',
      'internal error: boom',
      'internal error: worker stopped with exit code 3',
    ]);
    expect(out.filter((o) => o.startsWith('line '))).toHaveLength(27);
  });

  it('a worker that runs out of memory fails only its unit, with the advice for it (in a process with a small heap)', () => {
    const script = `
import { WorkerPool } from ${JSON.stringify(pathToFileURL(path.join(root, 'dist', 'cli', 'pool.js')).href)};
const pool = new WorkerPool(1, new URL(${JSON.stringify(standIn.href)}));
const texts = Array.from({ length: 12 }, (_, i) => (i === 7 ? 'oom' : 'line ' + i));
const results = await Promise.all(texts.map((text, k) => pool.run('lines', { n: k + 1, text, source: 'test', maxSize: 1e9 })));
await pool.close();
console.log(JSON.stringify(results.map((r) => r.out)));
`;
    fs.writeFileSync(path.join(dir, 'oom.mjs'), script);
    const r = spawnSync(process.execPath, ['--max-old-space-size=32', path.join(dir, 'oom.mjs')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const out: string[] = JSON.parse(r.stdout);
    expect(JSON.parse(out[7]!)).toEqual({
      id: null,
      line: 8,
      error: 'needs more memory than the JavaScript heap allows (raise it with NODE_OPTIONS=--max-old-space-size=MB)',
    });
    for (let i = 0; i < 12; i++) if (i !== 7) expect(out[i]).toMatch(new RegExp(`^line ${i} in a job of \\d+$`));
  }, 60_000);
});
