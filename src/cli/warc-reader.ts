/**
 * Reads WARC and WET files (--input-format warc) as a stream: takes a byte stream, gives each
 * document record in file order: a `conversion` record (WET), or a `response` or `resource`
 * record whose payload is text/plain, with its bytes, or an error record when it cannot be
 * read. Other records (warcinfo, request, metadata, revisit, and payloads that are not plain
 * text, such as HTML) are skipped and counted by kind. Memory holds one record at a time.
 *
 * The WARC format is parsed by warcio (Webrecorder's library); gzip is undone before it by
 * Node's zlib, which reads Common Crawl's one-member-per-record files at native speed and
 * reports a truncated or damaged member as an error, where warcio's own inflater would end
 * the file quietly. warcio reads past the end of a truncated record without a word, and
 * skipping one with it never ends, so this file consumes each record itself and checks that
 * all its declared bytes came.
 */
import { createRequire } from 'node:module';
import { Readable, pipeline } from 'node:stream';
import zlib from 'node:zlib';
import type { WARCParser as Parser, WARCRecord } from 'warcio';
import { InputError } from './errors.js';
import type { RecordTask } from './warc-doc.js';

/** One record for the cleaner: its task (without the input's name) and its size in the file. */
export interface WarcItem {
  task: Omit<RecordTask, 'source'>;
  bytes: number;
}

/** Records skipped, by what they are ("request", "text/html"). */
export type Skipped = Map<string, number>;

/** The record types that hold a page. */
const DOCUMENT_TYPES = new Set(['conversion', 'response', 'resource']);

export async function* readWarc(stream: NodeJS.ReadableStream, maxSize: number, name: string, skipped: Skipped): AsyncGenerator<WarcItem> {
  const { WARCParser, AsyncIterReader } = loadWarcio();
  // compressed null: the bytes reaching warcio are never gzip (see above).
  const parser = new WARCParser(new AsyncIterReader(uncompressed(stream), null));
  let n = 0;
  let record: WARCRecord | null;
  for (;;) {
    const item: WarcItem = { task: { n: n + 1, id: null, url: null }, bytes: 0 };
    try {
      const next = await parseNext(parser);
      record = next.record;
      if (next.warning) {
        yield damaged(item, `the record before it does not end where its Content-Length says (${next.warning})`);
        return;
      }
      if (!record) return;
      n++;
      item.task.id = record.warcHeader('WARC-Record-ID') ?? null;
      item.task.url = record.warcTargetURI ?? null;
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        if (n === 1) throw new InputError(`'${name}' is not a WARC file (it does not start with a WARC/1.x line)`);
        yield damaged(item, 'no WARC/1.x line where a record should start');
        return;
      }
      item.bytes = record.warcContentLength;
      const kind = documentKind(record);
      if (kind.skip) {
        skipped.set(kind.skip, (skipped.get(kind.skip) ?? 0) + 1);
        if (!(await consumed(record))) {
          yield damaged(item, 'the file ends inside this record');
          return;
        }
        continue;
      }
      if (record.warcContentLength > maxSize) {
        item.task.problem = `record is larger than --max-size (${maxSize} bytes)`;
        if (!(await consumed(record))) {
          yield damaged(item, 'the file ends inside this record');
          return;
        }
        yield item;
        continue;
      }
      const bytes = await record.readFully(true);
      if (remaining(record) > 0) {
        yield damaged(item, 'the file ends inside this record');
        return;
      }
      item.task.bytes = bytes;
      item.task.charset = kind.charset;
      yield item;
    } catch (err) {
      // A failure to read the file (a system error, with its syscall) is the caller's "cannot read"; anything else is damage in the file.
      if (err instanceof InputError || (err as { syscall?: unknown })?.syscall !== undefined) throw err;
      yield damaged(item, err instanceof Error ? err.message : String(err));
      return;
    }
  }
}

/**
 * warcio, loaded on first use: the CLI bundle leaves it out (scripts/build.mjs), and the bundle
 * runs from a code cache where import() is not available, so require() it is.
 */
function loadWarcio(): typeof import('warcio') {
  return createRequire(import.meta.url)('warcio') as typeof import('warcio');
}

function damaged(item: WarcItem, why: string): WarcItem {
  item.task.problem = `cannot read the record: ${why}; the rest of the file is not read`;
  return item;
}

/**
 * Parses the next record's headers. warcio says on the console that a record was longer than
 * its Content-Length: caught here, since it means the file is damaged, and the console is ours.
 */
async function parseNext(parser: Parser): Promise<{ record: WARCRecord | null; warning: string | null }> {
  const warn = console.warn;
  let warning: string | null = null;
  console.warn = (...args: unknown[]) => {
    warning = args.map(String).join(' ');
  };
  try {
    return { record: await parser.parse(), warning };
  } finally {
    console.warn = warn;
  }
}

/** Whether the record is a page of text (and its charset), or what it is when it is skipped. */
function documentKind(record: WARCRecord): { skip?: string; charset?: string } {
  const type = record.warcType ?? 'no WARC-Type';
  if (!DOCUMENT_TYPES.has(type)) return { skip: type };
  const contentType = (type === 'response' ? record.httpHeaders?.headers.get('Content-Type') : record.warcContentType) ?? '';
  const [media = '', ...params] = contentType.split(';').map((s) => s.trim());
  const mediaType = media.toLowerCase() || 'no Content-Type';
  if (mediaType !== 'text/plain') return { skip: mediaType };
  const charset = params.find((p) => /^charset=/i.test(p))?.slice('charset='.length).replace(/^"|"$/g, '');
  return charset ? { charset } : {};
}

/** The bytes of the record's block that did not come (the file ended first). */
function remaining(record: WARCRecord): number {
  const reader = record._reader as { limit?: number };
  return Math.max(0, reader.limit ?? 0);
}

/** Reads through a record without keeping it; false when the file ends inside it. */
async function consumed(record: WARCRecord): Promise<boolean> {
  // Not warcio's skipFully, which loops for ever on a truncated record.
  for await (const _ of record._reader as AsyncIterable<Uint8Array>) {
    // dropped
  }
  record.consumed = 'skipped';
  return remaining(record) === 0;
}

/** The stream's bytes, gunzipped when they start with the gzip magic number (members one after another are read as one stream). */
async function* uncompressed(stream: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const bytes = (chunk: Buffer | string) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const first = await chunks.next();
  if (first.done) return;
  const head = bytes(first.value);
  async function* all(): AsyncGenerator<Uint8Array> {
    yield head;
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) yield bytes(r.value);
  }
  if (!(head[0] === 0x1f && head[1] === 0x8b)) {
    yield* all();
    return;
  }
  // pipeline: an error on either side (a read error, a damaged member) ends the gunzipped stream with it.
  yield* pipeline(Readable.from(all(), { objectMode: false }), zlib.createGunzip(), () => {}) as AsyncIterable<Buffer>;
}
