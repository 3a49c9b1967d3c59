/**
 * Robustness, end to end: a folder of bad inputs generated here (no committed binaries) runs
 * through the built CLI with exactly the expected exit code, messages and outputs; then the
 * file system and the shell: paths outside --out-dir, symbolic link loops, unreadable files,
 * unwritable or full output folders, closed pipes, Ctrl-C, and pages too big for memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, cleanup, cli, makeTree, NO_STACK, PAGE, type Run } from './helpers.js';

const dirs: string[] = [];
afterAll(() => cleanup(dirs));
const workspace = (files: Record<string, string | Buffer>) => makeTree(files, dirs);

/** Every file under a folder, relative, sorted (hidden ones included; one renamed meanwhile, as a run's temporary file is, left out). */
const ls = (d: string): string[] =>
  fs.existsSync(d)
    ? (fs.readdirSync(d, { recursive: true }) as string[])
        .filter((f) => fs.lstatSync(path.join(d, f), { throwIfNoEntry: false })?.isFile())
        .map((f) => f.split(path.sep).join('/'))
        .sort()
    : [];
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
/** stderr without the summary's first line (it holds timings). */
const messages = (r: Run) => r.stderr.split('\n').filter((l) => l !== '' && !/^article-cleaner: \d+ files?: /.test(l));
const isRoot = process.getuid?.() === 0;

/** UTF-8 read as Windows-1252 (the undefined bytes as C1 controls, as browsers do). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const mojibake = (s: string) => [...Buffer.from(s)].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b))).join('');

const FRENCH = [
  'Accueil',
  'Monde',
  'Économie',
  '',
  'Les élèves retrouvent leur école après l’été',
  '',
  'La rentrée a eu lieu lundi dans toute la région, où près de deux cent mille élèves ont retrouvé leurs classes après deux mois de vacances.',
  '',
  'Les enseignants, qui réclament depuis longtemps des effectifs réduits, ont été reçus mardi par la rectrice, déjà très sollicitée cette année.',
  '',
  'Partager',
  '© 2024 Le Courrier de l’Ouest',
].join('\n');

const RUSSIAN = [
  'Главная',
  'Новости',
  '',
  'Мэрия открыла новый мост через реку',
  '',
  'В понедельник в городе открыли новый мост через реку, строительство которого продолжалось почти три года и обошлось бюджету в крупную сумму.',
  '',
  'По словам мэра, движение по старому мосту будет закрыто на ремонт до конца следующего года, а автобусы пойдут по новому маршруту.',
  '',
  'Поделиться',
].join('\n');

/** PAGE with invisible characters, a decomposed accent and a control character sprinkled in. */
const INVISIBLE = PAGE.replace('harbour reopened', 'har\u200bbour re\u00adopened')
  .replace('Port officials', 'Port\u00a0officials\u200e')
  .replace('Fishermen', '\u202eFishermen\u0007')
  .replace('regional government', 're\u0301gional government');

const MOJIBAKE_PAGE = PAGE.replace('Port officials said', 'Port officials said it’s a “backlog” — the café owners’ été').replace(/[^\n]+/g, (l) =>
  l.includes('café') ? mojibake(l) : l,
);

