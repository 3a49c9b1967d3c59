/**
 * --input-format warc, end to end on the built CLI: WARC and WET files of invented pages, made
 * here with warcio (the library the CLI reads them with), gzipped per record as Common Crawl
 * writes them and not; damaged and truncated files; parallel runs; standard input.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, cli, NO_STACK, PAGE, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => cleanup(made));

const encoder = new TextEncoder();
async function* body(text: string | Uint8Array): AsyncGenerator<Uint8Array> {
  yield typeof text === 'string' ? encoder.encode(text) : text;
}

/** An invented page of text, different for each n. */
const page = (n: number) => PAGE.replace('Harbour Reopens After Three Days of Storms', `Harbour ${n} Reopens After Three Days of Storms`);

/** A record, made anew for each file (a record's body can be serialized once). */
type Make = () => WARCRecord;

const info: Make = () => WARCRecord.createWARCInfo({ filename: 'crawl.warc' }, { software: 'test' });
const conversion = (n: number): Make => () =>
  WARCRecord.create({ url: `https://news.example/${n}`, type: 'conversion', warcHeaders: { 'Content-Type': 'text/plain', 'WARC-Record-ID': `<urn:uuid:conv-${n}>` } }, body(page(n)));
const response = (n: number, contentType: string, payload = page(n)): Make => () =>
  WARCRecord.create(
    { url: `https://news.example/${n}`, type: 'response', httpHeaders: { 'Content-Type': contentType }, warcHeaders: { 'WARC-Record-ID': `<urn:uuid:resp-${n}>` } },
    body(payload),
  );
const resource = (n: number, contentType: string, payload: string | Uint8Array): Make => () =>
  WARCRecord.create({ url: `https://news.example/${n}`, type: 'resource', warcHeaders: { 'Content-Type': contentType, 'WARC-Record-ID': `<urn:uuid:res-${n}>` } }, body(payload));
const request = (n: number): Make => () => WARCRecord.create({ url: `https://news.example/${n}`, type: 'request', statusline: 'GET / HTTP/1.1', httpHeaders: { Host: 'news.example' } }, body(''));
const metadata = (n: number): Make => () => WARCRecord.create({ url: `https://news.example/${n}`, type: 'metadata', warcHeaders: { 'Content-Type': 'application/warc-fields' } }, body('fetchTimeMs: 12\r\n'));

async function warc(records: Make[], gzip: boolean): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const make of records) parts.push(await WARCSerializer.serialize(make(), { gzip }));
  return Buffer.concat(parts);
}

