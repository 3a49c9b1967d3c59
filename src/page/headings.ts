/**
 * Whether a line is shaped like a heading. Two stages look for one, each with its own limits:
 * classification for the subheadings that open more article text, the metadata stage for the
 * page's headline.
 */
import { CONTEXT, METADATA } from '../constants.js';
import type { BlockTable } from './table.js';

export interface HeadingShape {
  /** At most this many words (and one at least). */
  maxWords: number;
  /** At most this many characters. */
  maxChars: number;
  /** Whether it may end with a full stop; it never ends with a comma, a semicolon or a colon. */
  fullStop: boolean;
  /** What it starts with, when that matters. */
  opening: RegExp | null;
  /** Whether the last item of a list may have the shape (see closesList). */
  listEnd: boolean;
}

/** A subheading: short, no sentence-final or clause punctuation. */
export const SUBHEADING: HeadingShape = { maxWords: CONTEXT.HEADING_MAX_WORDS, maxChars: Infinity, fullStop: false, opening: null, listEnd: false };

/** A headline: it may end with a full stop, and starts with a letter, a digit, a quote, a bracket or a currency sign. */
export const HEADLINE: HeadingShape = {
  maxWords: METADATA.TITLE_MAX_WORDS,
  maxChars: METADATA.TITLE_MAX_CHARS,
  fullStop: true,
  opening: /^[\p{L}\p{N}"'“‘«„»¿¡(\[{€$£]/u,
  listEnd: true,
};

/**
 * Whether block i is the last item of a list of two or more: a breadcrumb trail ends with the
 * page's headline, and a text browser renders the trail as a list (a browser's copy, as lines).
 */
export function closesList(t: BlockTable, i: number): boolean {
  return t.shape(i) === 'list-item' && i >= 1 && t.shape(i - 1) === 'list-item' && (i + 1 >= t.length || t.shape(i + 1) !== 'list-item');
}

/** Whether block i of `t` has the shape: a text line (not a list item or quote), no boilerplate phrase, no link. */
export function headingShaped(t: BlockTable, i: number, shape: HeadingShape): boolean {
  const words = t.words[i]!;
  return (
    (t.shape(i) === 'text' || (shape.listEnd && closesList(t, i))) &&
    words >= 1 &&
    words <= shape.maxWords &&
    // clauseEnd: it ends with . , ; or :
    (t.clauseEnd[i] === 0 || (shape.fullStop && t.texts[i]!.endsWith('.'))) &&
    t.boilerplate(i) === null &&
    t.linkLike[i] === 0 &&
    t.texts[i]!.length <= shape.maxChars &&
    (shape.opening === null || shape.opening.test(t.texts[i]!))
  );
}
