/** Bytes to text: refuse binary files, honour byte-order marks, insist on valid UTF-8. */
import { InputError } from './errors.js';

/** File signatures of common binary formats, for a clear refusal. */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['gzip', [0x1f, 0x8b]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
];

/** Bytes looked at for NUL bytes when deciding whether a file is binary. */
const SNIFF_BYTES = 8192;

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/** The kind of binary file the bytes are, or null for text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, sig] of MAGIC) if (bytes.length >= sig.length && startsWith(bytes, sig)) return kind;
  // UTF-16 text has NUL bytes; it is recognised by its byte-order mark before this check.
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return 'binary data';
  return null;
}

/**
 * Decodes the bytes of one input. UTF-8 (a BOM is dropped) unless a UTF-16 BOM says
 * otherwise. Throws InputError naming the input for binary data and invalid UTF-8.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(`'${name}' is binary (${kind}), not text`);
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new InputError(`'${name}' is not valid UTF-8 text`);
  }
}

const UNITS: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Parses sizes such as "50mb", "200k", "1g" or a plain number of bytes. */
export function parseSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(value);
  if (!m) return null;
  const unit = UNITS[m[2]!.toLowerCase() || 'b'];
  return unit === undefined ? null : Math.floor(Number(m[1]) * unit);
}
