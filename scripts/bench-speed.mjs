#!/usr/bin/env node
/**
 * Speed benchmark (not a test): each figure is measured in one run against a baseline
 * measured in the same run, so the numbers mean the same on any machine.
 *
 *   npm run bench:speed
 *
 * 1. clean() throughput in MB/s, single thread, over ../shared/corpus (or generated pages),
 *    beside a baseline that only splits the text into paragraphs: after a first pass (the
 *    JavaScript engine compiles the cleaner while it runs), the median of three passes.
 * 2. Start-up: article-cleaner on one 5 KB file, as a ratio to `node -e ""` (medians of 15 runs
 *    of each, taken in turn).
 * 3. Parallel scaling: 2,000 files with --jobs 2 against --jobs 1, and the --jobs 1 run's MB/s
 *    (medians of three runs of each, taken in turn).
 * 4. Linearity: 1, 10 and 50 MB inputs; time per MB of the largest against the smallest, and
 *    the peak memory of the largest against its size.
 * 5. WARC input: a WET file (gzipped per record) against JSON Lines of the same 20 MB of pages,
 *    time per MB, through the CLI with one job.
 * Then where clean()'s time goes: the stages before metadata, and single passes over the text
 * (normalising; finding the words), each against clean() in the same run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'article-cleaner.js');
const { clean } = await import(path.join(root, 'dist', 'index.js'));
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const MB = 1e6;
const rows = [];
const row = (what, value, target, ok) => rows.push({ what, value, target, ok: ok === undefined ? '' : ok ? 'yes' : 'no' });

// ---- pages ----
let texts = [];
if (fs.existsSync(corpus)) {
  for (const ds of fs.readdirSync(corpus)) {
    const dir = path.join(corpus, ds);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.txt')) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
} else {
  const sample = fs.readFileSync(path.join(root, 'samples', 'en-news-donation.txt'), 'utf8');
  texts = Array.from({ length: 300 }, (_, i) => sample.replace('Floods', `Floods ${i}`));
}
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
const time = (fn) => {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. throughput
const split = () => {
  for (const t of texts) t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).join('\n\n');
};
const cleanAll = () => {
  for (const t of texts) clean(t);
};
split();
cleanAll(); // the first pass: the engine compiles the hot code as it goes
const baselines = [];
const cleanings = [];
for (let k = 0; k < 3; k++) {
  baselines.push(time(split));
  cleanings.push(time(cleanAll));
}
const baseline = median(baselines);
const cleaning = median(cleanings);
// Where the time goes, in the same run: the stages before metadata, and two single passes
// over every character that any cleaning needs (normalising; finding the words and looking
// each up in the word lists).
const { DEFAULT_MODEL } = await import(path.join(root, 'dist', 'model', 'index.js'));
const { readPage } = await import(path.join(root, 'dist', 'page', 'index.js'));
const { classify } = await import(path.join(root, 'dist', 'blocks', 'classify.js'));
const { scanWords } = await import(path.join(root, 'dist', 'blocks', 'features.js'));
const { normalizeText } = await import(path.join(root, 'dist', 'page', 'normalize.js'));
const stages = [
  ['normalising only (one pass)', (t) => normalizeText(t)],
  ['finding and looking up the words only (one pass)', (t) => scanWords(t)],
  ['stages 1-3: layout, normalise, segment, block features', (t) => readPage(t).page],
  ['stages 1-4: and classify the blocks', (t) => classify(readPage(t).page, DEFAULT_MODEL, false)],
];
const stageRows = stages.map(([what, fn]) => {
  const all = () => {
    for (const t of texts) fn(t);
  };
  all();
  const s = median([time(all), time(all), time(all)]);
  return { what, mbps: bytes / MB / s, share: s / cleaning };
});
row(`clean() throughput (${texts.length} pages, ${(bytes / MB).toFixed(1)} MB)`, `${(bytes / MB / cleaning).toFixed(1)} MB/s (${(cleaning / baseline).toFixed(0)}x the paragraph-split baseline)`, '>= 20 MB/s', bytes / MB / cleaning >= 20);

// 2. start-up
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ac-speed-'));
const page5k = path.join(tmp, 'page.txt');
fs.writeFileSync(page5k, texts.find((t) => Buffer.byteLength(t) > 5000)?.slice(0, 5000) ?? texts[0]);
const wall = (args) => {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return performance.now() - t0;
};
// Taken in turn, so that a slow spell of the host falls on both.
const nodeStarts = [];
const cliStarts = [];
for (let k = 0; k < 15; k++) {
  nodeStarts.push(wall(['-e', '']));
  cliStarts.push(wall([bin, page5k, '-o', path.join(tmp, 'page.md')]));
}
const nodeStart = median(nodeStarts);
const cliStart = median(cliStarts);
row('start-up on a 5 KB file', `${cliStart.toFixed(0)} ms = ${(cliStart / nodeStart).toFixed(2)}x node -e "" (${nodeStart.toFixed(0)} ms)`, '<= 2.5x', cliStart / nodeStart <= 2.5);

// 3. parallel scaling
const many = path.join(tmp, 'many');
fs.mkdirSync(many);
let manyBytes = 0;
for (let i = 0; i < 2000; i++) {
  const t = texts[i % texts.length];
  manyBytes += Buffer.byteLength(t);
  fs.writeFileSync(path.join(many, `p${i}.txt`), t);
}
let runs = 0;
const batch = (jobs) => {
  const out = path.join(tmp, `out-${runs++}-j${jobs}`);
  const t0 = performance.now();
  spawnSync(process.execPath, [bin, many, '-d', out, '--format', 'json', '--quiet', '-j', String(jobs)], { stdio: 'ignore' });
  return (performance.now() - t0) / 1000;
};
const j1s = [];
const j2s = [];
for (let k = 0; k < 3; k++) {
  j1s.push(batch(1));
  j2s.push(batch(2));
}
const j1 = median(j1s);
const j2 = median(j2s);
row('2,000 files, --jobs 2 vs --jobs 1', `${j2.toFixed(1)} s / ${j1.toFixed(1)} s = ${(j2 / j1).toFixed(2)} (${os.availableParallelism?.() ?? os.cpus().length} cores)`, '<= 0.65', j2 / j1 <= 0.65);
row('2,000 files, --jobs 1, end to end', `${(manyBytes / MB / j1).toFixed(1)} MB/s`, '>= 10 MB/s', manyBytes / MB / j1 >= 10);

// 4. linearity and memory
const long = texts.filter((t) => t.length > 5000).slice(0, 20).join('\n\n');
const sized = (mb) => {
  const f = path.join(tmp, `big-${mb}.txt`);
  const target = mb * MB;
  let s = '';
  while (s.length < target) s += long + '\n\n';
  fs.writeFileSync(f, s.slice(0, target));
  return f;
};
const measure = (mb) => {
  const f = sized(mb);
  const probe = `const t0=performance.now();const {clean}=await import(${JSON.stringify(path.join(root, 'dist', 'index.js'))});` +
    `clean(require('node:fs').readFileSync(${JSON.stringify(f)},'utf8'));` +
    `console.log(JSON.stringify({s:(performance.now()-t0)/1000,rss:process.resourceUsage().maxRSS*1024}))`;
  const out = execFileSync(process.execPath, ['--input-type=commonjs', '-e', `(async()=>{${probe}})()`], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out);
};
const small = measure(1);
const mid = measure(10);
const big = measure(50);
const perMb = (m, mb) => m.s / mb;
row('time per MB, 50 MB vs 1 MB (10 MB in between)', `${(perMb(big, 50) / perMb(small, 1)).toFixed(2)}x (${(perMb(small, 1) * 1000).toFixed(0)} / ${(perMb(mid, 10) * 1000).toFixed(0)} / ${(perMb(big, 50) * 1000).toFixed(0)} ms per MB)`, '<= 1.3x', perMb(big, 50) / perMb(small, 1) <= 1.3);
row('peak memory of the 50 MB run', `${(big.rss / MB).toFixed(0)} MB = ${(big.rss / (50 * MB)).toFixed(1)}x the input`, '< 10x', big.rss / (50 * MB) < 10);
// The same input through the CLI, from a file and from standard input: its peak memory (all threads), read as it exits.
const rssFile = path.join(tmp, 'rss');
const preload = path.join(tmp, 'rss.cjs');
fs.writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS * 1024)));`);
const cliPeak = (args, input) => {
  const fd = input === undefined ? 'ignore' : fs.openSync(input, 'r');
  spawnSync(process.execPath, ['--require', preload, bin, ...args], { stdio: [fd, 'ignore', 'ignore'] });
  if (fd !== 'ignore') fs.closeSync(fd);
  return Number(fs.readFileSync(rssFile, 'utf8'));
};
const bigFile = path.join(tmp, 'big-50.txt');
for (const [what, rss] of [
  ['the CLI on the 50 MB file', cliPeak([bigFile, '--format', 'json', '-o', path.join(tmp, 'big.json')])],
  ['the CLI on it from standard input', cliPeak(['--format', 'json', '-o', path.join(tmp, 'big-stdin.json')], bigFile)],
]) {
  row(`peak memory of ${what}`, `${(rss / MB).toFixed(0)} MB = ${(rss / (50 * MB)).toFixed(1)}x the input`, '< 10x', rss / (50 * MB) < 10);
}

// 5. WARC input: the same pages as a WET file (one gzip member per record, as Common Crawl
// writes them) and as JSON Lines, each about 20 MB of text, cleaned by the CLI with one job;
// the time per MB of the WET file against the JSON Lines file (medians of three runs of each,
// taken in turn). Both give the same JSON Lines out, so the difference is reading the input.
{
  const { WARCRecord, WARCSerializer } = await import('warcio');
  const target = 20 * MB;
  const jsonl = path.join(tmp, 'pages.jsonl');
  const wet = path.join(tmp, 'pages.wet.gz');
  const lines = [];
  const members = [];
  let textBytes = 0;
  for (let i = 0; textBytes < target; i++) {
    const text = texts[i % texts.length];
    textBytes += Buffer.byteLength(text);
    lines.push(JSON.stringify({ id: `<urn:uuid:page-${i}>`, url: `https://pages.example/${i}`, text }));
    const record = WARCRecord.create({ url: `https://pages.example/${i}`, type: 'conversion', warcHeaders: { 'Content-Type': 'text/plain', 'WARC-Record-ID': `<urn:uuid:page-${i}>` } }, [new TextEncoder().encode(text)]);
    members.push(await WARCSerializer.serialize(record, { gzip: true }));
  }
  fs.writeFileSync(jsonl, lines.join('\n') + '\n');
  fs.writeFileSync(wet, Buffer.concat(members));
  const cliRun = (args) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args, '-j', '1', '--quiet'], { stdio: ['ignore', 'ignore', 'ignore'] });
    if (r.status !== 0) throw new Error(`article-cleaner ${args.join(' ')} exited ${r.status}`);
    return (performance.now() - t0) / 1000;
  };
  const wets = [];
  const jsonls = [];
  for (let k = 0; k < 3; k++) {
    jsonls.push(cliRun(['--input-format', 'jsonl', jsonl]));
    wets.push(cliRun(['--input-format', 'warc', wet]));
  }
  const [tj, tw] = [median(jsonls), median(wets)];
  row(
    `WET (${(fs.statSync(wet).size / MB).toFixed(1)} MB gzipped) vs JSON Lines, ${(textBytes / MB).toFixed(0)} MB of pages, --jobs 1`,
    `${tw.toFixed(1)} s / ${tj.toFixed(1)} s = ${(tw / tj).toFixed(2)} (${(textBytes / MB / tw).toFixed(1)} vs ${(textBytes / MB / tj).toFixed(1)} MB/s)`,
    '<= 1.0',
    tw / tj <= 1.0,
  );
}

fs.rmSync(tmp, { recursive: true, force: true });
const w = [Math.max(...rows.map((r) => r.what.length)), Math.max(...rows.map((r) => r.value.length)), 11];
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism?.() ?? os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
console.log(`| ${'measure'.padEnd(w[0])} | ${'result'.padEnd(w[1])} | target      | met |`);
console.log(`| ${'-'.repeat(w[0])} | ${'-'.repeat(w[1])} | ----------- | --- |`);
for (const r of rows) console.log(`| ${r.what.padEnd(w[0])} | ${r.value.padEnd(w[1])} | ${r.target.padEnd(11)} | ${r.ok.padEnd(3)} |`);
const sw = Math.max(...stageRows.map((r) => r.what.length));
console.log(`\nWhere clean()'s time goes (same run; clean() itself: ${(bytes / MB / cleaning).toFixed(1)} MB/s):`);
console.log(`| ${'part'.padEnd(sw)} | MB/s   | share of clean() time |`);
console.log(`| ${'-'.repeat(sw)} | ------ | --------------------- |`);
for (const r of stageRows) console.log(`| ${r.what.padEnd(sw)} | ${r.mbps.toFixed(1).padStart(6)} | ${r.share.toFixed(2).padEnd(21)} |`);
