/** End-to-end (the built CLI): the points of issue 18, one describe block each. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, cli, makeTree, NO_STACK, PAGE } from './helpers.js';

const dirs: string[] = [];
afterAll(() => cleanup(dirs));
const workspace = (files: Record<string, string | Buffer>) => makeTree(files, dirs);
const lines = (s: string) => s.trimEnd().split('\n').filter(Boolean);

describe('an output folder that cannot be made', () => {
  // /proc answers ENOENT to any mkdir: Node's recursive mkdir used to retry it forever.
  const procOk = fs.existsSync('/proc/self');
  it.runIf(procOk)('fails at once with one line and exit 1 (-d and -o)', () => {
    const d = workspace({ 'page.txt': PAGE });
    for (const args of [['-d', '/proc/nope'], ['-o', '/proc/nope/x.md'], ['-d', '/proc/nope/a/b']]) {
      const started = Date.now();
      const r = cli([path.join(d, 'page.txt'), ...args]);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^article-cleaner: error: cannot write '\/proc\/nope\/.*': no such file or directory$/m);
      expect(r.stderr).not.toMatch(NO_STACK);
      if (args[0] === '-o') expect(lines(r.stderr)).toHaveLength(1);
    }
  });

  it('fails with one line when a file is in the way of the folder', () => {
    const d = workspace({ 'page.txt': PAGE, 'file': 'x' });
    const r = cli([path.join(d, 'page.txt'), '-o', path.join(d, 'file', 'sub', 'x.md')]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/error: cannot write .*x\.md': /);
  });
});

describe('a missing input', () => {
  it('exits 1 with one line, also when it is the only input', () => {
    const alone = cli(['nosuch.txt']);
    expect(alone.status).toBe(1);
    expect(lines(alone.stderr)).toEqual(["article-cleaner: error: cannot read 'nosuch.txt': no such file or directory"]);
    const d = workspace({ 'page.txt': PAGE });
    const mixed = cli(['nosuch.txt', 'page.txt'], { cwd: d });
    expect(mixed.status).toBe(1);
    expect(mixed.stdout).toContain('The harbour reopened');
  });

  it('keeps exit 2 for usage errors', () => {
    expect(cli(['page.txt', '--format', 'nope']).status).toBe(2);
  });
});

describe('the same input given twice', () => {
  it('is cleaned once, with a warning, whichever path names it', () => {
    const d = workspace({ 'pages/page.txt': PAGE });
    fs.symlinkSync(path.join(d, 'pages', 'page.txt'), path.join(d, 'link.txt'));
    const r = cli(['pages/page.txt', './pages/page.txt', 'link.txt', 'pages', '-f', 'jsonl'], { cwd: d });
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toMatch(/warning: '\.\/pages\/page\.txt' is the same file as 'pages\/page\.txt'; cleaned once/);
    expect(r.stderr).toMatch(/warning: 'link\.txt' is the same file as 'pages\/page\.txt'; cleaned once/);
  });
});

describe('HTML, XML or RSS as input', () => {
  const html = '\uFEFF\n  <!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Hello</p></body></html>\n';
  const fragment = '<div class="a"><p>One</p><p>Two</p><span>x</span></div>\n' + PAGE;
  const rss = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>x</title></channel></rss>\n';
  const mentions = PAGE.replace('Port officials said', 'Port officials, who wrote <div> and <p> in their notice, said');

  it('fails each markup input with the fix, exit 1, and still cleans the others', () => {
    const d = workspace({ 'a.html.txt': html, 'b.txt': fragment, 'c.txt': rss, 'd.txt': mentions });
    const r = cli(['a.html.txt', 'b.txt', 'c.txt', 'd.txt', '-f', 'jsonl'], { cwd: d });
    expect(r.status).toBe(1);
    for (const name of ['a.html.txt', 'b.txt', 'c.txt']) {
      expect(r.stderr).toContain(`error: '${name}' is HTML or XML, not the text of a page; convert it first: w3m -dump -T text/html page.html | article-cleaner`);
    }
    expect(r.stderr).not.toContain("'d.txt'");
    expect(lines(r.stdout).map((l) => JSON.parse(l).input)).toEqual(['d.txt']);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('refuses markup on stdin too', () => {
    const r = cli([], { input: html });
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringContaining("error: 'standard input' is HTML or XML")]);
  });

  it('gives an error record for a JSON Lines document that is markup', () => {
    const input = [JSON.stringify({ id: 'a', text: html }), JSON.stringify({ id: 'b', text: PAGE })].join('\n');
    const r = cli(['--input-format', 'jsonl'], { input });
    expect(r.status).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out[0]).toEqual({ id: 'a', line: 1, error: expect.stringContaining('"text" is HTML or XML') });
    expect(out[1].id).toBe('b');
    expect(out[1].text).toContain('The harbour reopened');
  });
});

describe('a URL as input', () => {
  it('says URLs are not fetched and how to fetch one, exit 1', () => {
    for (const url of ['https://example.com/news?id=1', 'http://example.com/a']) {
      const r = cli([url]);
      expect(r.status).toBe(1);
      expect(lines(r.stderr)).toEqual([`article-cleaner: error: '${url}' is a URL; URLs are not fetched: curl -s '${url}' | w3m -dump -T text/html | article-cleaner`]);
    }
  });
});

describe('--explain as data', () => {
  it('gives JSON with -f json (one object) and -f jsonl (a line per input)', () => {
    const d = workspace({ 'a.txt': PAGE, 'b.txt': PAGE.replace('Harbour', 'Port') });
    const one = cli(['a.txt', '--explain', '-f', 'json'], { cwd: d });
    expect(one.status).toBe(0);
    const o = JSON.parse(one.stdout);
    expect(o.input).toBe('a.txt');
    expect(o.blocks.length).toBeGreaterThan(5);
    for (const b of o.blocks) {
      expect(Object.keys(b).filter((k) => k !== 'lastLine')).toEqual(['line', 'text', 'label', 'score', 'reasons']);
      expect(typeof b.score).toBe('number');
    }
    expect(o.blocks.find((b: { text: string }) => b.text.startsWith('The harbour reopened')).label).toBe('body');
    expect(o.metadata).toContainEqual({ field: 'title', value: 'Harbour Reopens After Three Days of Storms', line: 6, reason: expect.any(String) });
    expect(Object.keys(o.layout)).toEqual(['wrapWidth', 'joined', 'dropped', 'respaced']);
    const two = cli(['a.txt', 'b.txt', '--explain', '-f', 'jsonl'], { cwd: d });
    expect(lines(two.stdout).map((l) => JSON.parse(l).input)).toEqual(['a.txt', 'b.txt']);
  });

  it('writes .explain.txt and .explain.json files under --out-dir', () => {
    const d = workspace({ 'a.txt': PAGE });
    expect(cli(['a.txt', '--explain', '-d', 't'], { cwd: d }).status).toBe(0);
    expect(fs.readdirSync(path.join(d, 't'))).toEqual(['a.explain.txt']);
    expect(cli(['a.txt', '--explain', '-f', 'json', '-d', 'j'], { cwd: d }).status).toBe(0);
    expect(fs.readdirSync(path.join(d, 'j'))).toEqual(['a.explain.json']);
    expect(JSON.parse(fs.readFileSync(path.join(d, 'j', 'a.explain.json'), 'utf8')).input).toBe('a.txt');
  });

  it('lines up the reasons of CJK lines in the text table', () => {
    const cjk = ['首页', '', '港口在三天风暴后重新开放', '', '港口于周四重新开放，此前时速超过一百公里的大风使所有渡轮在港内停留了三天。官员表示，积压的货物至少需要一周才能清理完毕。', '', 'The harbour reopened on Thursday after winds of more than 100 kilometres an hour had kept every ferry in port for three days.'].join('\n');
    const r = cli(['--explain'], { input: cjk });
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^ +\d+ /.test(l) && l.includes('← '));
    expect(rows).toHaveLength(4);
    // Columns on a terminal: a wide character takes two.
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) && !/[←…]/.test(ch) ? 2 : 1), 0);
    const columns = new Set(rows.map((l) => width(l.slice(0, l.indexOf('← ')))));
    expect(columns.size).toBe(1);
  });
});

describe('empty results', () => {
  const MENU = 'Home\nNews\nSport\n';
  it('writes no file, names the input in the summary, and no "written to" when nothing was', () => {
    const d = workspace({ 'menu.txt': MENU, 'a.txt': PAGE });
    const r = cli(['menu.txt', '-d', 'o'], { cwd: d });
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(d, 'o', 'menu.md'))).toBe(false);
    expect(r.stderr).toContain("warning: 'menu.txt': no article found; nothing written");
    expect(r.stderr).toMatch(/^article-cleaner: 1 file: 0 ok, 1 empty, 0 failed in [\d.]+ s, [\d.]+ MB\/s$/m);
    expect(r.stderr).toContain('empty (no article, nothing written): menu.txt');
    const both = cli(['menu.txt', 'a.txt', '-d', 'o2'], { cwd: d });
    expect(fs.readdirSync(path.join(d, 'o2'))).toEqual(['a.md']);
    expect(both.stderr).toMatch(/1 ok, 1 empty, 0 failed .*\(written to o2\)$/m);
    const single = cli(['menu.txt', '-o', 'x.md'], { cwd: d });
    expect(single.status).toBe(0);
    expect(fs.existsSync(path.join(d, 'x.md'))).toBe(false);
  });

  it('is an error with --fail-on-empty', () => {
    const d = workspace({ 'menu.txt': MENU });
    const r = cli(['menu.txt', '-o', 'x.md', '--fail-on-empty'], { cwd: d });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('1 input gave no article (--fail-on-empty)');
  });

  it('prints nothing to stdout, except the object JSON readers expect', () => {
    const md = cli([], { input: MENU });
    expect(md.status).toBe(0);
    expect(md.stdout).toBe('');
    const d = workspace({ 'menu.txt': MENU, 'a.txt': PAGE });
    const several = cli(['menu.txt', 'a.txt'], { cwd: d });
    expect(several.stdout.startsWith('---\ntitle: "Harbour Reopens')).toBe(true);
    const json = cli(['menu.txt', 'a.txt', '-f', 'jsonl'], { cwd: d });
    expect(lines(json.stdout).map((l) => JSON.parse(l).text === '')).toEqual([true, false]);
  });
});

describe('a 3.4 MB page on one line', () => {
  it('is cut between words: the word count is that of the text', () => {
    const sentence = 'The harbour reopened on Thursday after the storms had kept every ferry in port.';
    const text = Array.from({ length: Math.ceil(3_400_000 / (sentence.length + 1)) }, () => sentence).join(' ');
    const d = workspace({ 'long.txt': text });
    const r = cli(['long.txt', '-f', 'json'], { cwd: d });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).wordCount).toBe(text.split(' ').length);
  });
});

describe('--help', () => {
  it('says what the code does: no "(default: false)", one sentence for -j, jsonl, empty results', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('(default: false)');
    const jobs = r.stdout.slice(r.stdout.indexOf('-j, --jobs'), r.stdout.indexOf('--skip-existing'));
    expect(jobs.match(/default/g)).toHaveLength(1);
    expect(jobs.replace(/\s+/g, ' ')).toMatch(/\(default: the number of CPU cores for a batch or JSON Lines input of 20 MB or more, else 1\)/);
    expect(r.stdout).toMatch(/"jsonl"/);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('A page with no article writes no file and prints nothing (JSON prints its object, with an empty text)');
  });

  it('still takes the flags and -j as before', () => {
    const d = workspace({ 'a.txt': PAGE, 'b.txt': PAGE });
    const r = cli(['a.txt', 'b.txt', '-j', '2', '-q', '-f', 'jsonl'], { cwd: d });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toHaveLength(2);
  });
});
