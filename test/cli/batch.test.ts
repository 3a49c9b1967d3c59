/** End-to-end batch runs of the built CLI: interruption and resumption, JSON Lines at scale, a terminal. */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, cleanup, cli, makeTree, NO_STACK, PAGE } from './helpers.js';

const dirs: string[] = [];
afterAll(() => cleanup(dirs));
const workspace = (files: Record<string, string | Buffer>) => makeTree(files, dirs);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' };

/** Resolves when `ready()` holds, checking every 10 ms (fails after 20 s). */
async function until(ready: () => boolean): Promise<void> {
  for (let waited = 0; !ready(); waited += 10) {
    if (waited > 20_000) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const pages = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p/${i}.txt`, PAGE.replace('Harbour', `Harbour ${i}`)]));

describe('batch runs (built CLI)', () => {
  it('cleans a small batch with one job unless --jobs asks for more (workers would first have to compile the cleaner)', () => {
    const d = workspace(pages(12));
    const auto = cli(['p', '-d', 'o', '--format', 'json', '-v'], { cwd: d, env });
    expect(auto.status).toBe(0);
    expect(auto.stderr).toMatch(/12 pages, 1 job \(a batch under 20 MB\)/);
    const asked = cli(['p', '-d', 'o2', '--format', 'json', '-v', '-j', '2'], { cwd: d, env });
    expect(asked.status).toBe(0);
    expect(asked.stderr).toMatch(/12 pages, 2 jobs/);
    for (const f of fs.readdirSync(path.join(d, 'o'))) expect(fs.readFileSync(path.join(d, 'o2', f), 'utf8')).toBe(fs.readFileSync(path.join(d, 'o', f), 'utf8'));
  });

  for (const jobs of ['1', '2']) {
    it(`leaves no partial or temporary file when interrupted, and --skip-existing finishes the run (-j ${jobs})`, async () => {
      const n = 600;
      const d = workspace(pages(n));
      const out = path.join(d, 'o');
      const child = spawn(process.execPath, [bin, 'p', '-d', 'o', '--format', 'json', '-j', jobs], { cwd: d, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      const exited = once(child, 'exit');
      await until(() => fs.existsSync(out) && fs.readdirSync(out).length >= 20);
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code, 'the run had finished before it was interrupted').toBe(143);
      expect(stderr).toMatch(/article-cleaner: error: interrupted \(SIGTERM\); outputs already written are complete; run again with --skip-existing to finish/);
      expect(stderr).not.toMatch(NO_STACK);

      // What is there is whole: no temporary files, every output parses.
      const done = fs.readdirSync(out);
      expect(done.filter((f) => f.startsWith('.'))).toEqual([]);
      expect(done.length).toBeLessThan(n);
      for (const f of done) expect(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')).paragraphs.length).toBeGreaterThan(0);

      const again = cli(['p', '-d', 'o', '--format', 'json', '--skip-existing', '-j', jobs], { cwd: d });
      expect(again.status).toBe(0);
      expect(again.stderr).toMatch(new RegExp(`^article-cleaner: ${n} files: ${n - done.length} ok, 0 empty, 0 failed, ${done.length} skipped in `, 'm'));
      const all = fs.readdirSync(out);
      expect(all.filter((f) => f.startsWith('.'))).toEqual([]);
      expect(all.sort()).toEqual(Array.from({ length: n }, (_, i) => `${i}.json`).sort());
      for (const f of all) expect(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')).title).toBe(`Harbour ${f.replace('.json', '')} Reopens After Three Days of Storms`);
    }, 60_000);
  }

  it('removes the temporary files a killed run (SIGKILL) left, and only those, when it runs again', () => {
    const d = workspace(pages(3));
    const out = path.join(d, 'o');
    fs.mkdirSync(out);
    // The id of a process that has ended: a run killed while it wrote 1.json.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const left = [`.1.json.${gone}.tmp`, `.0.json.${process.pid}.tmp`, `.notes.${gone}.tmp`, `.2.json.${gone}.tmp.bak`];
    for (const f of left) fs.writeFileSync(path.join(out, f), '{"half": ');
    fs.writeFileSync(path.join(out, '2.json'), '{}');
    const r = cli(['p', '-d', 'o', '--format', 'json', '--skip-existing'], { cwd: d, env });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^article-cleaner: 3 files: 2 ok, 0 empty, 0 failed, 1 skipped in /m);
    // Gone: the ended run's temporary output. Kept: one of a running process, and files that are no output's.
    expect(fs.readdirSync(out).sort()).toEqual([`.0.json.${process.pid}.tmp`, `.2.json.${gone}.tmp.bak`, `.notes.${gone}.tmp`, '0.json', '1.json', '2.json'].sort());
    expect(JSON.parse(fs.readFileSync(path.join(out, '1.json'), 'utf8')).title).toBe('Harbour 1 Reopens After Three Days of Storms');
  });

  it('waits for the outputs worker threads are writing when interrupted, and leaves none of their temporary files', async () => {
    // A preload module (it runs in every thread) makes each write take about 50 ms, so that
    // the interruption comes while the workers are writing.
    const slow = `
import fs from 'node:fs';
const pause = (ms) => { const until = Date.now() + ms; while (Date.now() < until); };
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (p, ...rest) {
  const r = writeFileSync.call(this, p, ...rest);
  if (String(p).endsWith('.tmp')) pause(25);
  return r;
};
const renameSync = fs.renameSync;
fs.renameSync = function (...args) {
  pause(25);
  return renameSync.apply(this, args);
};
`;
    const d = workspace({ ...pages(200), 'slow.mjs': slow });
    const out = path.join(d, 'o');
    const child = spawn(process.execPath, ['--import', path.join(d, 'slow.mjs'), bin, 'p', '-d', 'o', '--format', 'json', '-j', '2'], { cwd: d, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = once(child, 'exit');
    // A temporary file in the output folder: an output is being written.
    await until(() => fs.existsSync(out) && fs.readdirSync(out).length >= 4 && fs.readdirSync(out).some((f) => f.endsWith('.tmp')));
    child.kill('SIGINT');
    const [code] = await exited;
    expect(code, 'the run had finished before it was interrupted').toBe(130);
    expect(stderr).toMatch(/article-cleaner: error: interrupted \(SIGINT\); outputs already written are complete/);
    const done = fs.readdirSync(out);
    expect(done.filter((f) => f.startsWith('.'))).toEqual([]);
    expect(done.length).toBeLessThan(200);
    for (const f of done) expect(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')).title).toBe(`Harbour ${f.replace('.json', '')} Reopens After Three Days of Storms`);
  }, 60_000);

  it('fails only the page a worker ran out of memory on: the pages it held next go to the other workers', () => {
    // 2.4 MB of one-word lines (three windows of PAGE.MAX_CHARS) needs more than the 20 MB heap allowed here, the other
    // pages far less; it sorts among the others.
    const files: Record<string, string> = { ...pages(16), 'p/5-huge.txt': Array.from({ length: 300_000 }, (_, i) => `word${i % 1000}`).join('\n') };
    const d = workspace(files);
    const r = cli(['p', '-d', 'o', '--format', 'json', '-j', '2'], { cwd: d, env: { NODE_OPTIONS: '--max-old-space-size=20' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^article-cleaner: 17 files: 16 ok, 0 empty, 1 failed in /m);
    expect(r.stderr).toContain("article-cleaner: error: 'p/5-huge.txt' needs more memory than the JavaScript heap allows");
    expect(r.stderr).toContain('article-cleaner: failed: p/5-huge.txt\n');
    const done = fs.readdirSync(path.join(d, 'o'));
    expect(done.sort()).toEqual(Array.from({ length: 16 }, (_, i) => `${i}.json`).sort());
  }, 60_000);

  for (const jobs of ['1', '2']) {
    it(`writes into an existing pipe in the output folder instead of replacing it, the other outputs as files (-j ${jobs})`, () => {
      const d = workspace(pages(12));
      const command = `mkdir o && mkfifo o/3.json && { cat o/3.json > got.json & ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} p -d o --format json -j ${jobs}; s=$?; wait; exit $s; }`;
      const r = spawnSync('bash', ['-c', command], { cwd: d, encoding: 'utf8', timeout: 30_000, env });
      expect(r.status, r.stderr).toBe(0);
      expect(fs.lstatSync(path.join(d, 'o', '3.json')).isFIFO()).toBe(true);
      expect(JSON.parse(fs.readFileSync(path.join(d, 'got.json'), 'utf8')).title).toBe('Harbour 3 Reopens After Three Days of Storms');
      const outputs = fs.readdirSync(path.join(d, 'o')).filter((f) => f !== '3.json');
      expect(outputs.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `${i}.json`).filter((f) => f !== '3.json').sort());
      for (const f of outputs) expect(fs.lstatSync(path.join(d, 'o', f)).isFile()).toBe(true);
    }, 60_000);
  }

  it('keeps the ids, other fields and order of JSON Lines at scale, one result per line, past malformed lines', () => {
    const docs = Array.from({ length: 300 }, (_, i) => ({ id: i % 3 === 0 ? `doc-${i}` : i, text: PAGE.replace('Harbour', `Harbour ${i}`), meta: { n: i } }));
    const lines = docs.map((doc) => JSON.stringify(doc));
    lines.splice(100, 0, '{"id": "broken", "text": "cut off');
    lines.splice(200, 0, JSON.stringify({ id: 'no-text', meta: { n: -1 } }));
    const input = `${lines.join('\n')}\n`;

    const r = cli(['--input-format', 'jsonl'], { input });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2 of 302 lines could not be cleaned/);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length);
    expect(out[100]).toEqual({ id: null, line: 101, error: 'not valid JSON' });
    expect(out[200]).toEqual({ id: 'no-text', line: 201, error: 'no "text" string' });
    const cleaned = out.filter((o) => !('error' in o));
    expect(cleaned.map((o) => o.id)).toEqual(docs.map((doc) => doc.id));
    expect(cleaned.map((o) => o.meta.n)).toEqual(docs.map((doc) => doc.meta.n));
    expect(cleaned.map((o) => o.title)).toEqual(docs.map((_, i) => `Harbour ${i} Reopens After Three Days of Storms`));

    // The same from a file to --out-dir (only `input`, which names the source, differs).
    const d = workspace({ 'in/docs.jsonl': input });
    const f = cli(['in/docs.jsonl', '--input-format', 'jsonl', '-d', 'out'], { cwd: d });
    expect(f.status).toBe(1);
    const written = fs.readFileSync(path.join(d, 'out', 'docs.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    const withoutInput = (o: Record<string, unknown>) => ({ ...o, input: undefined });
    expect(written.map(withoutInput)).toEqual(out.map(withoutInput));
  }, 60_000);

  it('cleans JSON Lines in worker threads with --jobs: the same lines, warnings and exit code as in one thread', () => {
    const doc = (i: number) => Buffer.from(`${JSON.stringify({ id: i, text: PAGE.replace('Harbour', `Harbour ${i}`) })}\n`);
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
    // Over several chunks of lines (about 570,000 characters): a cut-off line, blank lines, a line that is not UTF-8, one over --max-size.
    const input = Buffer.concat([
      ...range(0, 150).map(doc),
      Buffer.from('{"id": "broken", "text": "cut off\n'),
      Buffer.from('\n   \n'),
      Buffer.from('{"id": "latin", "text": "caf\xe9"}\n', 'latin1'),
      ...range(150, 450).map(doc),
      Buffer.from(`${JSON.stringify({ id: 'long', text: 'word '.repeat(30_000) })}\n`),
      ...range(450, 900).map(doc),
    ]);
    const one = cli(['--input-format', 'jsonl', '-j', '1', '--max-size', '100k'], { input, env });
    const two = cli(['--input-format', 'jsonl', '-j', '2', '--max-size', '100k', '-v'], { input, env });
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toMatch(/^article-cleaner: '-': from line 1 on, in 2 worker threads$/m);
    expect(two.stderr.replace(/^.*worker threads\n/m, '')).toBe(one.stderr);
    expect(one.stderr).toMatch(/3 of 903 lines could not be cleaned/);
    const out = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual([...range(0, 150), null, null, ...range(150, 450), null, ...range(450, 900)]);
    expect(out.slice(150, 152)).toEqual([
      { id: null, line: 151, error: 'not valid JSON' },
      { id: null, line: 154, error: 'not valid UTF-8' },
    ]);
    expect(out[452]).toEqual({ id: null, line: 455, error: 'line is larger than --max-size (102400 bytes)' });
    expect(out.filter((o) => !('error' in o)).map((o) => o.title)).toEqual(range(0, 900).map((i) => `Harbour ${i} Reopens After Three Days of Storms`));
  }, 60_000);

  it('fails only the JSON Lines document a worker ran out of memory on: the other lines of its chunk are cleaned again', () => {
    // 2.4 MB of one-word lines (three windows of PAGE.MAX_CHARS) needs more than the 20 MB heap allowed here, the other
    // documents far less.
    const huge = Array.from({ length: 300_000 }, (_, i) => `word${i % 1000}`).join('\n');
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify(i === 17 ? { id: 'huge', text: huge } : { id: i, text: PAGE.replace('Harbour', `Harbour ${i}`) }));
    const r = cli(['--input-format', 'jsonl', '-j', '2'], { input: `${lines.join('\n')}\n`, env: { NODE_OPTIONS: '--max-old-space-size=20' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("article-cleaner: warning: '-' line 18: needs more memory than the JavaScript heap allows");
    expect(r.stderr).toMatch(/1 of 40 lines could not be cleaned/);
    expect(r.stderr).not.toMatch(NO_STACK);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 40 }, (_, i) => (i === 17 ? null : i)));
    expect(out[17]).toMatchObject({ id: null, line: 18 });
  }, 60_000);

  it('turns a JSON Lines document whose worker stops (no error, an exit) into an error record, and goes on', () => {
    // A preload module (it runs in every thread) makes a worker thread exit on one document.
    const stop = `
import { isMainThread } from 'node:worker_threads';
if (!isMainThread) {
  const parse = JSON.parse;
  JSON.parse = function (text, ...rest) {
    if (typeof text === 'string' && text.includes('STOP-THE-WORKER')) process.exit(3);
    return parse.call(this, text, ...rest);
  };
}
`;
    const d = workspace({ 'stop.mjs': stop });
    const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: i, text: i === 11 ? 'STOP-THE-WORKER' : PAGE.replace('Harbour', `Harbour ${i}`) }));
    const r = cli(['--input-format', 'jsonl', '-j', '2'], { cwd: d, input: `${lines.join('\n')}\n`, nodeArgs: ['--import', path.join(d, 'stop.mjs')] });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("article-cleaner: warning: '-' line 12: internal error: worker stopped with exit code 3\n");
    expect(r.stderr).toMatch(/1 of 30 lines could not be cleaned/);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 30 }, (_, i) => (i === 11 ? null : i)));
    expect(out.filter((o) => !('error' in o))).toHaveLength(29);
  }, 60_000);

  const script = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!script)('shows a progress bar on a terminal and ends with the summary', () => {
    const d = workspace(pages(40));
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} p -d o -j 2`;
    // `script` gives the run a terminal; its output is what the terminal showed.
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: d, encoding: 'utf8', timeout: 30_000, env });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\d+\/40 files \| [\d.]+ files\/s \| ETA/);
    expect(r.stdout).toMatch(/article-cleaner: 40 files: 40 ok, 0 empty, 0 failed in [\d.]+ s, [\d.]+ MB\/s \(written to o\)/);
    expect(fs.readdirSync(path.join(d, 'o'))).toHaveLength(40);
  }, 60_000);
});