describe('a folder of bad inputs, through the CLI', () => {
  const files: Record<string, string | Buffer> = {
    'in/ok/page.txt': PAGE,
    'in/ok/bom.txt': `\ufeff${PAGE}`,
    'in/ok/utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE, 'utf16le')]),
    'in/ok/utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PAGE, 'utf16le').swap16()]),
    'in/ok/cp1252.txt': iconv.encode(FRENCH, 'windows-1252'),
    'in/ok/koi8r.txt': iconv.encode(RUSSIAN, 'koi8-r'),
    'in/ok/mojibake.txt': MOJIBAKE_PAGE,
    'in/ok/invisible.txt': INVISIBLE,
    'in/empty.txt': '',
    'in/blank.txt': ' \n\t\n\u200b\u00a0\n\n',
    'in/menu.txt': 'Home\nNews\nSport\nContact us\n© 2024 Example Media Ltd\n',
    'in/bin/pdf.txt': Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    'in/bin/png.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'in/bin/jpeg.txt': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    'in/bin/gif.txt': Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
    'in/bin/gzip.txt': zlib.gzipSync(PAGE),
    'in/bin/zip.txt': Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'),
    'in/bin/nul.txt': Buffer.from(`${PAGE.slice(0, 200)}\0${PAGE.slice(200)}`),
    'in/big.txt': 'x'.repeat(150 * 1024),
  };

  it('gives exactly the expected exit code, messages and outputs for each input', () => {
    const d = workspace(files);
    const r = cli(['in', '-d', 'out', '--format', 'json', '--max-size', '100k'], { cwd: d });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(messages(r)).toEqual([
      `article-cleaner: error: 'in/big.txt' is larger than --max-size (153600 > 102400 bytes)`,
      `article-cleaner: error: 'in/bin/gif.txt' is binary (GIF image), not text`,
      `article-cleaner: error: 'in/bin/gzip.txt' is binary (gzip), not text`,
      `article-cleaner: error: 'in/bin/jpeg.txt' is binary (JPEG image), not text`,
      `article-cleaner: error: 'in/bin/nul.txt' is binary (binary data), not text`,
      `article-cleaner: error: 'in/bin/pdf.txt' is binary (PDF), not text`,
      `article-cleaner: error: 'in/bin/png.txt' is binary (PNG image), not text`,
      `article-cleaner: error: 'in/bin/zip.txt' is binary (zip archive (or docx, xlsx, epub, jar)), not text`,
      `article-cleaner: warning: 'in/blank.txt' is empty; nothing written`,
      `article-cleaner: warning: 'in/empty.txt' is empty; nothing written`,
      `article-cleaner: warning: 'in/menu.txt': no article found; nothing written`,
      `article-cleaner: empty (no article, nothing written): in/blank.txt, in/empty.txt, in/menu.txt`,
      `article-cleaner: failed: in/big.txt, in/bin/gif.txt, in/bin/gzip.txt, in/bin/jpeg.txt, in/bin/nul.txt, in/bin/pdf.txt, in/bin/png.txt, in/bin/zip.txt`,
    ]);
    expect(r.stderr).toMatch(/^article-cleaner: 19 files: 8 ok, 3 empty, 8 failed in [\d.]+ s, [\d.]+ MB\/s \(written to out\)$/m);

    const out = path.join(d, 'out');
    // No article, no file (see --fail-on-empty).
    expect(ls(out)).toEqual([
      'ok/bom.json',
      'ok/cp1252.json',
      'ok/invisible.json',
      'ok/koi8r.json',
      'ok/mojibake.json',
      'ok/page.json',
      'ok/utf16be.json',
      'ok/utf16le.json',
    ]);
    // Every encoding of the same page gives the same result.
    const page = readJson(path.join(out, 'ok', 'page.json'));
    expect(page.title).toBe('Harbour Reopens After Three Days of Storms');
    for (const name of ['bom', 'utf16le', 'utf16be']) expect({ ...readJson(path.join(out, 'ok', `${name}.json`)), input: null }).toEqual({ ...page, input: null });
    // Legacy encodings decoded.
    const fr = readJson(path.join(out, 'ok', 'cp1252.json'));
    expect(fr.title).toBe('Les élèves retrouvent leur école après l’été');
    expect(fr.text).toContain('Les enseignants, qui réclament depuis longtemps des effectifs réduits, ont été reçus mardi par la rectrice, déjà très sollicitée');
    const ru = readJson(path.join(out, 'ok', 'koi8r.json'));
    expect(ru.title).toBe('Мэрия открыла новый мост через реку');
    expect(ru.language).toBe('ru');
    // Mojibake repaired.
    const mo = readJson(path.join(out, 'ok', 'mojibake.json'));
    expect(mo.text).toContain('it’s a “backlog” — the café owners’ été');
    expect(mo.text).not.toMatch(/â€|Ã©/);
    // Invisible characters removed, text in NFC.
    const inv = readJson(path.join(out, 'ok', 'invisible.json'));
    expect(inv.text).toContain('The harbour reopened on Thursday');
    expect(inv.text).toContain('Port officials said');
    expect(inv.text).toContain('régional government');
    expect(inv.text).not.toMatch(/[\u200b\u00ad\u00a0\u200e\u202e\u0007\u0301]/);
    expect(inv.text).toBe(inv.text.normalize('NFC'));
  });

  it('reports how each input was decoded with --verbose', () => {
    const d = workspace(Object.fromEntries(Object.entries(files).filter(([k]) => k.startsWith('in/ok/'))));
    const r = cli(['in', '--format', 'json', '-v'], { cwd: d });
    expect(r.status).toBe(0);
    const lines = r.stderr.split('\n');
    expect(lines).toContain('article-cleaner: in/ok/page.txt: utf-8');
    expect(lines).toContain('article-cleaner: in/ok/bom.txt: utf-8 (byte-order mark)');
    expect(lines).toContain('article-cleaner: in/ok/utf16le.txt: utf-16le (byte-order mark)');
    expect(lines).toContain('article-cleaner: in/ok/utf16be.txt: utf-16be (byte-order mark)');
    expect(r.stderr).toMatch(/^article-cleaner: in\/ok\/cp1252\.txt: windows-1252 \(detected, \d+% confidence\)$/m);
    expect(r.stderr).toMatch(/^article-cleaner: in\/ok\/koi8r\.txt: koi8-r \(detected, \d+% confidence\)$/m);
    expect(r.stderr).toMatch(/^article-cleaner: in\/ok\/mojibake\.txt: utf-8, \d+ mojibake characters repaired$/m);
    expect(r.stderr).toMatch(/^article-cleaner: in\/ok\/invisible\.txt: utf-8$/m);
  });

  it('takes --encoding over detection; an unknown encoding is a usage error', () => {
    const d = workspace({ 'ru.txt': iconv.encode(RUSSIAN, 'koi8-r') });
    const r = cli(['ru.txt', '--encoding', 'KOI8-R', '--format', 'json', '-v'], { cwd: d });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('article-cleaner: ru.txt: koi8-r (--encoding)\n');
    expect(JSON.parse(r.stdout).title).toBe('Мэрия открыла новый мост через реку');
    // The same bytes forced to another encoding are read as asked.
    expect(JSON.parse(cli(['ru.txt', '--encoding', 'windows-1251', '--format', 'json'], { cwd: d }).stdout).text).not.toContain('Мэрия');
    for (const args of [['ru.txt', '--encoding', 'klingon'], ['ru.txt', '--encoding', 'koi8-r', '--input-format', 'jsonl']]) {
      const bad = cli(args, { cwd: d });
      expect(bad.status).toBe(2);
      expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(bad.stderr).toMatch(/^article-cleaner: error: (unknown --encoding 'klingon'|JSON Lines input is UTF-8)/);
    }
  });

  it('cleans bad JSON Lines without losing the rest: binary files refused, long or non-UTF-8 lines as error records', () => {
    const good = JSON.stringify({ id: 1, text: PAGE });
    const moji = JSON.stringify({ id: 4, text: MOJIBAKE_PAGE });
    const d = workspace({
      'a.jsonl': Buffer.concat([Buffer.from(`${good}\n${JSON.stringify({ id: 2, text: 'x'.repeat(3000) })}\n`), Buffer.from('{"id": 3, "text": "caf\xe9"}\n', 'latin1'), Buffer.from(`${moji}\n`)]),
      'b.jsonl.gz': zlib.gzipSync(`${good}\n`),
    });
    const r = cli(['a.jsonl', 'b.jsonl.gz', '--input-format', 'jsonl', '--max-size', '2k'], { cwd: d });
    expect(r.status).toBe(1);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id ?? o.error)).toEqual([1, 'line is larger than --max-size (2048 bytes)', 'not valid UTF-8', 4]);
    expect(out[0].title).toBe('Harbour Reopens After Three Days of Storms');
    expect(out[3].text).toContain('it’s a “backlog” — the café owners’ été');
    expect(r.stderr).toContain("article-cleaner: error: 'b.jsonl.gz' is binary (gzip), not JSON Lines\n");
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});

