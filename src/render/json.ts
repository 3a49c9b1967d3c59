import type { Article } from '../types.js';

/** Keys of the JSON output, in the order they are written. Every key is always present. */
export const JSON_KEYS = [
  'input',
  'title',
  'description',
  'source',
  'imageCredit',
  'author',
  'authors',
  'date',
  'dateModified',
  'language',
  'text',
  'paragraphs',
  'blocks',
  'wordCount',
] as const satisfies ReadonlyArray<keyof Article>;

/** Orders the keys of an article as the documented schema says. */
export function toJsonObject(article: Article): Record<(typeof JSON_KEYS)[number], unknown> {
  const out = {} as Record<(typeof JSON_KEYS)[number], unknown>;
  for (const key of JSON_KEYS) out[key] = article[key] ?? null;
  return out;
}

/** Pretty JSON for one document (a file or a single stdout result). */
export function renderJson(article: Article): string {
  return JSON.stringify(toJsonObject(article), null, 2) + '\n';
}

/** One line of JSON Lines (several documents to stdout). */
export function renderJsonLine(article: Article): string {
  return JSON.stringify(toJsonObject(article)) + '\n';
}
