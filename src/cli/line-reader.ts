/**
 * Splits a byte stream into lines for JSON Lines input: takes a stream and the longest line
 * allowed, gives each line's text (UTF-8) or why it has none. Holds at most `maxLine` bytes of
 * one line: a longer line is skipped (and reported) without being buffered. A binary stream is
 * refused at its start.
 */
import { binaryKind } from './decode.js';
import { InputError } from './errors.js';

/** One line of input: its text, or why it has none (longer than the limit, not UTF-8). */
export interface Line {
  text: string | null;
  bytes: number;
  problem?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function* readLines(stream: NodeJS.ReadableStream, maxLine: number, name: string): AsyncGenerator<Line> {
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
