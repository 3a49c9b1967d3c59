/**
 * A page: what the early stages (normalise, segment, block features) make of a window of
 * text, read by every later stage. Its blocks are typed columns (see BlockTable), which
 * classification reads; what the metadata stage asks of a line (lower-cased, its words, is it
 * a credit, a byline, a header line?) is worked out on first request and kept on the page, as
 * the headline ranker, the credit and byline search and the name ranker each ask about the
 * same lines.
 */
import { bylineOf, creditOf, isDateLine } from '../metadata/cues.js';
import { readBlock, scanTokens, stopwordShare, type TokenSink } from '../blocks/features.js';
import { WordNumbers, type PageWords } from '../blocks/model.js';
import { KnownWords, stopwordList } from '../lexicon/stopwords.js';
import { Interner } from './intern.js';
import { normalizeText } from './normalize.js';
import { BlockTable } from './table.js';

const NOT_YET = undefined;

export interface PageParts {
  table: BlockTable;
  known: KnownWords;
  contentWords: PageWords;
  language: string | null;
  stopwordsKnown: boolean;
  lineCount: number;
  /** The first and the last input lines of joined lines, by 1-based line of the text (see Layout.heads). */
  heads?: ReadonlyMap<number, readonly string[]>;
  tails?: ReadonlyMap<number, readonly string[]>;
}

/**
 * The most heads and tails a page reads in full (see Page.part): those that may be headlines
 * around the start of its body, a few in a page.
 */
