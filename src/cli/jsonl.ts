/**
 * JSON Lines mode: each input line is a document {"id": ..., "text": ..., other fields};
 * each output line is its result, in the same order, with the id and the other fields passed
 * through. A line that cannot be cleaned gives an error record, not a crash.
 */
import fs from 'node:fs';
import { repairMojibake } from '../mojibake.js';
import { clean } from '../clean.js';
import { toJsonObject } from '../render/json.js';
import { binaryKind } from './decode.js';
import { InputError } from './errors.js';
import type { Input } from './inputs.js';
import type { Io } from './main.js';
import { loadWorker } from './pool.js';
import type { Reporter } from './reporter.js';
import type { Worker as WorkerThread } from 'node:worker_threads';

export interface JsonlResult {
  records: number;
  errors: number;
  bytes: number;
}

/** The result of one input line: its output line (a JSON text without the newline), and the error when it has one. */
export interface LineResult {
  out: string;
  ok: boolean;
  error?: string;
}

/** The error record of a line that cannot be cleaned. */
function errorRecord(id: unknown, lineNumber: number, message: string): LineResult {
  return { out: JSON.stringify({ id: id ?? null, line: lineNumber, error: message }), ok: false, error: message };
}

/** The result line of one input line. */
export function cleanJsonLine(line: string, lineNumber: number, source: string, maxSize: number): LineResult {
  const fail = (id: unknown, message: string) => errorRecord(id, lineNumber, message);
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

/** A line to clean: its number, and its text or why it has none (see Line). */
export interface NumberedLine {
  n: number;
  text?: string;
  problem?: string;
}

/** Lines cleaned together in a worker thread, and their result lines (in the same order). */
export interface LineChunk {
  chunk: NumberedLine[];
  source: string;
  maxSize: number;
}
export interface LineChunkResults {
  results: LineResult[];
}

/** The result line of a numbered line: its cleaned document, or its error record. */
function resultOf(line: NumberedLine, source: string, maxSize: number): LineResult {
  if (line.text === undefined) return errorRecord(null, line.n, line.problem!);
  return cleanJsonLine(line.text, line.n, source, maxSize);
}

/** What a worker thread does with a chunk of lines (see worker.ts). */
export function cleanLineChunk(m: LineChunk): LineChunkResults {
  return { results: m.chunk.map((line) => resultOf(line, m.source, m.maxSize)) };
}

/** Lines go to the worker threads in chunks of about this many characters... */
const CHUNK_CHARS = 256 * 1024;
/** ...and each worker holds at most this many chunks at once: the one it cleans and the next. */
const CHUNKS_PER_WORKER = 2;

/**
 * Worker threads that clean chunks of lines; each answers its chunks in the order it was sent
 * them. A worker that fails (out of memory on a huge document) is replaced; the lines of the
 * chunk it failed on are cleaned again one by one, so that only a line that fails on its own
 * becomes an error record, and the chunks it had not started go out again.
 */
export class LinePool {
  private readonly members: { thread: WorkerThread; held: { resolve: (r: LineChunkResults) => void; chunk: LineChunk }[] }[] = [];
  private closing = false;

  constructor(size: number) {
    for (let k = 0; k < size; k++) this.spawn();
  }

  private spawn(): void {
    const thread = new (loadWorker())(new URL('./worker.js', import.meta.url));
    const member = { thread, held: [] as { resolve: (r: LineChunkResults) => void; chunk: LineChunk }[] };
    thread.on('message', (m: LineChunkResults) => member.held.shift()?.resolve(m));
    const fail = (err: Error & { code?: string }) => {
      const at = this.members.indexOf(member);
      if (at < 0 || this.closing) return;
      this.members.splice(at, 1);
      const why =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'needs more memory than the JavaScript heap allows (raise it with NODE_OPTIONS=--max-old-space-size=MB)'
          : `internal error: ${err.message}`;
      this.spawn();
      // A worker answers its chunks in turn: it failed on the first it held. The others go out again as they are.
      const [failed, ...waiting] = member.held.splice(0);
      for (const { resolve, chunk } of waiting) void this.run(chunk).then(resolve);
      if (!failed) return;
      const { resolve, chunk } = failed;
      if (chunk.chunk.length === 1) resolve({ results: [errorRecord(null, chunk.chunk[0]!.n, why)] });
      else void Promise.all(chunk.chunk.map((line) => this.run({ ...chunk, chunk: [line] }))).then((parts) => resolve({ results: parts.flatMap((p) => p.results) }));
    };
    thread.on('error', fail);
    // A worker that stops without an error (and not by close) fails as one that has one.
    thread.on('exit', (code) => fail(new Error(`worker stopped with exit code ${code}`)));
    this.members.push(member);
  }

  /** How many worker threads. */
  get size(): number {
    return this.members.length;
  }

  /** How many chunks may be held at once. */
  get capacity(): number {
    return this.members.length * CHUNKS_PER_WORKER;
  }

  /** Sends a chunk to the worker that holds the fewest. */
  run(chunk: LineChunk): Promise<LineChunkResults> {
    let member = this.members[0]!;
    for (const m of this.members) if (m.held.length < member.held.length) member = m;
    return new Promise((resolve) => {
      member.held.push({ resolve, chunk });
      member.thread.postMessage(chunk);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.members.map((m) => m.thread.terminate()));
  }
}

/** How a JSON Lines input is spread over worker threads. */
export interface JsonlJobs {
  /** The worker threads, started on first use and shared by the run's inputs; null: the main thread alone. */
  pool: (() => LinePool) | null;
  /** Worker threads are used only once this many bytes of an input have been read (they first compile the cleaner for themselves). */
  fromBytes: number;
}

/** The worker threads of a run's JSON Lines inputs: started when first asked for, stopped at the end. */
export class SharedLinePool {
  private pool: LinePool | null = null;
  constructor(private readonly size: number) {}
  readonly get = (): LinePool => (this.pool ??= new LinePool(this.size));
  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
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
 * hands each result line to `emit` in input order. In one thread, memory holds one line at a
 * time, at most `maxSize` bytes. With more jobs, once `fromBytes` bytes have been read, lines
 * go in chunks to `jobs` worker threads while this thread reads and writes; a bounded number
 * of chunks is in flight, and results are emitted in input order as they come back.
 */
export async function cleanJsonLines(
  input: Input,
  io: Io,
  maxSize: number,
  reporter: Reporter,
  emit: (line: string) => Promise<void> | void,
  parallel: JsonlJobs = { pool: null, fromBytes: 0 },
): Promise<JsonlResult> {
  const stream = input.kind === 'stdin' ? io.stdin : fs.createReadStream(input.path);
  let records = 0;
  let errors = 0;
  let bytes = 0;
  let n = 0;
  const put = async (line: NumberedLine, r: LineResult) => {
    await emit(`${r.out}\n`);
    if (r.ok) records++;
    else {
      errors++;
      reporter.warn(`'${input.display}' line ${line.n}: ${r.error}`);
    }
  };
  let pool: LinePool | null = null;
  const inFlight: { chunk: LineChunk; done: Promise<LineChunkResults> }[] = [];
  let chunk: NumberedLine[] = [];
  let chunkChars = 0;
  /** Emits the results of the oldest chunk in flight. */
  const settleOldest = async () => {
    const { chunk: sent, done } = inFlight.shift()!;
    const { results } = await done;
    for (let k = 0; k < results.length; k++) await put(sent.chunk[k]!, results[k]!);
  };
  const send = async () => {
    if (chunk.length === 0) return;
    const sent: LineChunk = { chunk, source: input.display, maxSize };
    chunk = [];
    chunkChars = 0;
    inFlight.push({ chunk: sent, done: pool!.run(sent) });
    while (inFlight.length >= pool!.capacity) await settleOldest();
  };
  for await (const raw of readLines(stream, maxSize, input.kind === 'stdin' ? 'standard input' : input.display)) {
    n++;
    bytes += raw.bytes + 1;
    let line: NumberedLine;
    if (raw.text === null) line = { n, problem: raw.problem };
    else {
      const text = raw.text.replace(/^\uFEFF/, '').trim();
      if (text === '') continue;
      line = { n, text };
    }
    if (!pool && parallel.pool && bytes >= parallel.fromBytes) {
      pool = parallel.pool();
      reporter.verbose(`'${input.display}': from line ${n} on, in ${pool.size} worker threads`);
    }
    if (!pool) {
      await put(line, resultOf(line, input.display, maxSize));
      continue;
    }
    chunk.push(line);
    chunkChars += line.text?.length ?? 0;
    if (chunkChars >= CHUNK_CHARS) await send();
  }
  if (pool) {
    await send();
    while (inFlight.length > 0) await settleOldest();
  }
  return { records, errors, bytes };
}
