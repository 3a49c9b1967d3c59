/**
 * What the metadata stage asks of a page's lines, worked out once per line: the headline
 * ranker, the credit and byline search and the name ranker each ask about the same lines
 * (is it a credit? a byline? lower-cased, what words?), and the answers depend on the text
 * alone. `linesOf(blocks)` gives the same memo for the same array of blocks.
 */
import type { Block } from '../types.js';
import { bylineOf, creditOf, isDateLine } from '../metadata/cues.js';
import { scanTokens, type TokenSink } from '../blocks/features.js';
import { Interner } from './intern.js';

const NOT_YET = undefined;

export class PageLines {
  private readonly blocks: readonly Block[];
  /** The block each answer was worked out for: a block replaced in the array is read again. */
  private readonly of: (Block | undefined)[] = [];
  private readonly lowers: (string | undefined)[] = [];
  private readonly credits: (string | null | undefined)[] = [];
  private readonly bylines: (string[] | null | undefined)[] = [];
  private readonly headers: (boolean | undefined)[] = [];
  private readonly wordLists: (Int32Array | undefined)[] = [];
  private readonly numbers = new TokenNumbers();

  constructor(blocks: readonly Block[]) {
    this.blocks = blocks;
  }

  /** Block i, with the answers about an earlier block at i forgotten. */
  private block(i: number): Block {
    const b = this.blocks[i]!;
    if (this.of[i] !== b) {
      this.of[i] = b;
      this.lowers[i] = this.credits[i] = this.bylines[i] = this.headers[i] = this.wordLists[i] = NOT_YET;
    }
    return b;
  }

  /** Takes the lower-cased texts of the blocks (see withLowerCase). */
  know(lowers: readonly (string | undefined)[]): void {
    for (let i = 0; i < this.blocks.length && i < lowers.length; i++) {
      if (lowers[i] === undefined) continue;
      this.block(i);
      this.lowers[i] = lowers[i];
    }
  }

  /** The text of block i, lower-cased. */
  lower(i: number): string {
    const b = this.block(i);
    return (this.lowers[i] ??= b.text.toLowerCase());
  }

  /** creditOf block i. */
  credit(i: number): string | null {
    const b = this.block(i);
    let v = this.credits[i];
    if (v === NOT_YET) this.credits[i] = v = creditOf(b.text, b.features.words);
    return v;
  }

  /** bylineOf block i. */
  byline(i: number): string[] | null {
    const b = this.block(i);
    let v = this.bylines[i];
    if (v === NOT_YET) this.bylines[i] = v = bylineOf(b.text, b.features.words);
    return v;
  }

  /** Whether block i is a header line, as lines between headline and body are: a byline, a date or time stamp, or a credit. */
  header(i: number): boolean {
    const b = this.block(i);
    let v = this.headers[i];
    if (v === NOT_YET) this.headers[i] = v = this.byline(i) !== null || isDateLine(b.text, b.features.words) || this.credit(i) !== null;
    return v;
  }

  /**
   * The tokens of block i longer than three characters, in order, as numbers: the same token
   * has the same number in every block of the page.
   */
  words(i: number): Int32Array {
    const b = this.block(i);
    let v = this.wordLists[i];
    if (v === NOT_YET) {
      const lower = this.lower(i);
      this.numbers.out.length = 0;
      scanTokens(b.text, lower, this.numbers);
      this.wordLists[i] = v = Int32Array.from(this.numbers.out);
    }
    return v;
  }

  /** How many different tokens the page's `words` have numbered. */
  get wordCount(): number {
    return this.numbers.count;
  }
}

/** Numbers the tokens of more than three characters of a page (see TokenSink). */
class TokenNumbers implements TokenSink {
  private readonly numbers = new Interner();
  /** The numbers of the tokens of the text being read. */
  readonly out: number[] = [];

  get count(): number {
    return this.numbers.count;
  }

  token(s: string, from: number, to: number, hash: number, apostrophe: number): void {
    if (to - from > 3) this.out.push(this.numbers.number(s, from, to, hash, apostrophe));
  }
}

const memo = new WeakMap<readonly Block[], PageLines>();

/** The memo of a page's blocks. */
export function linesOf(blocks: readonly Block[]): PageLines {
  let lines = memo.get(blocks);
  if (!lines) memo.set(blocks, (lines = new PageLines(blocks)));
  return lines;
}

/** Starts the memo of a page's blocks with their texts lower-cased (`lowers[i]` is blocks[i].text lower-cased, or undefined). */
export function withLowerCase(blocks: readonly Block[], lowers: readonly (string | undefined)[]): void {
  linesOf(blocks).know(lowers);
}
