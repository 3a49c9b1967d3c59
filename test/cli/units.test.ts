import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fg from 'fast-glob';
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { binaryKind, decodeText, parseSize } from '../../src/cli/decode.js';
import { InputError } from '../../src/cli/errors.js';
import { filesUnder, parseExtensions, resolveInputs } from '../../src/cli/inputs.js';
import { openAtomic, outputPathFor, removeTemporaries, writeFileAtomic } from '../../src/cli/output.js';
import { useColor } from '../../src/cli/reporter.js';
import { cleanup, makeTree } from './helpers.js';

const dirs: string[] = [];
afterAll(() => cleanup(dirs));
const tree = (files: Record<string, string>) => makeTree(files, dirs);

describe('decodeText', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decodeText(Buffer.from('\ufeffhé', 'utf8'), 'x')).toBe('hé');
  });
  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hé', 'utf16le')]), 'x')).toBe('hé');
    const be = Buffer.from('hé', 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'x')).toBe('hé');
  });
  it('refuses binary data, naming its kind', () => {
    expect(() => decodeText(Buffer.from('%PDF-1.7 ...'), 'a.pdf')).toThrow(/'a.pdf' is binary \(PDF\)/);
    expect(() => decodeText(Buffer.from([0x1f, 0x8b, 8, 0]), 'a.gz')).toThrow(/gzip/);
    expect(() => decodeText(Buffer.from([0x61, 0, 0x62]), 'a.bin')).toThrow(InputError);
    expect(binaryKind(Buffer.from('plain text'))).toBeNull();
  });
  it('reads bytes that are not UTF-8 in a detected legacy encoding (see decode.test.ts)', () => {
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'latin1.txt')).toBe('café');
  });
});

describe('parseSize and parseExtensions', () => {
  it('parses sizes with units', () => {
    expect(parseSize('50mb')).toBe(50 * 1024 * 1024);
    expect(parseSize('500k')).toBe(500 * 1024);
    expect(parseSize('123')).toBe(123);
    expect(parseSize('lots')).toBeNull();
  });
  it('parses extension lists', () => {
    expect(parseExtensions('txt, .Text,md')).toEqual(['txt', 'text', 'md']);
  });
});

describe('resolveInputs', () => {
  it('recurses folders for the chosen extensions, sorted, skipping hidden folders and node_modules', () => {
    const d = tree({ 'b.txt': 'b', 'a/c.text': 'c', 'a/d.md': 'd', '.hidden/e.txt': 'e', 'node_modules/f.txt': 'f' });
    const r = resolveInputs([d], { cwd: d, extensions: ['txt', 'text'] });
    expect(r.problems).toEqual([]);
    expect(r.inputs.map((i) => i.rel)).toEqual(['a/c.text', 'b.txt']);
  });
  it('finds in a folder exactly the files the glob library finds for its extensions', () => {
    const d = tree({
      'a.txt': '', 'B.TXT': '', 'c.Text': '', 'd.txt.md': '', 'e.md': '', 'f.b.txt': '', 'txt': '', 'g.txtx': '', 'h.tar.gz': '', 'i.gz': '',
      '.hidden.txt': '', '.dir/j.txt': '', 'sub/.k.txt': '', 'sub/deep/er/l.txt': '', 'sub/m.text': '', 'x.txt/n.txt': '',
      'node_modules/o.txt': '', 'sub/Node_Modules/p.txt': '', 'sub/node_modules_not/q.txt': '', 'é/ü.txt': '', 'Z.txt': '', '_.txt': '', '10.txt': '', '9.txt': '',
    });
    fs.symlinkSync(path.join(d, 'a.txt'), path.join(d, 'link.txt'));
    fs.symlinkSync(path.join(d, 'sub'), path.join(d, 'linked-dir'));
    fs.mkdirSync(path.join(d, 'fifo-dir'));
    if (process.platform !== 'win32') spawnSync('mkfifo', [path.join(d, 'fifo-dir', 'pipe.txt')]);
    const glob = (pattern: string) =>
      fg.sync(pattern, { cwd: d, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'], caseSensitiveMatch: false }).sort();
    for (const extensions of [['txt'], ['txt', 'text'], ['tar.gz'], ['gz', 'md']]) {
      const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
      expect(filesUnder(d, extensions), pattern).toEqual(glob(pattern));
    }
    expect(filesUnder(d, ['txt'])).toContain('sub/deep/er/l.txt');
  });
  it('expands globs relative to their static base', () => {
    const d = tree({ 'pages/x/1.txt': '1', 'pages/2.txt': '2', 'other/3.txt': '3' });
    const r = resolveInputs(['pages/**/*.txt'], { cwd: d, extensions: ['txt'] });
    expect(r.inputs.map((i) => [i.display, i.rel])).toEqual([
      ['pages/2.txt', '2.txt'],
      ['pages/x/1.txt', 'x/1.txt'],
    ]);
  });
  it('reports missing files and empty matches, and removes duplicates', () => {
    const d = tree({ 'a.txt': 'a', 'empty/readme.md': '' });
    const r = resolveInputs(['a.txt', 'a.txt', 'missing.txt', 'empty', 'zz/*.txt', '-'], { cwd: d, extensions: ['txt'] });
    expect(r.inputs.map((i) => i.display)).toEqual(['a.txt', '-']);
    expect(r.problems.map((p) => p.message)).toEqual([
      "cannot read 'missing.txt': no such file or directory",
      "no .txt files in folder 'empty'",
      "no input files matched 'zz/*.txt'",
    ]);
  });
});

describe('output', () => {
  it('mirrors the relative path with the format extension, never leaving the folder', () => {
    const input = { kind: 'file' as const, path: '/in/a/b.txt', display: 'a/b.txt', rel: 'a/b.txt' };
    expect(outputPathFor(input, '/out', 'md')).toBe('/out/a/b.md');
    expect(outputPathFor(input, '/out', 'json')).toBe('/out/a/b.json');
    expect(outputPathFor({ ...input, rel: '../../etc/passwd' }, '/out', 'text')).toBe('/out/etc/passwd.txt');
    expect(outputPathFor({ kind: 'stdin', display: '-', rel: 'stdin' }, '/out', 'md')).toBe('/out/stdin.md');
  });
  it('never leaves the output folder, whatever the relative path holds (property)', () => {
    const part = fc.oneof(fc.constantFrom('..', '.', '', '/', '\\', '~', 'a', 'b.txt', '..\\..', '/etc', 'x/../..'), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const rel = parts.join('/');
        const out = outputPathFor({ kind: 'file', path: '/in/x.txt', display: 'x.txt', rel }, '/out', 'md');
        expect(out.startsWith('/out/')).toBe(true);
        expect(path.relative('/out', out).split(path.sep)).not.toContain('..');
      }),
      { numRuns: 1000 },
    );
  });
  it('writes atomically, leaving no temporary files', () => {
    const d = tree({});
    const file = path.join(d, 'deep', 'er', 'x.md');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['x.md']);
  });
});

