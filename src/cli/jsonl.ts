/**
 * One JSON Lines document: takes an input line {"id": ..., "text": ..., other fields} and gives
 * its result line, with the id and the other fields passed through, or an error record. Runs
 * in the main thread or in a worker (same code either way) and never throws.
 */
import { repairMojibake } from '../mojibake.js';
import { clean } from '../clean.js';
import { toJsonObject } from '../render/json.js';
import { modelOption } from './model-file.js';
import { HTML_FIX, looksLikeMarkup } from './markup.js';

/** The result of one input line: its output line (a JSON text without the newline), and the error when it has one. */
export interface LineResult {
  out: string;
  ok: boolean;
  error?: string;
}

/** A line to clean: its number, its text or why it has none (see line-reader.ts), and where it comes from. */
export interface LineTask {
  n: number;
  text?: string;
  problem?: string;
  /** The input's name, recorded as `input` ("docs.jsonl:12"). */
  source: string;
  maxSize: number;
  /** --model: the weights file to clean with, instead of the bundled one. */
  model?: string;
}

/** The error record of a line that cannot be cleaned. */
export function errorRecord(id: unknown, lineNumber: number, message: string): LineResult {
  return { out: JSON.stringify({ id: id ?? null, line: lineNumber, error: message }), ok: false, error: message };
}

/** The result line of one input line. */
export function cleanJsonLine(line: string, lineNumber: number, source: string, maxSize: number, model?: string): LineResult {
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
  if (looksLikeMarkup(text)) return fail(rest.id, `"text" is HTML or XML, not the text of a page; convert it first (${HTML_FIX})`);
  const article = toJsonObject(clean(repairMojibake(text).text, { input: `${source}:${lineNumber}`, ...modelOption(model) }));
  return { out: JSON.stringify({ id: rest.id ?? null, ...rest, ...article }), ok: true };
}

/** The result line of a line task: its cleaned document, or its error record. */
export function runLine(task: LineTask): LineResult {
  if (task.text === undefined) return errorRecord(null, task.n, task.problem!);
  return cleanJsonLine(task.text, task.n, task.source, task.maxSize, task.model);
}
