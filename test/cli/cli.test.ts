/** End-to-end: the built CLI, spawned as a user or a CI job would run it. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JSON_KEYS } from '../../src/render/json.js';
import { bin, cleanup, cli, makeTree, NO_STACK, PAGE, PAGE_JUNK, root } from './helpers.js';

const dirs: string[] = [];
afterAll(() => cleanup(dirs));
const workspace = (files: Record<string, string | Buffer>) => makeTree(files, dirs);
const ls = (d: string) =>
  (fs.readdirSync(d, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(d, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();

const expectClean = (doc: string) => {
  // The body: after the front matter, where metadata values legitimately appear.
  const out = doc.replace(/^---\n[\s\S]*?\n---\n/, '');
  expect(out).toContain('The harbour reopened on Thursday');
  expect(out).toContain('Fishermen, who lost most of a week of work');
  for (const junk of PAGE_JUNK) expect(out).not.toContain(junk);
};

describe('article-cleaner (built CLI)', () => {
  it('cleans stdin to Markdown with front matter on stdout', () => {
    const r = cli([], { input: PAGE });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('---\ntitle: "Harbour Reopens After Three Days of Storms"\n')).toBe(true);
    expect(r.stdout).toContain('\n---\n\n# Harbour Reopens After Three Days of Storms\n\nThe harbour reopened');
    expect(r.stdout).toContain('image_credit: "Photo: Port Authority"');
    expect(r.stdout).toContain('source: "The Coastal Herald"');
    expectClean(r.stdout);
  });

  it('reads "-" as stdin and a file argument alike', () => {
    const d = workspace({ 'page.txt': PAGE });
    const a = cli(['-'], { input: PAGE });
    const b = cli(['page.txt'], { cwd: d });
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('writes JSON with every schema key', () => {
    const d = workspace({ 'page.txt': PAGE });
    const r = cli(['page.txt', '--format', 'json'], { cwd: d });
    expect(r.status).toBe(0);
    const obj = JSON.parse(r.stdout);
    expect(Object.keys(obj)).toEqual([...JSON_KEYS]);
    expect(obj.input).toBe('page.txt');
    expect(obj.title).toBe('Harbour Reopens After Three Days of Storms');
    expect(obj.paragraphs).toHaveLength(3);
    expect(obj.text).toBe(obj.paragraphs.join('\n\n'));
    expect(obj.wordCount).toBeGreaterThan(50);
    expect(obj.language).toBe('en');
  });

  it('writes plain text and Markdown without front matter', () => {
    const d = workspace({ 'page.txt': PAGE });
    const t = cli(['page.txt', '--format', 'text'], { cwd: d });
    expect(t.stdout.startsWith('Harbour Reopens After Three Days of Storms\n\nThe harbour reopened')).toBe(true);
    const m = cli(['page.txt', '--no-front-matter'], { cwd: d });
    expect(m.stdout.startsWith('# Harbour Reopens')).toBe(true);
  });

  it('gives JSON Lines for several inputs on stdout, in input order', () => {
    const d = workspace({ 'a.txt': PAGE, 'b.txt': PAGE.replace('Harbour Reopens', 'Port Opens') });
    const r = cli(['b.txt', 'a.txt', '--format', 'json'], { cwd: d });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).input)).toEqual(['b.txt', 'a.txt']);
    expect(r.stderr).toMatch(/2 files: 2 ok, 0 empty, 0 failed/);
  });

  it('gives one Markdown document after another for several inputs', () => {
    const d = workspace({ 'a.txt': PAGE, 'b.txt': PAGE });
    const r = cli(['a.txt', 'b.txt', '--quiet'], { cwd: d });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.match(/^title: /gm)).toHaveLength(2);
  });

  it('converts a folder into a mirrored --out-dir', () => {
    const d = workspace({ 'pages/a.txt': PAGE, 'pages/news/b.txt': PAGE, 'pages/news/deep/c.text': PAGE, 'pages/skip.md': 'x' });
    const r = cli(['pages', '--out-dir', 'clean'], { cwd: d });
    expect(r.status).toBe(0);
    expect(ls(path.join(d, 'clean'))).toEqual(['a.md', 'news/b.md', 'news/deep/c.md']);
    expectClean(fs.readFileSync(path.join(d, 'clean', 'news', 'b.md'), 'utf8'));
    expect(r.stderr).toMatch(/3 files: 3 ok, 0 empty, 0 failed .*\(written to clean\)/);
  });

  it('converts a quoted glob into a mirrored --out-dir, relative to the glob base', () => {
    const d = workspace({ 'pages/a.txt': PAGE, 'pages/x/b.txt': PAGE, 'pages/x/c.md': 'no' });
    const r = cli(['pages/**/*.txt', '--format', 'json', '-d', 'out'], { cwd: d });
    expect(r.status).toBe(0);
    expect(ls(path.join(d, 'out'))).toEqual(['a.json', 'x/b.json']);
    expect(JSON.parse(fs.readFileSync(path.join(d, 'out', 'x', 'b.json'), 'utf8')).input).toBe('pages/x/b.txt');
  });

  it('honours --ext for folders', () => {
    const d = workspace({ 'p/a.txt': PAGE, 'p/b.page': PAGE });
    const r = cli(['p', '--ext', 'page', '-d', 'o'], { cwd: d });
    expect(r.status).toBe(0);
    expect(ls(path.join(d, 'o'))).toEqual(['b.md']);
  });

  it('writes one input to -o', () => {
    const d = workspace({ 'page.txt': PAGE });
    const r = cli(['page.txt', '-o', 'sub/page.md'], { cwd: d });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expectClean(fs.readFileSync(path.join(d, 'sub', 'page.md'), 'utf8'));
  });

  it('exits 1 for a missing input but still writes the others', () => {
    const d = workspace({ 'a.txt': PAGE, 'b.txt': PAGE });
    const r = cli(['a.txt', 'missing.txt', 'b.txt', '-d', 'out'], { cwd: d });
    expect(r.status).toBe(1);
    expect(ls(path.join(d, 'out'))).toEqual(['a.md', 'b.md']);
    expect(r.stderr).toContain("article-cleaner: error: cannot read 'missing.txt': no such file or directory\n");
    expect(r.stderr).toMatch(/3 files: 2 ok, 0 empty, 1 failed/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('exits 1 for a binary file, reads a file in a legacy encoding, one line each, others still written', () => {
    const d = workspace({ 'a.txt': PAGE, 'b.txt': Buffer.from('%PDF-1.4\n%\u00e2\u00e3'), 'c.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) });
    const r = cli(['.', '-d', 'out', '--format', 'json'], { cwd: d });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("article-cleaner: error: 'b.txt' is binary (PDF), not text\n");
    expect(r.stderr).toContain(
      "article-cleaner: warning: 'c.txt' is not UTF-8 and its encoding could not be detected; read as windows-1252 (choose another with --encoding)\n",
    );
    // c.txt ("café") is read, and gives no article: no file.
    expect(r.stderr).toContain("warning: 'c.txt': no article found; nothing written");
    expect(ls(path.join(d, 'out'))).toEqual(['a.json']);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('warns about empty input and writes an empty result with exit 0', () => {
    const r = cli(['--format', 'json'], { input: '  \n\n' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("article-cleaner: warning: '-' is empty\n");
    const obj = JSON.parse(r.stdout);
    expect(obj.text).toBe('');
    expect(obj.title).toBeNull();
  });

  it('treats a closed stdin (no input at all) as empty, without hanging', () => {
    const r = cli([], { input: '' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/is empty/);
  });

  it('exits 2 for usage errors, with one line', () => {
    for (const args of [['--bogus'], ['--format', 'xml', 'x.txt'], ['--max-size', 'lots', 'a']]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n').length, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^article-cleaner: error: /);
    }
    const d = workspace({ 'a.txt': PAGE, 'b.txt': PAGE });
    const r = cli(['a.txt', 'b.txt', '-o', 'x.md'], { cwd: d });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--output takes one input/);
  });

  it('exits 1 when no input is found: a failed input, not a usage error', () => {
    for (const args of [['zz/*.txt'], ['nothing-here.txt']]) {
      const none = cli(args);
      expect(none.status, args.join(' ')).toBe(1);
      expect(none.stderr.trimEnd().split('\n').length, args.join(' ')).toBe(1);
    }
  });

  it('never overwrites an input', () => {
    const d = workspace({ 'page.txt': PAGE });
    const r = cli(['page.txt', '--format', 'text', '-o', 'page.txt'], { cwd: d });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/refusing to overwrite input/);
    expect(fs.readFileSync(path.join(d, 'page.txt'), 'utf8')).toBe(PAGE);
  });

  it('never overwrites an input in a batch, whichever way the output folder leads to it', () => {
    const d = workspace({ 'p/a.txt': PAGE, 'p/b.txt': PAGE, 'p/sub/c.txt': PAGE });
    fs.symlinkSync(path.join(d, 'p'), path.join(d, 'q'));
    for (const out of ['p', 'q', './p/../p']) {
      const r = cli(['p', '-d', out, '--format', 'text'], { cwd: d });
      expect(r.status, out).toBe(1);
      expect(r.stderr.match(/refusing to overwrite input/g)?.length, out).toBe(3);
      expect(r.stderr).toMatch(/^article-cleaner: 3 files: 0 ok, 0 empty, 3 failed in /m);
    }
    for (const f of ['p/a.txt', 'p/b.txt', 'p/sub/c.txt']) expect(fs.readFileSync(path.join(d, f), 'utf8')).toBe(PAGE);
    // Beside the inputs, in another format, is fine.
    expect(cli(['p', '-d', 'p', '--format', 'json'], { cwd: d }).status).toBe(0);
    expect(fs.existsSync(path.join(d, 'p', 'sub', 'c.json'))).toBe(true);
  });

  it('prints help with examples, and the version', () => {
    const h = cli(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('Usage: article-cleaner');
    expect(h.stdout).toContain('Examples:');
    expect(h.stdout).toContain('--out-dir');
    const v = cli(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('explains every block with label, score and reasons, and where each field came from', () => {
    const r = cli(['--explain'], { input: PAGE });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^== -: \d+ blocks, \d+ kept, language en$/);
    expect(r.stdout).toMatch(/\n\s+1 {2}boilerplate\s+-\d+\.\d\d {2}Home\s+← /);
    expect(r.stdout).toMatch(/\n\s+6 {2}title\s+[-+]\d+\.\d\d {2}Harbour Reopens/);
    expect(r.stdout).toMatch(/\n\s+10 {2}body\s+\+\d+\.\d\d {2}The harbour reopened/);
    expect(r.stdout).toMatch(/\n {2}title {8}"Harbour Reopens After Three Days of Storms" {2}← line 6: headline/);
    expect(r.stdout).toMatch(/\n {2}source {7}"The Coastal Herald" {2}← line 20: .*"Subscribe to X", copyright line/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('cleans JSON Lines in order, passing ids and other fields through, with error records for bad lines', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: PAGE, lang: 'en' }),
      '{not json',
      JSON.stringify({ id: 2, body: 'no text field' }),
      '',
      JSON.stringify({ id: 'c', text: PAGE.replace('Harbour Reopens', 'Port Opens') }),
    ].join('\n');
    const r = cli(['--input-format', 'jsonl'], { input: lines });
    expect(r.status).toBe(1);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 2, 'c']);
    expect(out[0].lang).toBe('en');
    expect(out[0].title).toBe('Harbour Reopens After Three Days of Storms');
    expect(out[1]).toEqual({ id: null, line: 2, error: 'not valid JSON' });
    expect(out[2]).toEqual({ id: 2, line: 3, error: 'no "text" string' });
    expect(out[3].title).toBe('Port Opens After Three Days of Storms');
    for (const key of JSON_KEYS) expect(out[3]).toHaveProperty(key);
    expect(r.stderr).toMatch(/2 of 4 lines could not be cleaned/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('writes JSON Lines input files to --out-dir as .jsonl', () => {
    const d = workspace({ 'in/batch.jsonl': `${JSON.stringify({ id: 1, text: PAGE })}\n` });
    const r = cli(['in/batch.jsonl', '--input-format', 'jsonl', '-d', 'out'], { cwd: d });
    expect(r.status).toBe(0);
    expect(ls(path.join(d, 'out'))).toEqual(['batch.jsonl']);
    expect(JSON.parse(fs.readFileSync(path.join(d, 'out', 'batch.jsonl'), 'utf8')).id).toBe(1);
  });

  it('resumes with --skip-existing, redoing only missing outputs', () => {
    const d = workspace({ 'p/a.txt': PAGE, 'p/b.txt': PAGE });
    expect(cli(['p', '-d', 'o'], { cwd: d }).status).toBe(0);
    fs.rmSync(path.join(d, 'o', 'b.md'));
    fs.writeFileSync(path.join(d, 'o', 'a.md'), 'kept');
    const r = cli(['p', '-d', 'o', '--skip-existing'], { cwd: d });
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(d, 'o', 'a.md'), 'utf8')).toBe('kept');
    expectClean(fs.readFileSync(path.join(d, 'o', 'b.md'), 'utf8'));
    expect(r.stderr).toMatch(/2 files: 1 ok, 0 empty, 0 failed, 1 skipped in [\d.]+ s, [\d.]+ MB\/s/);
    expect(cli(['p', '--skip-existing'], { cwd: d }).status).toBe(2);
  });

  it('exits 1 with --fail-on-empty when an input has no article', () => {
    const d = workspace({ 'a.txt': PAGE, 'menu.txt': 'Home\nNews\nSport\n' });
    const plain = cli(['a.txt', 'menu.txt', '-d', 'o'], { cwd: d });
    expect(plain.status).toBe(0);
    expect(plain.stderr).toMatch(/'menu.txt': no article found/);
    const strict = cli(['a.txt', 'menu.txt', '-d', 'o2', '--fail-on-empty'], { cwd: d });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/1 input gave no article \(--fail-on-empty\)/);
    // An empty result writes no file.
    expect(ls(path.join(d, 'o2'))).toEqual(['a.md']);
  });

  it('gives the same results in the same order with worker threads (-j)', () => {
    const files: Record<string, string | Buffer> = {};
    for (let i = 0; i < 12; i++) files[`p/${String(i).padStart(2, '0')}.txt`] = PAGE.replace('Harbour', `Harbour ${i}`);
    files['p/05.txt'] = Buffer.from('%PDF-1.4 binary');
    const d = workspace(files);
    const one = cli(['p', '--format', 'json', '-j', '1'], { cwd: d });
    const two = cli(['p', '--format', 'json', '-j', '2'], { cwd: d });
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).input)).toEqual(
      Array.from({ length: 12 }, (_, i) => `p/${String(i).padStart(2, '0')}.txt`).filter((f) => f !== 'p/05.txt'),
    );
    expect(two.stderr).toContain("article-cleaner: error: 'p/05.txt' is binary (PDF), not text\n");
    expect(cli(['p', '-j', '0'], { cwd: d }).status).toBe(2);
  });

  it('cleans with the weights --model names, in workers and in JSON Lines too, and refuses weights that do not fit', () => {
    const weights = JSON.parse(fs.readFileSync(path.join(root, 'src', 'model', 'weights.json'), 'utf8'));
    // The refining stage pushed far towards boilerplate: nothing is kept.
    const nothing = { ...weights, refine: { ...weights.refine, bias: -1e6 } };
    const renamed = { ...weights, local: { ...weights.local, names: ['not a feature', ...weights.local.names.slice(1)] } };
    const files: Record<string, string> = {
      'same.json': JSON.stringify(weights),
      'nothing.json': JSON.stringify(nothing),
      'renamed.json': JSON.stringify(renamed),
      'broken.json': '{',
      'docs.jsonl': `${JSON.stringify({ id: 1, text: PAGE })}\n`,
    };
    for (let i = 0; i < 4; i++) files[`p/${i}.txt`] = PAGE;
    const d = workspace(files);
    const bundled = cli(['p', '--format', 'json'], { cwd: d });
    expect(cli(['p', '--format', 'json', '--model', 'same.json', '-j', '2'], { cwd: d }).stdout).toBe(bundled.stdout);
    const none = cli(['p', '--format', 'json', '--model', 'nothing.json', '-j', '2'], { cwd: d });
    expect(none.status).toBe(0);
    expect(none.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).text)).toEqual(['', '', '', '']);
    const lines = cli(['docs.jsonl', '--input-format', 'jsonl', '--model', 'nothing.json'], { cwd: d });
    expect(JSON.parse(lines.stdout).text).toBe('');
    for (const [file, message] of [['renamed.json', 'does not fit this version'], ['broken.json', 'not valid JSON'], ['absent.json', 'ENOENT']]) {
      const r = cli(['p', '--model', file!], { cwd: d });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message!);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);

  it('stops quietly when the reader closes the pipe early', () => {
    const d = workspace(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`p${i}.txt`, PAGE])));
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(bin)} . | head -c 10`], {
      cwd: d,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stdout).toBe('---\ntitle:');
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.stderr).not.toMatch(/EPIPE/);
  });
});
