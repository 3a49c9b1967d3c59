/**
 * JSON Lines mode: each input line is a document {"id": ..., "text": ..., other fields};
 * each output line is its result, in the same order, with the id and the other fields passed
 * through. A line that cannot be cleaned gives an error record, not a crash.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { clean } from '../pipeline/index.js';
import { toJsonObject } from '../render/json.js';
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
  const article = toJsonObject(clean(text, { input: `${source}:${lineNumber}` }));
  return { out: JSON.stringify({ id: rest.id ?? null, ...rest, ...article }), ok: true };
}

/**
 * Cleans every line of one JSON Lines input as it is read (blank lines are skipped), and
 * hands each result line to `emit` in input order.
 */
export async function cleanJsonLines(
  input: Input,
  io: Io,
  maxSize: number,
  reporter: Reporter,
  emit: (line: string) => Promise<void> | void,
): Promise<JsonlResult> {
  const stream = input.kind === 'stdin' ? io.stdin : fs.createReadStream(input.path);
  // Loaded here: runs on pages do not pay for it at start-up.
  const readline = createRequire(import.meta.url)('node:readline') as typeof import('node:readline');
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let records = 0;
  let errors = 0;
  let bytes = 0;
  let n = 0;
  for await (const raw of lines) {
    n++;
    bytes += Buffer.byteLength(raw) + 1;
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '') continue;
    const r = cleanJsonLine(line, n, input.display, maxSize);
    await emit(`${r.out}\n`);
    if (r.ok) records++;
    else {
      errors++;
      reporter.warn(`'${input.display}' line ${n}: ${JSON.parse(r.out).error}`);
    }
  }
  return { records, errors, bytes };
}