const MAX_PARTS = 128;
const NONE: readonly string[] = [];

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
  private readonly rawHeads: ReadonlyMap<number, readonly string[]> | undefined;
  private readonly rawTails: ReadonlyMap<number, readonly string[]> | undefined;
  /**
   * The heads and tails read so far (see heads): their features as rows of a table of their
   * own, their blocks, where their content words start in their block's, and which are tails.
   */
  private headRows: BlockTable | null = null;
  private readonly headBlocks: number[] = [];
  private readonly headContent: number[] = [];
  private readonly headContentFrom: number[] = [];
  private readonly tailRows = new Set<number>();
  private readonly headsOf = new Map<number, readonly string[]>();
  private readonly tailsOf = new Map<number, readonly string[]>();
  /** The numbers of the parts read, by block, kind and length. */
  private readonly partIds = new Map<string, number>();
  private texts: Set<string> | null = null;

  constructor(parts: PageParts) {
    this.table = parts.table;
    this.known = parts.known;
    this.contentWords = parts.contentWords;
    this.language = parts.language;
    this.stopwordsKnown = parts.stopwordsKnown;
    this.lineCount = parts.lineCount;
    this.rawHeads = parts.heads;
    this.rawTails = parts.tails;
  }

  /** How many blocks the page has. */
  get length(): number {
    return this.table.length;
  }

  /**
   * The heads of block i: the first input line of a line the layout stage joined from several
   * (then its first two...; see Layout.heads), each a part of the block's text that a space
   * ends. part() reads one in full.
   */
  heads(i: number): readonly string[] {
    return this.partTexts(i, false);
  }

  /** The tails of block i: its last input line, then its last two... (see heads). */
  tails(i: number): readonly string[] {
    return this.partTexts(i, true);
  }

  /**
   * A head (or tail) of block i read in full, as a number from the page's length on (-1 when
   * the page has read MAX_PARTS): the methods that take a block (text, words, lower, credit,
   * byline, header, wordIds, row) take these numbers too.
   */
  part(i: number, text: string, tail: boolean): number {
    const key = `${i} ${tail ? 't' : 'h'} ${text.length}`;
    let id = this.partIds.get(key);
    if (id === undefined) {
      const row = this.addPart(text, i, tail);
      id = row < 0 ? -1 : this.length + row;
      this.partIds.set(key, id);
    }
    return id;
  }

  /** Whether a number of a part (see part) is a tail's. */
  isTail(i: number): boolean {
    return this.tailRows.has(i - this.length);
  }

  private partTexts(i: number, tail: boolean): readonly string[] {
    const raws = (tail ? this.rawTails : this.rawHeads)?.get(this.table.line[i]!);
    if (raws === undefined) return NONE;
    const known = (tail ? this.tailsOf : this.headsOf).get(i);
    if (known) return known;
    const text = this.table.texts[i]!;
    const out: string[] = [];
    // Whether a part is the start (the end) of the line, a space after (before) it.
    const fits = (part: string) =>
      part !== '' && text.length > part.length &&
      (tail ? text.endsWith(part) && text.charCodeAt(text.length - part.length - 1) === 0x20 : text.startsWith(part) && text.charCodeAt(part.length) === 0x20);
    for (const raw of raws) {
      // A part as the input has it is mostly as normalising leaves it; normalising may also have
      // changed the line (a marker taken off, a line break added): then it is not read.
      if (fits(raw)) out.push(raw);
      else {
        const part = normalizeText(raw);
        if (fits(part)) out.push(part);
      }
    }
    (tail ? this.tailsOf : this.headsOf).set(i, out);
    return out;
  }

  /** Reads a head or tail as a row of the parts' table; its row, or -1 when the table is full. */
  private addPart(head: string, block: number, tail: boolean): number {
    const rows = (this.headRows ??= new BlockTable(MAX_PARTS));
    if (rows.length >= MAX_PARTS) return -1;
    const known = new KnownWords();
    // (The page's own kind of word sink: a second kind would make the tokenizer's calls to it
    // polymorphic for every page read after, and the whole stage slower.)
    const sink = new WordNumbers();
    const lower = head.toLowerCase();
    const { words, features, marks } = readBlock(head, known, sink, lower);
    sink.endBlock();
    const content = sink.words.start[1]!;
    rows.add(head, 'text', this.table.gapBefore[block]!, features, this.table.line[block]!, undefined, words, lower, marks);
    // Into the table's columns, as preparePage does: a fraction written into the features object
    // would change the shape of every features object made after it, and slow down their readers.
    const row = rows.length - 1;
    rows.stopwordDensity[row] = stopwordShare(words, known, this.stopwordsKnown ? stopwordList(this.language) : -1);
    rows.repeated[row] = this.hasLine(head) ? 1 : 0;
    this.headBlocks.push(block);
    this.headContent.push(content);
    // A tail has the last content words of its block.
    const w = this.contentWords;
    this.headContentFrom.push(tail ? w.start[block + 1]! - content : w.start[block]!);
    if (tail) this.tailRows.add(row);
    return row;
  }

  /** Whether a text is one of the page's lines. */
  hasLine(text: string): boolean {
    return (this.texts ??= new Set(this.table.texts)).has(text);
  }

  /** The block a block or head (see heads) stands in. */
  blockOf(i: number): number {
    return i < this.length ? i : this.headBlocks[i - this.length]!;
  }

  /** The table and row of a block or head: the page's table, or the heads' own. */
  row(i: number): { table: BlockTable; r: number } {
    return i < this.length ? { table: this.table, r: i } : { table: this.headRows!, r: i - this.length };
  }

  /** The text of a block or head. */
  text(i: number): string {
    return i < this.length ? this.table.texts[i]! : this.headRows!.texts[i - this.length]!;
  }

  /** The words of a block or head. */
  words(i: number): number {
    return i < this.length ? this.table.words[i]! : this.headRows!.words[i - this.length]!;
  }

  /** Where the content words (as PageWords numbers them) of a block or head start, and where they end: a head has the first ones of its block, a tail the last. */
  contentWordRange(i: number): [number, number] {
    const w = this.contentWords;
    if (i < this.length) return [w.start[i]!, w.start[i + 1]!];
    const from = this.headContentFrom[i - this.length]!;
    return [from, from + this.headContent[i - this.length]!];
  }

  /** The text of block i, lower-cased. */
  lower(i: number): string {
    if (i >= this.length) return this.headRows!.lowers[i - this.length]!;
    const t = this.table;
    return (t.lowers[i] ??= t.texts[i]!.toLowerCase());
  }

  /** creditOf block i. */
  credit(i: number): string | null {
    let v = this.credits[i];
    if (v === NOT_YET) this.credits[i] = v = creditOf(this.text(i), this.words(i));
    return v;
  }

  /** The line of block i as written: an ordered item's number put back ("8. Januar 2020"), for dates and bylines. */
  line(i: number): string {
    if (i >= this.length) return this.text(i);
    const marker = this.table.markers[i];
    return marker !== undefined && marker.charCodeAt(0) <= 0x39 && marker.charCodeAt(0) >= 0x30 ? `${marker} ${this.table.texts[i]}` : this.table.texts[i]!;
  }

  /** bylineOf block i. */
  byline(i: number): string[] | null {
    let v = this.bylines[i];
    if (v === NOT_YET) this.bylines[i] = v = bylineOf(this.line(i), this.words(i));
    return v;
  }

  /** Whether block i is a header line, as lines between headline and body are: a byline, a date or time stamp, or a credit. */
  header(i: number): boolean {
    let v = this.headers[i];
    if (v === NOT_YET) this.headers[i] = v = this.byline(i) !== null || isDateLine(this.line(i), this.words(i)) || this.credit(i) !== null;
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
      scanTokens(this.text(i), this.lower(i), numbers);
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
