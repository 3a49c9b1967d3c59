/**
 * JSON Lines mode: each input line is a document {"id": ..., "text": ..., other fields};
 * each output line is its result, in the same order, with the id and the other fields passed
 * through. A line that cannot be cleaned gives an error record, not a crash.
 */
import fs from 'node:fs';
import { repairMojibake } from '../mojibake.js';
import { clean } from '../pipeline/index.js';
import { toJsonObject } from '../render/json.js';
import { binaryKind } from './decode.js';
import { InputError } from './errors.js';
import type { Input } from './inputs.js';
import type { Io } from './main.js';
import type { Reporter } from './reporter.js';

export interface JsonlResult {
  records: number;
  errors: number;
  bytes: number;
}

/** The result line of one input line (a JSON text without the newline). */
export function cleanJsonLine(line: string, lineNumber: number, source: string, maxSize: number): { out: string; ok: boolean } {
  const fail = (id: unknown, message: string) => ({ out: JSON.stringify({ id: id ?? null, line: lineNumber, error: message }), ok: false });
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    return fail(null, 'not valid JSON');
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return fail(null, 'not a JSON object');
  const { text, ...rest } = doc as Record<string, unknown>;
  if (typeof text !== 'string') return fail(rest.id, 'no "text" string');
  if (text.length > maxSize) return fail(rest.id, `"text" is larger than --max-size (${maxSize} bytes)`);
  const article = toJsonObject(clean(repairMojibake(text).text, { input: `${source}:${lineNumber}` }));
  return { out: JSON.stringify({ id: rest.id ?? null, ...rest, ...article }), ok: true };
}

/** One line of input: its text, or why it has none (longer than the limit, not UTF-8). */
interface Line {
  text: string | null;
  bytes: number;
  problem?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Splits a byte stream into lines, holding at most `maxLine` bytes of one line: a longer line
 * is skipped (and reported) without being buffered. A binary stream is refused at its start.
 */
async function* readLines(stream: NodeJS.ReadableStream, maxLine: number, name: string): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let held = 0;
  let length = 0;
  let first = true;
  const finish = (): Line => {
    const bytes = length;
    const tooLong = held < 0;
    const raw = tooLong ? null : Buffer.concat(parts);
    parts = [];
    held = 0;
    length = 0;
    if (!raw) return { text: null, bytes, problem: `line is larger than --max-size (${maxLine} bytes)` };
    try {
      return { text: utf8.decode(raw), bytes };
    } catch {
      return { text: null, bytes, problem: 'not valid UTF-8' };
    }
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (first) {
      first = false;
      const kind = binaryKind(buf);
      if (kind) throw new InputError(`'${name}' is binary (${kind}), not JSON Lines`);
    }
    let pos = 0;
    while (pos < buf.length) {
      const nl = buf.indexOf(0x0a, pos);
      const end = nl < 0 ? buf.length : nl;
      const piece = buf.subarray(pos, end);
      length += piece.length;
      if (held >= 0) {
        if (held + piece.length > maxLine) {
          held = -1;
          parts = [];
        } else {
          parts.push(piece);
          held += piece.length;
        }
      }
      if (nl < 0) break;
      yield finish();
      pos = nl + 1;
    }
  }
  if (length > 0) yield finish();
}

/**
 * Cleans every line of one JSON Lines input as it is read (blank lines are skipped), and
 * hands each result line to `emit` in input order. Memory holds one line at a time, at most
 * `maxSize` bytes.
 */
export async function cleanJsonLines(
  input: Input,
  io: Io,
  maxSize: number,
  reporter: Reporter,
  emit: (line: string) => Promise<void> | void,
): Promise<JsonlResult> {
  const stream = input.kind === 'stdin' ? io.stdin : fs.createReadStream(input.path);
  let records = 0;
  let errors = 0;
  let bytes = 0;
  let n = 0;
  for await (const raw of readLines(stream, maxSize, input.kind === 'stdin' ? 'standard input' : input.display)) {
    n++;
    bytes += raw.bytes + 1;
    let r: { out: string; ok: boolean };
    if (raw.text === null) r = { out: JSON.stringify({ id: null, line: n, error: raw.problem }), ok: false };
    else {
      const line = raw.text.replace(/^\uFEFF/, '').trim();
      if (line === '') continue;
      r = cleanJsonLine(line, n, input.display, maxSize);
    }
    await emit(`${r.out}\n`);
    if (r.ok) records++;
    else {
      errors++;
      reporter.warn(`'${input.display}' line ${n}: ${JSON.parse(r.out).error}`);
    }
  }
  return { records, errors, bytes };
}
