/**
 * Bytes to text. Binary files are refused with their kind; byte-order marks are honoured;
 * bytes that are valid UTF-8 are read as UTF-8 (the common case, with no detector loaded);
 * anything else goes to an encoding detector (chardet) and a decoder (iconv-lite), both
 * loaded only then. `--encoding` skips detection. Mojibake is repaired after decoding.
 */
import { createRequire } from 'node:module';
import type Chardet from 'chardet';
import type IconvLite from 'iconv-lite';
import { repairMojibake } from '../mojibake.js';
import { InputError } from './errors.js';

const require = createRequire(import.meta.url);
let chardetModule: typeof Chardet | null = null;
let iconvModule: typeof IconvLite | null = null;
const chardet = (): typeof Chardet => (chardetModule ??= require('chardet') as typeof Chardet);
const iconv = (): typeof IconvLite => (iconvModule ??= require('iconv-lite') as typeof IconvLite);

type Signature = readonly [offset: number, bytes: readonly number[] | string];

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** File signatures of common binary formats, for a clear refusal. */
const MAGIC: ReadonlyArray<readonly [string, readonly Signature[]]> = [
  ['PDF', [[0, '%PDF-']]],
  ['PNG image', [[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]]],
  ['GIF image', [[0, 'GIF87a']]],
  ['GIF image', [[0, 'GIF89a']]],
  ['JPEG image', [[0, [0xff, 0xd8, 0xff]]]],
  ['WebP image', [[0, 'RIFF'], [8, 'WEBP']]],
  ['WAV audio', [[0, 'RIFF'], [8, 'WAVE']]],
  ['AVI video', [[0, 'RIFF'], [8, 'AVI ']]],
  ['TIFF image', [[0, [0x49, 0x49, 0x2a, 0x00]]]],
  ['TIFF image', [[0, [0x4d, 0x4d, 0x00, 0x2a]]]],
  ['MP4/ISO media (video, HEIC or AVIF image)', [[4, 'ftyp']]],
  ['MP3 audio', [[0, 'ID3']]],
  ['Ogg media', [[0, 'OggS']]],
  ['FLAC audio', [[0, 'fLaC']]],
  ['gzip', [[0, [0x1f, 0x8b]]]],
  ['zip archive (or docx, xlsx, epub, jar)', [[0, [0x50, 0x4b, 0x03, 0x04]]]],
  ['zip archive (or docx, xlsx, epub, jar)', [[0, [0x50, 0x4b, 0x05, 0x06]]]],
  ['bzip2', [[0, 'BZh']]],
  ['xz', [[0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]]]],
  ['zstd', [[0, [0x28, 0xb5, 0x2f, 0xfd]]]],
  ['7z archive', [[0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]]]],
  ['RAR archive', [[0, 'Rar!\x1a\x07']]],
  ['tar archive', [[257, 'ustar']]],
  ['SQLite database', [[0, 'SQLite format 3\0']]],
  ['Microsoft Office (OLE) document', [[0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]]]],
  ['ELF executable', [[0, [0x7f, 0x45, 0x4c, 0x46]]]],
  ['Mach-O executable', [[0, [0xcf, 0xfa, 0xed, 0xfe]]]],
  ['Mach-O executable', [[0, [0xce, 0xfa, 0xed, 0xfe]]]],
  ['Mach-O executable or Java class', [[0, [0xca, 0xfe, 0xba, 0xbe]]]],
  ['WebAssembly module', [[0, [0x00, 0x61, 0x73, 0x6d]]]],
  ['WOFF font', [[0, 'wOFF']]],
  ['WOFF2 font', [[0, 'wOF2']]],
];

/** Signatures short enough to begin a text file ("MZ ...", "BM ..."): only named when the bytes hold NULs too. */
const WEAK_MAGIC: ReadonlyArray<readonly [string, readonly Signature[]]> = [
  ['Windows executable', [[0, 'MZ']]],
  ['BMP image', [[0, 'BM']]],
  ['ICO image', [[0, [0x00, 0x00, 0x01, 0x00]]]],
];

/** Bytes looked at for NUL bytes when deciding whether a file is binary. */
const SNIFF_BYTES = 8192;

/** The signatures as bytes, made once: every input is checked against all of them. */
type ByteSignature = readonly [offset: number, bytes: readonly number[]];
const asBytes = (table: ReadonlyArray<readonly [string, readonly Signature[]]>) =>
  table.map(([kind, sigs]) => [kind, sigs.map(([offset, sig]): ByteSignature => [offset, typeof sig === 'string' ? ascii(sig) : sig])] as const);
const MAGIC_BYTES = asBytes(MAGIC);
const WEAK_MAGIC_BYTES = asBytes(WEAK_MAGIC);

