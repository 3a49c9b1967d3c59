/**
 * The documents of a WARC or WET input for the JSON Lines runner (run-jsonl.ts): its text
 * records, read as a stream (warc-reader.ts), as record jobs. The records skipped are told
 * once per input, by kind: HTML and other payloads that are not plain text are skipped rather
 * than given error records, since a crawl's WARC holds mostly such records, and an error
 * for each would bury the pages of text and fail every run.
 */
import type { RunContext } from './context.js';
import type { Input } from './inputs.js';
import type { Document } from './run-jsonl.js';
import { readWarc, type Skipped } from './warc-reader.js';

const HTML = new Set(['text/html', 'application/xhtml+xml']);
/** Record types that never hold a page: skipped without a word. */
const QUIET = new Set(['warcinfo', 'request', 'metadata', 'revisit']);

export async function* warcDocuments(stream: NodeJS.ReadableStream, input: Input, run: RunContext): AsyncGenerator<Document> {
  const skipped: Skipped = new Map();
  const name = input.kind === 'stdin' ? 'standard input' : input.display;
  const model = run.settings.model;
  for await (const item of readWarc(stream, run.settings.maxSize, name, skipped)) {
    yield { kind: 'records', n: item.task.n, bytes: item.bytes, unit: { ...item.task, source: input.display, ...(model === undefined ? {} : { model }) } };
  }
  const told = describeSkipped(skipped);
  if (told) run.reporter.warn(`'${input.display}': ${told}`);
  const quiet = [...skipped].filter(([kind]) => QUIET.has(kind));
  if (quiet.length > 0) run.reporter.verbose(`'${input.display}': skipped ${quiet.map(([kind, count]) => `${count} ${kind}`).join(', ')} records`);
}

/** "3 records skipped: 2 text/html (HTML is not text the cleaner reads: ...), 1 image/png", or null. */
export function describeSkipped(skipped: Skipped): string | null {
  const told = [...skipped].filter(([kind]) => !QUIET.has(kind));
  if (told.length === 0) return null;
  const total = told.reduce((sum, [, count]) => sum + count, 0);
  const html = told.some(([kind]) => HTML.has(kind));
  const list = told.map(([kind, count]) => `${count} ${kind}`).join(', ');
  const why = html ? ' (HTML is not text the cleaner reads: use the WET files, or turn the HTML into text first)' : '';
  return `${total} record${total === 1 ? '' : 's'} skipped, not plain text: ${list}${why}`;
}
