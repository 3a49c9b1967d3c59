/** Decoding: encodings detected or given, binary files refused by kind, never anything but a one-line InputError. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { binaryKind, checkEncoding, decodeInput, describeDecoding } from '../../src/cli/decode.js';
import { InputError } from '../../src/cli/errors.js';
import { cleanup, makeTree, root } from './helpers.js';

const dirs: string[] = [];
afterAll(() => cleanup(dirs));

/** Texts long enough for detection, in the languages each legacy encoding is used for. */
export const LEGACY: ReadonlyArray<readonly [encoding: string, text: string]> = [
  ['windows-1252', "Le café était très bon, déjà vu à l'été – «oui». Voilà, c'est fini. Les élèves ont travaillé dur cette année."],
  ['windows-1252', 'Die Straße war gesperrt, weil ein Lkw auf der Brücke liegen geblieben war. Die Fahrgäste mussten über eine Stunde warten.'],
  ['windows-1252', 'El niño comió una piña en el año pasado. ¿Dónde está la estación? La señora García habló con él.'],
  ['iso-8859-2', 'Zażółć gęślą jaźń. W Łodzi spadł śnieg, a mieszkańcy musieli odśnieżać chodniki przez całą noc.'],
  ['windows-1250', 'Příliš žluťoučký kůň úpěl ďábelské ódy. Vláda schválila nový zákon o státním rozpočtu na příští rok.'],
  ['koi8-r', 'Привет, как дела? Это тестовый текст на русском языке, довольно длинный, чтобы детектор мог понять кодировку.'],
  ['windows-1251', 'Привет, как дела? Это тестовый текст на русском языке, довольно длинный, чтобы детектор мог понять кодировку.'],
  ['iso-8859-7', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία και τους συνταξιούχους της χώρας σήμερα το πρωί.'],
  ['shift_jis', '東京都は月曜日、新しい交通計画を発表しました。市民の皆さんは駅の混雑が減ることを期待しています。'],
  ['euc-jp', '東京都は月曜日、新しい交通計画を発表しました。市民の皆さんは駅の混雑が減ることを期待しています。'],
  ['gb18030', '北京市政府周一宣布了新的交通计划，市民希望地铁站的拥挤情况能够减少。这是一个很长的句子。'],
  ['big5', '台北市政府週一宣布了新的交通計畫，市民希望捷運站的擁擠情況能夠減少。這是一個很長的句子。'],
  ['euc-kr', '서울시는 월요일 새로운 교통 계획을 발표했습니다. 시민들은 지하철역의 혼잡이 줄어들기를 기대합니다.'],
  ['windows-1256', 'أعلنت الحكومة اليوم عن خطة جديدة للنقل العام في المدينة، ويأمل السكان أن تقل الازدحامات.'],
];

/** Binary formats with a few bytes of their real headers (no committed binaries). */
export const BINARIES: ReadonlyArray<readonly [kind: string, bytes: Buffer]> = [
  ['PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1')],
  ['PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
  ['JPEG image', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])],
  ['GIF image', Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1')],
  ['WebP image', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1')],
  ['gzip', zlib.gzipSync('hello world')],
  ['zip archive (or docx, xlsx, epub, jar)', Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1')],
  ['bzip2', Buffer.from('BZh91AY&SY', 'latin1')],
  ['SQLite database', Buffer.from('SQLite format 3\0\x10\x00', 'latin1')],
  ['ELF executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
  ['Windows executable', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(64)])],
  ['tar archive', Buffer.concat([Buffer.from('notes.txt'), Buffer.alloc(248), Buffer.from('ustar\x0000'), Buffer.alloc(255)])],
  ['binary data', Buffer.from([0x61, 0x62, 0x00, 0x63, 0x64])],
];

describe('decodeInput', () => {
  for (const [encoding, text] of LEGACY) {
    it(`detects ${encoding} (${text.slice(0, 12)}...)`, () => {
      const d = decodeInput(iconv.encode(text, encoding), 'page.txt');
      expect(d.text).toBe(text);
      expect(d.how).toBe('detected');
      expect(d.warnings).toEqual([]);
      expect(describeDecoding(d)).toMatch(/^[\w-]+ \(detected, \d+% confidence\)$/);
    });
  }

  it('reads valid UTF-8 without the detector, with or without a BOM', () => {
    expect(decodeInput(Buffer.from('héllo'), 'a')).toMatchObject({ text: 'héllo', encoding: 'utf-8', how: 'utf-8' });
    expect(decodeInput(Buffer.from('\ufeffhéllo'), 'a')).toMatchObject({ text: 'héllo', encoding: 'utf-8', how: 'byte-order mark' });
  });

  it('reads UTF-16 and UTF-32 with a byte-order mark, and UTF-16 without one', () => {
    const text = 'Hello, wörld: this is UTF-16 text.';
    expect(decodeInput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'a').text).toBe(text);
    expect(decodeInput(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'a').text).toBe(text);
    expect(decodeInput(iconv.encode(`\ufeff${text}`, 'utf-32le'), 'a')).toMatchObject({ text, encoding: 'utf-32le' });
    expect(decodeInput(iconv.encode(`\ufeff${text}`, 'utf-32be'), 'a')).toMatchObject({ text, encoding: 'utf-32be' });
    expect(decodeInput(Buffer.from(text, 'utf16le'), 'a')).toMatchObject({ text, encoding: 'utf-16le', how: 'no byte-order mark' });
    expect(decodeInput(Buffer.from(text, 'utf16le').swap16(), 'a')).toMatchObject({ text, encoding: 'utf-16be', how: 'no byte-order mark' });
  });

  it('reads UTF-8 with a few broken bytes (a file cut mid-character) as UTF-8, with a warning', () => {
    const bytes = Buffer.concat([Buffer.from('Schöne Grüße aus München, über die Brücke. '.repeat(3)), Buffer.from([0xc3])]);
    const d = decodeInput(bytes, 'cut.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text.endsWith('Brücke. \ufffd')).toBe(true);
    expect(d.warnings).toEqual(["'cut.txt': 1 invalid UTF-8 byte replaced with U+FFFD"]);
  });

  it('guesses Windows-1252 for a few legacy bytes the detector cannot place, with a warning', () => {
    const d = decodeInput(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'short.txt');
    expect(d).toMatchObject({ text: 'café\n', encoding: 'windows-1252', how: 'guessed' });
    expect(d.warnings[0]).toMatch(/^'short.txt' is not UTF-8 and its encoding could not be detected; read as windows-1252 \(choose another with --encoding\)$/);
  });

  it('decodes with --encoding, skipping detection', () => {
    const bytes = iconv.encode('Привет, мир', 'koi8-r');
    expect(decodeInput(bytes, 'a', { encoding: 'koi8-r' })).toMatchObject({ text: 'Привет, мир', how: '--encoding' });
    // The same bytes read as something else: what the user asked for.
    expect(decodeInput(bytes, 'a', { encoding: 'windows-1252' }).text).toBe(iconv.decode(bytes, 'windows-1252'));
    expect(decodeInput(Buffer.from('plain', 'utf16le'), 'a', { encoding: 'utf-16le' }).text).toBe('plain');
  });

  it('repairs mojibake after decoding and says so', () => {
    const d = decodeInput(Buffer.from('itâ€™s Ã©tÃ©'), 'm.txt');
    expect(d.text).toBe('it’s été');
    expect(describeDecoding(d)).toBe('utf-8, 3 mojibake characters repaired');
  });

  for (const [kind, bytes] of BINARIES) {
    it(`refuses a ${kind} with a one-line message naming the file and its kind`, () => {
      expect(binaryKind(bytes)).toBe(kind);
      expect(() => decodeInput(bytes, 'x.txt')).toThrow(new InputError(`'x.txt' is binary (${kind}), not text`));
      // Even with --encoding: a PDF stays a PDF.
      if (kind !== 'binary data' && kind !== 'Windows executable' && kind !== 'tar archive') expect(() => decodeInput(bytes, 'x.txt', { encoding: 'latin1' })).toThrow(InputError);
    });
  }

  it('reads text that merely starts like a weak signature ("MZ", "BM") as text', () => {
    expect(decodeInput(Buffer.from('MZ Holdings reported a profit.'), 'a').text).toBe('MZ Holdings reported a profit.');
    expect(decodeInput(Buffer.from('BM Bank news'), 'a').text).toBe('BM Bank news');
  });

  it('refuses bytes that decode to control characters in every encoding', () => {
    const noise = Buffer.from(Array.from({ length: 3000 }, (_, i) => ((i * 7919 + 13) % 255) + 1));
    expect(() => decodeInput(noise, 'noise.txt')).toThrow(/^'noise.txt' is not text: neither UTF-8 nor an encoding that could be detected \(choose one with --encoding\)$/);
  });

  it('never throws anything but a one-line InputError, whatever the bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        try {
          const d = decodeInput(bytes, 'x');
          expect(typeof d.text).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          expect((err as Error).message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back any string written as UTF-8 or UTF-16 with a BOM (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        fc.pre(!s.startsWith('\ufeff') && !s.includes('\0'));
        const opts = { repair: false };
        expect(decodeInput(Buffer.from(s), 'x', opts).text).toBe(s);
        expect(decodeInput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), 'x', opts).text).toBe(s);
        expect(decodeInput(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]), 'x', opts).text).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkEncoding', () => {
  it('knows iconv-lite names and aliases, and auto', () => {
    expect(checkEncoding('auto')).toBe('auto');
    expect(checkEncoding('UTF8')).toBe('utf-8');
    expect(checkEncoding('Windows-1252')).toBe('windows-1252');
    expect(checkEncoding('latin1')).toBe('latin1');
    expect(checkEncoding('KOI8-R')).toBe('koi8-r');
    expect(checkEncoding('klingon')).toBeNull();
    expect(checkEncoding('')).toBeNull();
  });
});