const matches = (bytes: Uint8Array, sigs: readonly ByteSignature[]) =>
  sigs.every(([offset, b]) => {
    if (bytes.length < offset + b.length) return false;
    for (let i = 0; i < b.length; i++) if (bytes[offset + i] !== b[i]) return false;
    return true;
  });

function hasNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** The kind of a binary file recognised by its signature, or null. */
export function magicKind(bytes: Uint8Array): string | null {
  for (const [kind, sigs] of MAGIC_BYTES) if (matches(bytes, sigs)) return kind;
  return null;
}

/** The kind of binary file the bytes are, or null for text (UTF-16 is recognised before this check). */
export function binaryKind(bytes: Uint8Array): string | null {
  const kind = magicKind(bytes);
  if (kind) return kind;
  if (!hasNul(bytes)) return null;
  for (const [weak, sigs] of WEAK_MAGIC_BYTES) if (matches(bytes, sigs)) return weak;
  return 'binary data';
}

/** UTF-16 without a byte-order mark: NUL bytes in every other position (mostly ASCII or Latin text). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (end < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = end / 2;
  if (odd >= 0.3 * pairs && even <= 0.01 * pairs) return 'utf-16le';
  if (even >= 0.3 * pairs && odd <= 0.01 * pairs) return 'utf-16be';
  return null;
}

/** Counts of valid multi-byte UTF-8 characters and of invalid bytes. Linear. */
function utf8Stats(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let ok = need > 0 && i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && need > 1 && (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)) ok = false;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** Bytes sampled for detection: the lines that hold non-ASCII bytes, which are what tells encodings apart. */
const DETECT_SAMPLE_BYTES = 64 * 1024;

function detectionSample(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  let start = 0;
  let high = false;
  for (let i = 0; i <= bytes.length && size < DETECT_SAMPLE_BYTES; i++) {
    const b = i < bytes.length ? bytes[i]! : 0x0a;
    if (b >= 0x80) high = true;
    else if (b === 0x0a) {
      if (high) {
        const end = Math.min(i + 1, start + DETECT_SAMPLE_BYTES - size);
        parts.push(bytes.subarray(start, end));
        size += end - start;
      }
      start = i + 1;
      high = false;
    }
  }
  return Buffer.concat(parts);
}

/** Detector answers that never apply here: the bytes are not UTF-8, and UTF-16/32 have NULs. */
const NOT_CANDIDATES = /^(ascii|utf-8|utf-16|utf-32|iso-2022|iso_2022)/i;
/** Like browsers: Latin-1 and Latin-5 labels mean their Windows supersets. */
const SUPERSET: Readonly<Record<string, string>> = { 'iso-8859-1': 'windows-1252', 'iso-8859-9': 'windows-1254' };
/** Below this confidence (0-100) a detector answer is not taken. */
const MIN_CONFIDENCE = 10;
/** The guess when detection has no answer: the most common legacy encoding of web text. */
const FALLBACK = 'windows-1252';
/** Share of control characters or U+FFFD above which decoded bytes are not text. */
const MAX_BAD_SHARE = 0.02;
/** A file is read as UTF-8 with a few invalid bytes when valid multi-byte characters outnumber them this many times. */
const MOSTLY_UTF8 = 4;

/** Share of characters that text does not contain (C0/C1 controls other than whitespace and ESC, U+FFFD). */
function badShare(text: string): number {
  const n = Math.min(text.length, DETECT_SAMPLE_BYTES);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1b) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad / n;
}

export type DecodedHow = 'utf-8' | 'invalid bytes replaced' | 'byte-order mark' | 'no byte-order mark' | 'detected' | 'guessed' | '--encoding';

export interface Decoded {
  text: string;
  /** The encoding read, lower case ("utf-8", "windows-1252", "koi8-r"). */
  encoding: string;
  how: DecodedHow;
  /** The detector's confidence, 0-100, when it chose. */
  confidence?: number;
  /** Characters repaired from mojibake. */
  repaired: number;
  /** Things the user should know (a guessed encoding, replaced bytes). */
  warnings: string[];
}

export interface DecodeOptions {
  /** An encoding name (anything iconv-lite knows); absent or "auto" to detect. */
  encoding?: string | undefined;
  /** Repair mojibake after decoding (default true). */
  repair?: boolean;
}

/** The canonical form of an --encoding value, or null when it is unknown. "auto" stays "auto". */
export function checkEncoding(name: string): string | null {
  const n = name.trim().toLowerCase();
  if (n === 'auto') return 'auto';
  if (n === 'utf8' || n === 'utf-8') return 'utf-8';
  return n !== '' && iconv().encodingExists(n) ? n : null;
}

const isWide = (enc: string) => /^(utf-?16|utf-?32|ucs-?2)/i.test(enc);

