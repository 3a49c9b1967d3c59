/**
 * What the metadata passes share while they read one page: the page and its labels, the result
 * they fill in with its evidence, and where the headline, the body's main run and its last block
 * stand. Each pass (header.ts, footer.ts, credit.ts) takes values and relabels the lines it used.
 */
import type { FieldEvidence, Label } from '../types.js';
import type { Labels } from '../blocks/classify.js';
import type { Page } from '../page/page.js';
import type { FoundDate } from './cues.js';

export interface MetadataResult {
  title: string | null;
  description: string | null;
  source: string | null;
  imageCredit: string | null;
  authors: string[];
  date: string | null;
  dateModified: string | null;
  evidence: FieldEvidence[];
}

export interface MetadataPass {
  page: Page;
  labels: Labels;
  result: MetadataResult;
  /** The headline's block, or -1. */
  titleIndex: number;
  /** Where the body's main run starts (see mainRunStart), or -1. */
  first: number;
  /** The first and last block of the header window: the lines between the headline and the first paragraphs. */
  headerStart: number;
  headerEnd: number;
  /** The article's last block, or -1. */
  lastBody: number;
}

/**
 * Gives block i a new label, its reason first among the block's reasons. The metadata's
 * reasons are kept even where classification's were not (see CleanOptions.explain): they say
 * why a line left the body.
 */
export function relabel(labels: Labels, i: number, label: Label, reason: string): void {
  labels.label[i] = label;
  const reasons = (labels.reasons ??= noReasons(labels.label.length));
  reasons[i]!.unshift(reason);
}

/** An empty list of reasons for each of n blocks (a loop: Array.from with a map function is several times slower in V8). */
function noReasons(n: number): string[][] {
  const out: string[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [];
  return out;
}

/** Takes the authors from block i's byline, which leaves the body (unless it is the headline). */
export function takeAuthors(pass: MetadataPass, i: number, names: string[], reason: string): void {
  pass.result.authors = names;
  pass.result.evidence.push({ field: 'author', value: names.join(', '), block: i, reason });
  if (pass.labels.label[i] !== 'title') relabel(pass.labels, i, 'metadata', reason);
}

/** Takes the publication (or, `updated`, the modification) date found in block i. */
export function takeDate(pass: MetadataPass, i: number, found: FoundDate, updated: boolean, reason: string): void {
  if (updated) pass.result.dateModified = found.iso;
  else pass.result.date = found.iso;
  pass.result.evidence.push({ field: updated ? 'dateModified' : 'date', value: found.iso, block: i, reason });
}