describe('start-up', () => {
  it('loads neither the detector nor iconv-lite for UTF-8 input', () => {
    const d = makeTree({ 'a.txt': 'Plain UTF-8 text: café.\n', 'b.txt': Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e, d\xe9j\xe0 vu', 'latin1') }, dirs);
    const probe = (file: string) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { createRequire } from 'node:module';
           const { run } = await import(${JSON.stringify(path.join(root, 'dist', 'cli', 'main.js'))});
           const sink = { write: () => true, isTTY: false };
           await run(['node', 'article-cleaner', ${JSON.stringify(file)}], { stdin: process.stdin, stdout: sink, stderr: sink, env: {}, cwd: ${JSON.stringify(d)} });
           const loaded = Object.keys(createRequire(import.meta.url).cache);
           console.log(JSON.stringify(['chardet', 'iconv-lite'].filter((m) => loaded.some((p) => p.includes('/node_modules/' + m + '/')))));`,
        ],
        { encoding: 'utf8', cwd: root },
      );
    const utf8 = probe('a.txt');
    expect(utf8.stderr).toBe('');
    expect(JSON.parse(utf8.stdout)).toEqual([]);
    expect(JSON.parse(probe('b.txt').stdout)).toEqual(['chardet', 'iconv-lite']);
  });
});
