/**
 * A page: what the early stages (normalise, segment, block features) make of a window of
 * text, read by every later stage. Its blocks are typed columns (see BlockTable), which
 * classification reads; what the metadata stage asks of a line (lower-cased, its words, is it
 * a credit, a byline, a header line?) is worked out on first request and kept on the page, as
 * the headline ranker, the credit and byline search and the name ranker each ask about the
 * same lines.
 */
import { bylineOf, creditOf, isDateLine } from '../metadata/cues.js';
import { scanTokens, type TokenSink } from '../blocks/features.js';
import type { PageWords } from '../blocks/model.js';
import type { KnownWords } from '../lexicon/stopwords.js';
import { Interner } from './intern.js';
import type { BlockTable } from './table.js';

const NOT_YET = undefined;

export interface PageParts {
  table: BlockTable;
  known: KnownWords;
  contentWords: PageWords;
  language: string | null;
  stopwordsKnown: boolean;
  lineCount: number;
}

export class Page {
  /** The blocks with their features and words, as columns. */
  readonly table: BlockTable;
  /** The word-list entries of the blocks' tokens (see Words). */
  readonly known: KnownWords;
  /** The content words of the blocks, numbered. */
  readonly contentWords: PageWords;
  /** The language guessed from the page's text. */
  readonly language: string | null;
  /** Whether the page's stopwords are known (a language guessed, and one that spaces its words). */
  readonly stopwordsKnown: boolean;
  /** Lines of the normalised text. */
  readonly lineCount: number;

  private readonly credits: (string | null | undefined)[] = [];
  private readonly bylines: (string[] | null | undefined)[] = [];
  private readonly headers: (boolean | undefined)[] = [];
  private readonly wordIdLists: (Int32Array | undefined)[] = [];
  /** Numbers wordIds' tokens; made on first use, as only a window with metadata asks. */
  private numbers: TokenNumbers | null = null;

  constructor(parts: PageParts) {
    this.table = parts.table;
    this.known = parts.known;
    this.contentWords = parts.contentWords;
    this.language = parts.language;
    this.stopwordsKnown = parts.stopwordsKnown;
    this.lineCount = parts.lineCount;
  }

  /** How many blocks the page has. */
  get length(): number {
    return this.table.length;
  }

  /** The text of block i, lower-cased. */
  lower(i: number): string {
    const t = this.table;
    return (t.lowers[i] ??= t.texts[i]!.toLowerCase());
  }

  /** creditOf block i. */
  credit(i: number): string | null {
    let v = this.credits[i];
    if (v === NOT_YET) this.credits[i] = v = creditOf(this.table.texts[i]!, this.table.words[i]!);
    return v;
  }

  /** The line of block i as written: an ordered item's number put back ("8. Januar 2020"), for dates and bylines. */
  line(i: number): string {
    const marker = this.table.markers[i];
    return marker !== undefined && marker.charCodeAt(0) <= 0x39 && marker.charCodeAt(0) >= 0x30 ? `${marker} ${this.table.texts[i]}` : this.table.texts[i]!;
  }

  /** bylineOf block i. */
  byline(i: number): string[] | null {
    let v = this.bylines[i];
    if (v === NOT_YET) this.bylines[i] = v = bylineOf(this.line(i), this.table.words[i]!);
    return v;
  }

  /** Whether block i is a header line, as lines between headline and body are: a byline, a date or time stamp, or a credit. */
  header(i: number): boolean {
    let v = this.headers[i];
    if (v === NOT_YET) this.headers[i] = v = this.byline(i) !== null || isDateLine(this.line(i), this.table.words[i]!) || this.credit(i) !== null;
    return v;
  }

  /**
   * The tokens of block i longer than three characters, in order, as numbers: the same token
   * has the same number in every block of the page.
   */
  wordIds(i: number): Int32Array {
    let v = this.wordIdLists[i];
    if (v === NOT_YET) {
      const numbers = (this.numbers ??= new TokenNumbers());
      numbers.out.length = 0;
      scanTokens(this.table.texts[i]!, this.lower(i), numbers);
      this.wordIdLists[i] = v = Int32Array.from(numbers.out);
    }
    return v;
  }

  /** How many different tokens wordIds has numbered so far. */
  get wordIdCount(): number {
    return this.numbers?.count ?? 0;
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