/** A crawl's mix: every kind of record, three of them pages of text. */
const MIX: Make[] = [
  info,
  request(1),
  response(1, 'text/html; charset=utf-8', '<html><body><p>An HTML page</p></body></html>'),
  metadata(1),
  conversion(2),
  response(3, 'text/plain; charset=utf-8'),
  resource(4, 'image/png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])),
  conversion(5),
];
const MIX_IDS = ['<urn:uuid:conv-2>', '<urn:uuid:resp-3>', '<urn:uuid:conv-5>'];

let dir = '';
beforeAll(async () => {
  dir = tempDir();
  made.push(dir);
  fs.writeFileSync(path.join(dir, 'mix.warc'), await warc(MIX, false));
  fs.writeFileSync(path.join(dir, 'mix.warc.gz'), await warc(MIX, true));
  const many = Array.from({ length: 40 }, (_, i) => conversion(i + 1));
  fs.writeFileSync(path.join(dir, 'many.wet.gz'), await warc([info, ...many], true));
});

const results = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

// Each test spawns the CLI once or more: seconds each on a busy machine.
describe('--input-format warc', { timeout: 30_000 }, () => {
  it.each(['mix.warc', 'mix.warc.gz'])('cleans the text records of %s in order, with their record id and target URI, and skips the others', (name) => {
    const r = cli(['--input-format', 'warc', path.join(dir, name)]);
    expect(r.status, r.stderr).toBe(0);
    const out = results(r.stdout);
    expect(out.map((o) => o.id)).toEqual(MIX_IDS);
    expect(out.map((o) => o.url)).toEqual(['https://news.example/2', 'https://news.example/3', 'https://news.example/5']);
    expect(out.map((o) => o.title)).toEqual([2, 3, 5].map((n) => `Harbour ${n} Reopens After Three Days of Storms`));
    expect(Object.keys(out[0]!).slice(0, 3)).toEqual(['id', 'url', 'input']);
    expect(String(out[0]!.input)).toMatch(new RegExp(`${name.replace('.', '\\.')}:5$`));
    // The HTML and the image are skipped and counted, with why; warcinfo, request and metadata quietly.
    expect(r.stderr).toContain('2 records skipped, not plain text: 1 text/html, 1 image/png (HTML is not text the cleaner reads');
    expect(r.stderr).not.toMatch(/request|metadata|warcinfo/);
  });

  it('reads standard input, gzipped', () => {
    const r = cli(['--input-format', 'warc'], { input: fs.readFileSync(path.join(dir, 'mix.warc.gz')) });
    expect(r.status, r.stderr).toBe(0);
    expect(results(r.stdout).map((o) => o.id)).toEqual(MIX_IDS);
  });

  it('gives the same output with -j 2 as with -j 1', () => {
    const file = path.join(dir, 'many.wet.gz');
    const one = cli(['--input-format', 'warc', '-j', '1', file]);
    const two = cli(['--input-format', 'warc', '-j', '2', file]);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(results(one.stdout).map((o) => o.id)).toEqual(Array.from({ length: 40 }, (_, i) => `<urn:uuid:conv-${i + 1}>`));
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);

  it('reads a folder of .warc.gz and .wet.gz files without --ext, into .jsonl outputs', () => {
    const tree = tempDir();
    made.push(tree);
    fs.mkdirSync(path.join(tree, 'in'));
    for (const name of ['mix.warc.gz', 'many.wet.gz']) fs.copyFileSync(path.join(dir, name), path.join(tree, 'in', name));
    fs.writeFileSync(path.join(tree, 'in', 'notes.txt'), 'not read');
    const r = cli(['--input-format', 'warc', 'in', '-d', 'out', '--quiet'], { cwd: tree });
    expect(r.status, r.stderr).toBe(0);
    const outputs = fs.readdirSync(path.join(tree, 'out')).sort();
    expect(outputs).toHaveLength(2);
    const lines = outputs.map((name) => results(fs.readFileSync(path.join(tree, 'out', name), 'utf8')).length).sort((a, b) => a - b);
    expect(lines).toEqual([3, 40]);
  });

  it.each([false, true])('cleans the records before the damage of a truncated file (gzip %s), then gives one error record and exits 1', async (gzip) => {
    const whole = await warc([info, conversion(1), conversion(2), conversion(3)], gzip);
    const cut = path.join(dir, `cut-${gzip}.warc${gzip ? '.gz' : ''}`);
    fs.writeFileSync(cut, whole.subarray(0, whole.length - 200));
    const r = cli(['--input-format', 'warc', cut]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(NO_STACK);
    const out = results(r.stdout);
    expect(out.slice(0, 2).map((o) => o.title)).toEqual([1, 2].map((n) => `Harbour ${n} Reopens After Three Days of Storms`));
    expect(out).toHaveLength(3);
    expect(out[2]).toMatchObject({ id: '<urn:uuid:conv-3>', url: 'https://news.example/3', record: 4 });
    expect(String(out[2]!.error)).toMatch(/^cannot read the record: .*the rest of the file is not read$/);
    expect(r.stderr).toContain('1 of 3 records could not be cleaned');
  });

  it('ends a file at a record longer than its Content-Length says, with one error record', async () => {
    const whole = (await warc([conversion(1), conversion(2), conversion(3)], false)).toString('latin1');
    // The first record says it is 10 bytes shorter than it is.
    const damaged = whole.replace(/Content-Length: (\d+)/, (_, n: string) => `Content-Length: ${Number(n) - 10}`);
    const r = cli(['--input-format', 'warc'], { input: Buffer.from(damaged, 'latin1') });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(NO_STACK);
    const out = results(r.stdout);
    expect(out.at(-1)).toMatchObject({ record: 2 });
    expect(String(out.at(-1)!.error)).toContain('does not end where its Content-Length says');
  });

  it('gives an error record for a record that cannot be cleaned and goes on', async () => {
    const file = path.join(dir, 'big.warc');
    fs.writeFileSync(file, await warc([conversion(1), resource(2, 'text/plain', 'x'.repeat(3000)), conversion(3)], false));
    const r = cli(['--input-format', 'warc', '--max-size', '2k', file]);
    expect(r.status).toBe(1);
    const out = results(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['<urn:uuid:conv-1>', '<urn:uuid:res-2>', '<urn:uuid:conv-3>']);
    expect(out[1]).toEqual({ id: '<urn:uuid:res-2>', url: 'https://news.example/2', record: 2, error: 'record is larger than --max-size (2048 bytes)' });
    expect(out[2]!.title).toBe('Harbour 3 Reopens After Three Days of Storms');
  });

  it('refuses a file that is not WARC in one line', () => {
    const r = cli(['--input-format', 'warc'], { input: `${PAGE}\n` });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("'standard input' is not a WARC file");
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('is documented in --help', () => {
    const r = cli(['--help']);
    expect(r.stdout).toMatch(/--input-format[\s\S]*warc:\s+each\s+text\s+record\s+of\s+a\s+WARC\s+or\s+WET\s+file/);
  });
});

describe('GNU parallel over JSON Lines', () => {
  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!hasParallel) console.warn('GNU parallel is not installed: the test of `parallel --pipe` is skipped (apt-get install parallel)');
  it.skipIf(!hasParallel)('parallel --pipe --keep-order gives the output of a direct run', () => {
    const input = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: i, text: page(i) })).join('\n') + '\n';
    const direct = cli(['--input-format', 'jsonl'], { input });
    expect(direct.status, direct.stderr).toBe(0);
    const piped = spawnSync('parallel', ['--will-cite', '--pipe', '--keep-order', '-N', '7', '-j', '2', process.execPath, path.resolve(import.meta.dirname, '..', '..', 'bin', 'article-cleaner.js'), '--input-format', 'jsonl'], {
      input,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(piped.status, piped.stderr).toBe(0);
    // Each chunk's records name their line within the chunk: compare all but `input`.
    const strip = (s: string) => results(s).map(({ input: _, ...rest }) => rest);
    expect(strip(piped.stdout)).toEqual(strip(direct.stdout));
  }, 60_000);
});
