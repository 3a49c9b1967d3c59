/** Pages for the tests of the stages that read a classified page. */
import { classify, type Labels } from '../../src/blocks/classify.js';
import { DEFAULT_MODEL } from '../../src/model/index.js';
import type { PhraseLines } from '../../src/metadata/phrases.js';
import { preparePage, type Page } from '../../src/page/index.js';

/** The page of a text and its labels, as the pipeline makes them before metadata (no reasons). */
export function classified(text: string): { page: Page; labels: Labels } {
  const page = preparePage(text);
  return { page, labels: classify(page, DEFAULT_MODEL, false) };
}

/** A line of an invented page, for the phrase count. */
export interface PhraseRow {
  index: number;
  text: string;
  gapBefore: number;
  label: string;
  features: { words: number };
}

/** The rows as the phrase count reads a page's lines. */
export function phraseLines(rows: readonly PhraseRow[]): PhraseLines {
  return {
    length: rows.length,
    text: (i) => rows[i]!.text,
    lower: (i) => rows[i]!.text.toLowerCase(),
    words: (i) => rows[i]!.features.words,
    gapBefore: (i) => rows[i]!.gapBefore,
    inBody: (i) => rows[i]!.label === 'body',
  };
}

/** All the rows' indices. */
export const allLines = (rows: readonly PhraseRow[]) => rows.map((r) => r.index);
