/**
 * One WARC document (--input-format warc): takes the payload of a text record with its record
 * id and target URI, gives its result line, in the JSON Lines mode's shape with `id` and `url`
 * first, or an error record. Runs in the main thread or in a worker (same code either way) and
 * never throws. The bytes are decoded here, not in the thread that reads the file, so that the
 * decoding is shared out with the cleaning.
 */
import { clean } from '../clean.js';
import { toJsonObject } from '../render/json.js';
import { modelOption } from './model-file.js';
import { checkEncoding, decodeInput } from './decode.js';
import type { LineResult } from './jsonl.js';

/** A record to clean: its number in the file (every record counts, skipped ones too), its ids, and its payload or why it has none. */
export interface RecordTask {
  n: number;
  id: string | null;
  url: string | null;
  bytes?: Uint8Array;
  /** The charset its Content-Type names, if any. */
  charset?: string | undefined;
  problem?: string;
  /** The input's name, recorded as `input` ("crawl.wet.gz:12"). */
  source: string;
  /** --model: the weights file to clean with, instead of the bundled one. */
  model?: string;
}

/** The error record of a WARC record that cannot be cleaned: `record` is its number in the file. */
export function recordError(task: Pick<RecordTask, 'n' | 'id' | 'url'>, message: string): LineResult {
  return { out: JSON.stringify({ id: task.id, url: task.url, record: task.n, error: message }), ok: false, error: message };
}

export function runRecord(task: RecordTask): LineResult {
  if (task.bytes === undefined) return recordError(task, task.problem ?? 'no payload');
  // A charset that iconv-lite does not know is left to detection rather than failing the page.
  const named = task.charset ? checkEncoding(task.charset) : null;
  let text: string;
  try {
    text = decodeInput(task.bytes, `record ${task.n}`, { encoding: named ?? 'auto' }).text;
  } catch (err) {
    return recordError(task, err instanceof Error ? err.message : String(err));
  }
  const article = toJsonObject(clean(text, { input: `${task.source}:${task.n}`, ...modelOption(task.model) }));
  return { out: JSON.stringify({ id: task.id, url: task.url, ...article }), ok: true };
}