/** The one-line description of how an input was decoded, for --verbose. */
export function describeDecoding(d: Pick<Decoded, 'encoding' | 'how' | 'confidence' | 'repaired'>): string {
  let s = d.encoding;
  if (d.how === 'detected') s += ` (detected, ${d.confidence ?? 0}% confidence)`;
  else if (d.how !== 'utf-8') s += ` (${d.how})`;
  if (d.repaired) s += `, ${d.repaired} mojibake character${d.repaired === 1 ? '' : 's'} repaired`;
  return s;
}

/** Made once: one decoder serves every input (a failed decode leaves it ready for the next). */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeBytes(bytes: Uint8Array, name: string, options: DecodeOptions): Omit<Decoded, 'repaired'> {
  const warnings: string[] = [];
  const forced = options.encoding && options.encoding !== 'auto' ? options.encoding : null;
  const kind = magicKind(bytes);
  if (kind) throw new InputError(`'${name}' is binary (${kind}), not text`);

  if (forced) {
    if (!isWide(forced) && hasNul(bytes)) throw new InputError(`'${name}' is binary (${binaryKind(bytes)}), not text`);
    return { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), forced), encoding: forced, how: '--encoding', warnings };
  }

  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'utf-32le'), encoding: 'utf-32le', how: 'byte-order mark', warnings };
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
    return { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'utf-32be'), encoding: 'utf-32be', how: 'byte-order mark', warnings };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', how: 'byte-order mark', warnings };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', how: 'byte-order mark', warnings };

  if (hasNul(bytes)) {
    const wide = utf16WithoutBom(bytes);
    if (wide) {
      const text = new TextDecoder(wide).decode(bytes);
      if (badShare(text) <= MAX_BAD_SHARE) return { text, encoding: wide, how: 'no byte-order mark', warnings };
    }
    throw new InputError(`'${name}' is binary (${binaryKind(bytes)}), not text`);
  }

  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8', how: bom ? 'byte-order mark' : 'utf-8', warnings };
  } catch {
    // not UTF-8: a few broken bytes in UTF-8 text, or another encoding
  }

  const stats = utf8Stats(body);
  if (bom || (stats.multibyte > 0 && stats.multibyte >= MOSTLY_UTF8 * stats.invalid)) {
    warnings.push(`'${name}': ${stats.invalid} invalid UTF-8 byte${stats.invalid === 1 ? '' : 's'} replaced with U+FFFD`);
    return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', how: 'invalid bytes replaced', warnings };
  }

  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const seen = new Set<string>();
  const answers = chardet()
    .analyse(detectionSample(bytes))
    .filter((m) => m.confidence >= MIN_CONFIDENCE && !NOT_CANDIDATES.test(m.name))
    .map((m) => ({ encoding: SUPERSET[m.name.toLowerCase()] ?? m.name.toLowerCase(), confidence: m.confidence }))
    .filter((m) => !seen.has(m.encoding) && seen.add(m.encoding) && iconv().encodingExists(m.encoding));
  for (const { encoding, confidence } of answers) {
    const text = iconv().decode(buf, encoding);
    if (badShare(text) <= MAX_BAD_SHARE) return { text, encoding, how: 'detected', confidence, warnings };
  }
  const text = iconv().decode(buf, FALLBACK);
  if (badShare(text) <= MAX_BAD_SHARE) {
    warnings.push(`'${name}' is not UTF-8 and its encoding could not be detected; read as ${FALLBACK} (choose another with --encoding)`);
    return { text, encoding: FALLBACK, how: 'guessed', warnings };
  }
  throw new InputError(`'${name}' is not text: neither UTF-8 nor an encoding that could be detected (choose one with --encoding)`);
}

/**
 * Decodes the bytes of one input and repairs mojibake. Throws InputError naming the input
 * for binary data and for bytes that are not text in any encoding that fits.
 */
export function decodeInput(bytes: Uint8Array, name: string, options: DecodeOptions = {}): Decoded {
  const d = decodeBytes(bytes, name, options);
  if (options.repair === false) return { ...d, repaired: 0 };
  const r = repairMojibake(d.text);
  return { ...d, text: r.text, repaired: r.repaired };
}

/** The text of one input (see decodeInput). */
export function decodeText(bytes: Uint8Array, name: string, options: DecodeOptions = {}): string {
  return decodeInput(bytes, name, options).text;
}

const UNITS: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Parses sizes such as "50mb", "200k", "1g" or a plain number of bytes. */
export function parseSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(value);
  if (!m) return null;
  const unit = UNITS[m[2]!.toLowerCase() || 'b'];
  return unit === undefined ? null : Math.floor(Number(m[1]) * unit);
}
