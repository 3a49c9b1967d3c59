/**
 * What the timing scripts (stage-time.ts, source-time.ts) share: the development pages' texts,
 * the --passes option, the passes that time each part, and the report of each part's median
 * time as a share of clean()'s.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The texts of every page of ../shared/corpus, dataset by dataset. */
export function corpusTexts(): string[] {
  const corpus = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
  const texts: string[] = [];
  for (const ds of fs.readdirSync(corpus)) {
    const dir = path.join(corpus, ds);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.txt')) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return texts;
}

/** The passes measured after the warm-up one (--passes N, 5 by default). */
export function passesOption(): number {
  const i = process.argv.indexOf('--passes');
  return i >= 0 ? Number(process.argv[i + 1]) : 5;
}

/** Prints each part's median time over the passes and its share of clean()'s median. */
export function printShares(runs: Record<string, number[]>): void {
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
  const c = median(runs.clean!);
  const width = Math.max(...Object.keys(runs).map((k) => k.length)) + 2;
  for (const [k, v] of Object.entries(runs)) console.log(`${k.padEnd(width)}${median(v).toFixed(0).padStart(6)} ms  ${((median(v) / c) * 100).toFixed(1)}% of clean()`);
}

/**
 * Times the named parts of `visit` over every item, in --passes passes after a warm-up one
 * (every other pass in reverse order): `visit` calls lap(name) when part `name` ends, which adds
 * the time since the previous lap (or the item's start) to it; lap() only restarts the clock.
 * Gives each part's time per pass, for printShares.
 */
export function timeParts<T>(items: readonly T[], names: readonly string[], visit: (item: T, lap: (name?: string) => void) => void): Record<string, number[]> {
  const passes = passesOption();
  const runs: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let p = 0; p <= passes; p++) {
    const total: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    for (const item of p % 2 ? [...items].reverse() : items) {
      let last = performance.now();
      visit(item, (name) => {
        const now = performance.now();
        if (name !== undefined) total[name]! += now - last;
        last = now;
      });
    }
    if (p > 0) for (const n of names) runs[n]!.push(total[n]!);
  }
  return runs;
}
