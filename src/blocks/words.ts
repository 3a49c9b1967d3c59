/**
 * Content words: lower-cased words of four letters or more, a cheap stand-in for the words
 * that carry meaning. The classifier compares a block's with the main run's (see
 * 'words shared with the main run' in context-features.ts), numbered rather than as strings.
 */
import { hashOf, Interner } from '../page/intern.js';
import type { BlockTable } from '../page/table.js';

/** Content words in a lower-cased text (global: for match and matchAll). */
export const CONTENT_WORD = /\p{L}{4,}/gu;

/** The content words of a text. */
export function contentWords(text: string): string[] {
  return text.toLowerCase().match(CONTENT_WORD) ?? [];
}

/** The content words of every block of a page as numbers (one per distinct word), in one flat array. */
export interface PageWords {
  /** Word numbers of block i: ids[start[i]] .. ids[start[i + 1] - 1]. */
  ids: Int32Array;
  start: Int32Array;
  /** How many distinct words the page has. */
  distinct: number;
}

/**
 * Numbers the content words of a page's blocks, block after block: push a block's words, then
 * end it. Words are looked up by hash (see hashStep), so a word met again, given as a part of
 * a longer string (pushRange), costs no new string.
 */
export class WordNumbers {
  private readonly numbers = new Interner();
  private ids = new Int32Array(1024);
  private count = 0;
  private readonly start: number[] = [0];

  push(word: string): void {
    this.pushRange(word, 0, word.length, hashOf(word));
  }

  /** Pushes the word s[from .. to - 1], whose hash is `hash`. */
  pushRange(s: string, from: number, to: number, hash: number): void {
    if (this.count === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = this.numbers.number(s, from, to, hash);
  }

  endBlock(): void {
    this.start.push(this.count);
  }

  /** The content words of the next block. */
  add(words: readonly string[]): void {
    for (const w of words) this.push(w);
    this.endBlock();
  }

  get words(): PageWords {
    return { ids: this.ids, start: Int32Array.from(this.start), distinct: this.numbers.count };
  }
}

/** The content words of a page's blocks, numbered (from their texts; the runtime gets them from readBlock). */
export function pageWords(t: BlockTable): PageWords {
  const numbers = new WordNumbers();
  for (let i = 0; i < t.length; i++) numbers.add(contentWords(t.texts[i]!));
  return numbers.words;
}
