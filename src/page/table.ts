/**
 * A page's blocks as columns: everything classification reads of a block, as a few numbers
 * in typed arrays. A page of a hundred thousand blocks would otherwise hold half a dozen
 * objects per block for as long as it is being cleaned; Block objects (see types.ts) are
 * made from the table only where they are needed (metadata, explanations).
 */
import { CATEGORIES, type Category } from '../lexicon/boilerplate.js';
import { endMarkerOf, isCommentHeader } from '../lexicon/index.js';
import { classOf, LOWER } from '../lexicon/chars.js';
import type { BlockFeatures, Shape } from '../types.js';
import { punctuation, type Marks, type Words } from '../blocks/features.js';

const SHAPES: readonly Shape[] = ['text', 'heading', 'list-item', 'quote'];

/** endMarker values: a line that opens the page's tail, softly ("Related") or for good ("Comments"). */
export const SOFT_END = 1;
export const HARD_END = 2;

const DATE_LIKE = /\b(?:19|20)\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/u;


export class BlockTable {
  length = 0;
  /** Whether the page is a text-mode browser's dump (see Layout.textBrowser): 1 or 0, for the whole page. */
  textBrowser = 0;
  readonly texts: string[] = [];
  /** The texts lower-cased, when they were given (see add). */
  readonly lowers: (string | undefined)[] = [];
  /** List markers ("-", "1."), for list items. */
  readonly markers: (string | undefined)[] = [];
  /** 1-based line in the normalised text. */
  readonly line: Int32Array;
  readonly gapBefore: Int32Array;
  private readonly shapes: Uint8Array;

  // BlockFeatures
  readonly chars: Int32Array;
  readonly words: Int32Array;
  readonly stopwordDensity: Float64Array;
  readonly endsWithPunctuation: Uint8Array;
  readonly sentences: Int32Array;
  readonly capitalisedRatio: Float64Array;
  readonly digitRatio: Float64Array;
  readonly commas: Int32Array;
  readonly linkLike: Uint8Array;
  /** 0 for none, else 1 + the index of the category in CATEGORIES. */
  private readonly boilerplateCategory: Uint8Array;
  readonly furniture: Uint8Array;
  readonly phraseHits: Int32Array;
  readonly actionHits: Int32Array;
  readonly personalRatio: Float64Array;
  readonly repeated: Uint8Array;

  // Read off the text for the classifier.
  /** 0, SOFT_END or HARD_END (see endMarkerOf). */
  readonly endMarker: Uint8Array;
  readonly commentHeader: Uint8Array;
  readonly lowerStart: Uint8Array;
  readonly endsWithColon: Uint8Array;
  readonly dateLike: Uint8Array;
  readonly separators: Int32Array;
  /** Ends with . , ; or : (not a heading). */
  readonly clauseEnd: Uint8Array;

  // The block's words (see Words in features.ts).
  readonly tokens: Int32Array;
  readonly unspacedTokens: Int32Array;
  readonly unspacedChars: Int32Array;
  readonly knownFrom: Int32Array;
  readonly knownTo: Int32Array;

  /** Room for `capacity` blocks. */
  constructor(capacity: number) {
    this.line = new Int32Array(capacity);
    this.gapBefore = new Int32Array(capacity);
    this.shapes = new Uint8Array(capacity);
    this.chars = new Int32Array(capacity);
    this.words = new Int32Array(capacity);
    this.stopwordDensity = new Float64Array(capacity);
    this.endsWithPunctuation = new Uint8Array(capacity);
    this.sentences = new Int32Array(capacity);
    this.capitalisedRatio = new Float64Array(capacity);
    this.digitRatio = new Float64Array(capacity);
    this.commas = new Int32Array(capacity);
    this.linkLike = new Uint8Array(capacity);
    this.boilerplateCategory = new Uint8Array(capacity);
    this.furniture = new Uint8Array(capacity);
    this.phraseHits = new Int32Array(capacity);
    this.actionHits = new Int32Array(capacity);
    this.personalRatio = new Float64Array(capacity);
    this.repeated = new Uint8Array(capacity);
    this.endMarker = new Uint8Array(capacity);
    this.commentHeader = new Uint8Array(capacity);
    this.lowerStart = new Uint8Array(capacity);
    this.endsWithColon = new Uint8Array(capacity);
    this.dateLike = new Uint8Array(capacity);
    this.separators = new Int32Array(capacity);
    this.clauseEnd = new Uint8Array(capacity);
    this.tokens = new Int32Array(capacity);
    this.unspacedTokens = new Int32Array(capacity);
    this.unspacedChars = new Int32Array(capacity);
    this.knownFrom = new Int32Array(capacity);
    this.knownTo = new Int32Array(capacity);
  }