describe('files and the shell', () => {
  it('keeps every output inside --out-dir, whatever the input paths (.., absolute paths, globs)', () => {
    const d = workspace({ 'work/pages/a.txt': PAGE, 'other/b.txt': PAGE, 'other/deep/c.txt': PAGE });
    const cwd = path.join(d, 'work');
    const glob = cli(['../other/**/*.txt', 'pages', '-d', 'out', '--format', 'json'], { cwd });
    expect(glob.status).toBe(0);
    expect(ls(path.join(cwd, 'out'))).toEqual(['a.json', 'b.json', 'deep/c.json']);
    const plain = cli(['../other/b.txt', path.join(d, 'other', 'deep', 'c.txt'), '-d', '../out2', '--format', 'json'], { cwd });
    expect(plain.status).toBe(0);
    expect(ls(path.join(d, 'out2'))).toEqual(['b.json', 'c.json']);
    // Nothing was written anywhere else.
    expect(ls(d).filter((f) => !f.startsWith('work/out/') && !f.startsWith('out2/'))).toEqual(['other/b.txt', 'other/deep/c.txt', 'work/pages/a.txt']);
  });

  it('refuses to write through a symbolic link in the output tree that leads outside it', () => {
    const d = workspace({ 'pages/sub/c.txt': PAGE, 'pages/a.txt': PAGE, 'elsewhere/keep': '' });
    fs.mkdirSync(path.join(d, 'out'));
    fs.symlinkSync(path.join(d, 'elsewhere'), path.join(d, 'out', 'sub'));
    const r = cli(['pages', '-d', 'out', '--format', 'json'], { cwd: d });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `article-cleaner: error: cannot write '${path.join(d, 'out', 'sub', 'c.json')}': it would land outside the output folder (through a symbolic link to '${fs.realpathSync(path.join(d, 'elsewhere'))}')\n`,
    );
    expect(fs.readdirSync(path.join(d, 'elsewhere'))).toEqual(['keep']);
    expect(fs.existsSync(path.join(d, 'out', 'a.json'))).toBe(true);
    expect(r.stderr).toContain('article-cleaner: failed: pages/sub/c.txt\n');
  });

  it('does not follow symbolic links inside folders, so a link loop cannot trap the run', () => {
    const d = workspace({ 'pages/a.txt': PAGE, 'pages/sub/b.txt': PAGE, 'outside.txt': PAGE });
    fs.symlinkSync('..', path.join(d, 'pages', 'sub', 'loop'));
    fs.symlinkSync('.', path.join(d, 'pages', 'self'));
    fs.symlinkSync(path.join(d, 'outside.txt'), path.join(d, 'pages', 'link.txt'));
    for (const args of [['pages'], ['pages/**/*.txt']]) {
      const r = cli([...args, '-d', `out-${args[0]!.length}`, '--format', 'json'], { cwd: d });
      expect(r.status, args[0]).toBe(0);
      expect(ls(path.join(d, `out-${args[0]!.length}`))).toEqual(['a.json', 'sub/b.json']);
    }
    // A link named on the command line is read.
    expect(cli(['pages/link.txt', '--format', 'json'], { cwd: d }).status).toBe(0);
  });

  /** A preload module that makes chosen file operations fail, as a full disk or a locked file would. */
  const faults = () => {
    const d = workspace({
      'faults.mjs': `
import fs from 'node:fs';
const fail = (code, message, p) => Object.assign(new Error(code + ': ' + message + ", '" + p + "'"), { code });
const readFileSync = fs.readFileSync;
fs.readFileSync = function (p, ...rest) {
  if (String(p).includes('locked')) throw fail('EACCES', 'permission denied, open', p);
  return readFileSync.call(this, p, ...rest);
};
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (p, data, ...rest) {
  if (String(p).includes('full')) {
    writeFileSync.call(this, p, String(data).slice(0, 100)); // part of it made it to disk
    throw fail('ENOSPC', 'no space left on device, write', p);
  }
  return writeFileSync.call(this, p, data, ...rest);
};
const openSync = fs.openSync;
const full = new Set();
fs.openSync = function (p, ...rest) {
  const fd = openSync.call(this, p, ...rest);
  if (String(p).includes('full')) full.add(fd);
  return fd;
};
const writeSync = fs.writeSync;
fs.writeSync = function (fd, ...rest) {
  if (full.has(fd)) throw fail('ENOSPC', 'no space left on device, write', fd);
  return writeSync.call(this, fd, ...rest);
};
`,
    });
    return ['--import', path.join(d, 'faults.mjs')];
  };

  for (const jobs of ['1', '2']) {
    it(`reports an unreadable file as one error and writes the others (-j ${jobs}; the error is injected, so it also runs as root)`, () => {
      const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'locked'];
      const d = workspace(Object.fromEntries(names.map((n) => [`p/${n}.txt`, PAGE])));
      const r = cli(['p', '-d', 'out', '--format', 'json', '-j', jobs], { cwd: d, nodeArgs: faults() });
      expect(r.status).toBe(1);
      expect(messages(r)).toEqual(["article-cleaner: error: cannot read 'p/locked.txt': permission denied", 'article-cleaner: failed: p/locked.txt']);
      expect(ls(path.join(d, 'out'))).toEqual(names.filter((n) => n !== 'locked').map((n) => `${n}.json`));
    });
  }

  it.skipIf(isRoot)('reports a file without read permission as one error (skipped as root: root reads any file)', () => {
    const d = workspace({ 'p/a.txt': PAGE, 'p/locked.txt': PAGE });
    fs.chmodSync(path.join(d, 'p', 'locked.txt'), 0o000);
    const r = cli(['p', '-d', 'out', '--format', 'json'], { cwd: d });
    fs.chmodSync(path.join(d, 'p', 'locked.txt'), 0o644);
    expect(r.status).toBe(1);
    expect(messages(r)).toEqual(["article-cleaner: error: cannot read 'p/locked.txt': permission denied", 'article-cleaner: failed: p/locked.txt']);
    expect(ls(path.join(d, 'out'))).toEqual(['a.json']);
  });

  it.skipIf(isRoot)('reports an output folder without write permission, one error per file (skipped as root: root writes anywhere)', () => {
    const d = workspace({ 'p/a.txt': PAGE, 'p/b.txt': PAGE });
    fs.mkdirSync(path.join(d, 'out'));
    fs.chmodSync(path.join(d, 'out'), 0o555);
    const r = cli(['p', '-d', 'out', '--format', 'json'], { cwd: d });
    fs.chmodSync(path.join(d, 'out'), 0o755);
    expect(r.status).toBe(1);
    expect(messages(r)).toEqual([
      `article-cleaner: error: cannot write '${path.join(d, 'out', 'a.json')}': permission denied`,
      `article-cleaner: error: cannot write '${path.join(d, 'out', 'b.json')}': permission denied`,
      'article-cleaner: failed: p/a.txt, p/b.txt',
    ]);
  });

  it('reports an output folder that cannot be made, one error per file, and lists them in the summary', () => {
    const d = workspace({ 'p/a.txt': PAGE, 'p/b.txt': PAGE, out: 'a file where the folder should be' });
    const r = cli(['p', '-d', 'out', '--format', 'json'], { cwd: d });
    expect(r.status).toBe(1);
    expect(messages(r)).toEqual([
      `article-cleaner: error: cannot write '${path.join(d, 'out', 'a.json')}': a file is in the way where a folder is needed`,
      `article-cleaner: error: cannot write '${path.join(d, 'out', 'b.json')}': a file is in the way where a folder is needed`,
      'article-cleaner: failed: p/a.txt, p/b.txt',
    ]);
  });

  it('on a full disk (ENOSPC) fails that output only, leaving no temporary or partial file', () => {
    const d = workspace({ 'p/a.txt': PAGE, 'p/full.txt': PAGE, 'p/z.txt': PAGE, 'j/full.jsonl': `${JSON.stringify({ id: 1, text: PAGE })}\n` });
    const r = cli(['p', '-d', 'out', '--format', 'json'], { cwd: d, nodeArgs: faults() });
    expect(r.status).toBe(1);
    expect(messages(r)).toEqual([`article-cleaner: error: cannot write '${path.join(d, 'out', 'full.json')}': no space left on device`, 'article-cleaner: failed: p/full.txt']);
    expect(ls(path.join(d, 'out'))).toEqual(['a.json', 'z.json']);
    // JSON Lines are streamed into a temporary file: it is removed too.
    const j = cli(['j/full.jsonl', '--input-format', 'jsonl', '-d', 'jout'], { cwd: d, nodeArgs: faults() });
    expect(j.status).toBe(1);
    expect(messages(j)).toEqual([`article-cleaner: error: cannot write '${path.join(d, 'jout', 'full.jsonl')}': no space left on device`, 'article-cleaner: failed: j/full.jsonl']);
    expect(ls(path.join(d, 'jout'))).toEqual([]);
  });

  it.skipIf(!fs.existsSync('/dev/full'))('reports a full standard output (/dev/full) in one line, exit 1', () => {
    const d = workspace({ 'page.txt': PAGE });
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(bin)} page.txt > /dev/full`], { cwd: d, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('article-cleaner: error: cannot write to standard output: no space left on device\n');
  });

  it('writes into an existing pipe (FIFO) given to -o instead of replacing it', () => {
    const d = workspace({ 'page.txt': PAGE });
    const r = spawnSync('bash', ['-c', `mkfifo out.fifo && { cat out.fifo > got.md & node ${JSON.stringify(bin)} page.txt -o out.fifo; s=$?; wait; exit $s; }`], {
      cwd: d,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(0);
    expect(fs.lstatSync(path.join(d, 'out.fifo')).isFIFO()).toBe(true);
    expect(fs.readFileSync(path.join(d, 'got.md'), 'utf8')).toContain('# Harbour Reopens After Three Days of Storms');
  });

  it('stops quietly when the reader closes the pipe early, with worker threads, JSON Lines and stderr in the pipe too', () => {
    const d = workspace(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`p${String(i).padStart(3, '0')}.txt`, PAGE])));
    for (const cmd of [`node ${JSON.stringify(bin)} . -j 2 --format json | head -1`, `node ${JSON.stringify(bin)} . -v 2>&1 | head -1`]) {
      const r = spawnSync('bash', ['-c', `set -o pipefail; ${cmd}`], { cwd: d, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
      expect(r.stdout.split('\n').filter(Boolean), cmd).toHaveLength(1);
      expect(r.stderr, cmd).toBe('');
      expect(r.status, cmd).toBe(0);
    }
  });

  /** Spawns the CLI, waits until `ready` holds, sends `signal`, and resolves with how it ended. */
  function interrupt(args: string[], cwd: string, ready: () => boolean, signal: NodeJS.Signals = 'SIGINT') {
    return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; sentAt: boolean }>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      let sent = false;
      child.stderr.on('data', (c) => (stderr += c));
      const timer = setInterval(() => {
        if (!sent && ready()) {
          sent = true;
          child.kill(signal);
        }
      }, 10);
      const limit = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error('the CLI did not stop'));
      }, 60_000);
      child.on('exit', (code, sig) => {
        clearInterval(timer);
        clearTimeout(limit);
        resolve({ code, signal: sig, stderr, sentAt: sent });
      });
    });
  }

  const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p/${String(i).padStart(4, '0')}.txt`, PAGE.replace('Harbour', `Harbour ${i}`)]));

  for (const jobs of ['1', '2']) {
    it(`stops on Ctrl-C (SIGINT) with exit 130, no temporary files, and every output written complete (-j ${jobs})`, async () => {
      const d = workspace(many(1000));
      const out = path.join(d, 'out');
      const r = await interrupt(['p', '-d', 'out', '--format', 'json', '-j', jobs], d, () => ls(out).length >= 20);
      expect(r.sentAt).toBe(true);
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(/^article-cleaner: error: interrupted \(SIGINT\); outputs already written are complete; run again with --skip-existing to finish$/m);
      expect(r.stderr).not.toMatch(NO_STACK);
      const written = ls(out);
      expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(written.length).toBeGreaterThanOrEqual(20);
      expect(written.length).toBeLessThan(1000);
      for (const f of written) expect(readJson(path.join(out, f)).title).toMatch(/^Harbour \d+ Reopens/);
      // Resuming finishes the job.
      const resumed = cli(['p', '-d', 'out', '--format', 'json', '--skip-existing', '-q'], { cwd: d });
      expect(resumed.status).toBe(0);
      expect(ls(out)).toHaveLength(1000);
    }, 120_000);
  }

  it('stops on SIGTERM with exit 143 in the middle of a streamed JSON Lines output, leaving no file at all', async () => {
    const line = JSON.stringify({ id: 1, text: PAGE });
    const d = workspace({ 'in.jsonl': `${Array.from({ length: 4000 }, () => line).join('\n')}\n` });
    const tmp = () => fs.readdirSync(d).filter((f) => f.endsWith('.tmp'));
    const r = await interrupt(['in.jsonl', '--input-format', 'jsonl', '-o', 'out.jsonl'], d, () => tmp().length > 0 && fs.statSync(path.join(d, tmp()[0]!)).size > 10_000, 'SIGTERM');
    expect(r.code).toBe(143);
    expect(fs.readdirSync(d).sort()).toEqual(['in.jsonl']);
    expect(r.stderr).toBe('article-cleaner: error: interrupted (SIGTERM); outputs already written are complete; run again with --skip-existing to finish\n');
  }, 120_000);

  for (const jobs of ['1', '2']) {
    it(`fails a page that needs more memory than the heap allows alone, with a clear message (-j ${jobs})`, () => {
      // 2.4 MB of one-word lines (three windows of PAGE.MAX_CHARS) needs more than the 20 MB heap allowed
      // here; the other pages need far less.
      const files: Record<string, string> = { 'p/huge.txt': Array.from({ length: 300_000 }, (_, i) => `word${i % 1000}`).join('\n') };
      for (let i = 0; i < 8; i++) files[`p/${i}.txt`] = PAGE;
      const d = workspace(files);
      const r = cli(['p', '-d', 'out', '--format', 'json', '-j', jobs], { cwd: d, env: { NODE_OPTIONS: '--max-old-space-size=20' } });
      expect(r.status).toBe(1);
      expect(messages(r)).toEqual([
        "article-cleaner: error: 'p/huge.txt' needs more memory than the JavaScript heap allows; split it, lower --max-size, or raise the limit (NODE_OPTIONS=--max-old-space-size=MB)",
        'article-cleaner: failed: p/huge.txt',
      ]);
      expect(ls(path.join(d, 'out'))).toHaveLength(8);
    }, 120_000);
  }
});