describe('writing outputs when the disk fails', () => {
  afterEach(() => vi.restoreAllMocks());
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

  it('a failed write (a full disk) removes the temporary file and leaves the old output as it was', () => {
    const d = tree({ 'out/x.md': 'old' });
    const file = path.join(d, 'out', 'x.md');
    const real = fs.writeFileSync;
    vi.spyOn(fs, 'writeFileSync').mockImplementation((p, data) => {
      real(p, String(data).slice(0, 2)); // part of it reached the disk
      throw enospc();
    });
    expect(() => writeFileAtomic(file, 'new content')).toThrow(/ENOSPC/);
    vi.restoreAllMocks();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['x.md']);
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
  });

  it('a failed rename removes the temporary file', () => {
    const d = tree({});
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' });
    });
    expect(() => writeFileAtomic(path.join(d, 'x.md'), 'data')).toThrow(/EXDEV/);
    vi.restoreAllMocks();
    expect(fs.readdirSync(d)).toEqual([]);
  });

  it('a streamed output that fails is removed by abort, and one still open by removeTemporaries (Ctrl-C)', () => {
    const d = tree({});
    const failing = openAtomic(path.join(d, 'a.jsonl'));
    failing.write('{"id":1}\n');
    vi.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw enospc();
    });
    expect(() => failing.write('{"id":2}\n')).toThrow(/ENOSPC/);
    vi.restoreAllMocks();
    failing.abort();
    const open = openAtomic(path.join(d, 'b.jsonl'));
    open.write('{"id":1}\n');
    expect(fs.readdirSync(d)).toHaveLength(1);
    removeTemporaries();
    expect(fs.readdirSync(d)).toEqual([]);
  });

  it('refuses a folder that leads outside the output folder through a symbolic link', () => {
    const d = tree({ 'elsewhere/keep': '' });
    fs.mkdirSync(path.join(d, 'out'));
    fs.symlinkSync(path.join(d, 'elsewhere'), path.join(d, 'out', 'link'));
    expect(() => writeFileAtomic(path.join(d, 'out', 'link', 'x.md'), 'data', path.join(d, 'out'))).toThrow(/outside the output folder/);
    writeFileAtomic(path.join(d, 'out', 'inside', 'x.md'), 'data', path.join(d, 'out'));
    expect(fs.readdirSync(path.join(d, 'elsewhere'))).toEqual(['keep']);
  });
});

describe('useColor', () => {
  it('colours only a terminal, and honours NO_COLOR and FORCE_COLOR', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  });
});
