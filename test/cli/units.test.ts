import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binaryKind, decodeText, parseSize } from '../../src/cli/decode.js';
import { InputError } from '../../src/cli/errors.js';
import { parseExtensions, resolveInputs } from '../../src/cli/inputs.js';
import { outputPathFor, writeFileAtomic } from '../../src/cli/output.js';
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
  it('writes atomically, leaving no temporary files', () => {
    const d = tree({});
    const file = path.join(d, 'deep', 'er', 'x.md');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['x.md']);
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