  /** A table of the given blocks. */
  static of(blocks: readonly { text: string; shape: Shape; gapBefore?: number; features: BlockFeatures }[]): BlockTable {
    const table = new BlockTable(blocks.length);
    for (const b of blocks) table.add(b.text, b.shape, b.gapBefore ?? 1, b.features);
    return table;
  }

  /**
   * Adds a block (`words`: its words, when they matter; `marks`: what punctuation(text) gives,
   * when known); its number is the table's length before.
   */
  add(text: string, shape: Shape, gapBefore: number, f: BlockFeatures, line = 0, marker?: string, words?: Words, lower?: string, marks: Marks = punctuation(text)): void {
    const i = this.length++;
    this.texts.push(text);
    this.lowers.push(lower);
    this.markers.push(marker);
    this.line[i] = line;
    this.gapBefore[i] = gapBefore;
    this.shapes[i] = SHAPES.indexOf(shape);
    this.chars[i] = f.chars;
    this.words[i] = f.words;
    this.stopwordDensity[i] = f.stopwordDensity;
    this.endsWithPunctuation[i] = f.endsWithPunctuation ? 1 : 0;
    this.sentences[i] = f.sentences;
    this.capitalisedRatio[i] = f.capitalisedRatio;
    this.digitRatio[i] = f.digitRatio;
    this.commas[i] = f.commas;
    this.linkLike[i] = f.linkLike ? 1 : 0;
    this.boilerplateCategory[i] = f.boilerplate === null ? 0 : CATEGORIES.indexOf(f.boilerplate as Category) + 1;
    this.furniture[i] = f.furniture ? 1 : 0;
    this.phraseHits[i] = f.phraseHits;
    this.actionHits[i] = f.actionHits;
    this.personalRatio[i] = f.personalRatio;
    this.repeated[i] = f.repeated ? 1 : 0;
    const end = endMarkerOf(text, f.words, lower);
    this.endMarker[i] = end === 'hard' ? HARD_END : end === 'soft' ? SOFT_END : 0;
    this.commentHeader[i] = isCommentHeader(text, f.words) ? 1 : 0;
    this.lowerStart[i] = text.length > 0 && (classOf(text.codePointAt(0)!) & LOWER) !== 0 ? 1 : 0;
    this.endsWithColon[i] = text.endsWith(':') ? 1 : 0;
    // Both kinds of date need two digits in a row.
    this.dateLike[i] = marks.digitPair && DATE_LIKE.test(text) ? 1 : 0;
    this.separators[i] = marks.separators;
    const last = text.charCodeAt(text.length - 1);
    this.clauseEnd[i] = last === 0x2e || last === 0x2c || last === 0x3b || last === 0x3a ? 1 : 0;
    if (words) {
      this.tokens[i] = words.count;
      this.unspacedTokens[i] = words.unspacedTokens;
      this.unspacedChars[i] = words.unspacedChars;
      this.knownFrom[i] = words.from;
      this.knownTo[i] = words.to;
    }
  }

  shape(i: number): Shape {
    return SHAPES[this.shapes[i]!]!;
  }

  /** The boilerplate category of block i, or null. */
  boilerplate(i: number): Category | null {
    const c = this.boilerplateCategory[i]!;
    return c === 0 ? null : CATEGORIES[c - 1]!;
  }

  /** The features of block i, as an object. */
  features(i: number): BlockFeatures {
    return {
      chars: this.chars[i]!,
      words: this.words[i]!,
      stopwordDensity: this.stopwordDensity[i]!,
      endsWithPunctuation: this.endsWithPunctuation[i] === 1,
      sentences: this.sentences[i]!,
      capitalisedRatio: this.capitalisedRatio[i]!,
      digitRatio: this.digitRatio[i]!,
      commas: this.commas[i]!,
      linkLike: this.linkLike[i] === 1,
      boilerplate: this.boilerplate(i),
      furniture: this.furniture[i] === 1,
      phraseHits: this.phraseHits[i]!,
      actionHits: this.actionHits[i]!,
      personalRatio: this.personalRatio[i]!,
      repeated: this.repeated[i] === 1,
    };
  }
}
