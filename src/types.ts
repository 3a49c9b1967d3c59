/** Public types of the article-cleaner library. */

/** The role a block plays in the page, as decided by the classifier. */
export type Label =
  | 'title'
  | 'body'
  | 'heading'
  | 'list'
  | 'quote'
  | 'metadata'
  | 'credit'
  | 'boilerplate';

/** Shape of a line as it appears in the text, independent of its role. */
export type Shape = 'text' | 'heading' | 'list-item' | 'quote';

/** A block as segmentation finds it: a line of the input with its position and shape. */
export interface Segment {
  /** Index of the block in the document (0-based). */
  index: number;
  /** Line number in the normalised input (1-based) where the block starts. */
  line: number;
  /** The input line where the block ends, when the layout stage joined several lines into it. */
  lastLine?: number;
  /** The block's text, trimmed. */
  text: string;
  /** Number of blank lines that preceded the block (0 = same paragraph group). */
  gapBefore: number;
  shape: Shape;
  /** For list items: "-" for bullets, "1." style markers for ordered lists. */
  marker?: string;
}

/** One unit of the input: a line of text with its position, features and label. */
export interface Block extends Segment {
  features: BlockFeatures;
  label: Label;
  /** Positive means article, negative means boilerplate. */
  score: number;
  /** Why the block got its label, most important first. */
  reasons: string[];
}

export interface BlockFeatures {
  chars: number;
  words: number;
  /** Share of words that are stopwords of the document language (0..1). */
  stopwordDensity: number;
  /** Ends with sentence punctuation (. ! ? … or a closing quote after it). */
  endsWithPunctuation: boolean;
  /** Number of sentence-like units. */
  sentences: number;
  /** Share of words that start with a capital letter. */
  capitalisedRatio: number;
  /** Share of characters that are digits. */
  digitRatio: number;
  /** Number of commas (several scripts). */
  commas: number;
  /** Contains a URL, e-mail address or bare domain. */
  linkLike: boolean;
  /** Matches a boilerplate phrase from the lexicon; holds its category. */
  boilerplate: string | null;
  /** The whole line is a piece of page furniture ("Share", "Advertisement", "Read more: ..."). */
  furniture: boolean;
  /** Number of boilerplate phrases found in the block (any category). */
  phraseHits: number;
  /** Of those, calls to action: subscribe, donate, share, comment, log in. */
  actionHits: number;
  /** Share of first- and second-person words ("we", "you", "your", ...). */
  personalRatio: number;
  /** The same text occurs more than once in the document. */
  repeated: boolean;
}

/** A structural element of the article body, for rendering. */
export interface BodyBlock {
  type: 'paragraph' | 'heading' | 'list-item' | 'quote';
  text: string;
  /** List marker for list items ("-" or "1." style). */
  marker?: string;
}

/** The result of cleaning one page; the JSON output is this object. */
export interface Article {
  /** Path of the input, "-" for standard input, null when not given. */
  input: string | null;
  title: string | null;
  /** The standfirst: the sentence or two under the headline (it stays in the body too). */
  description: string | null;
  source: string | null;
  imageCredit: string | null;
  /** Byline names joined by ", " (null when no byline was found). */
  author: string | null;
  /** Byline names, one entry per author. */
  authors: string[];
  /** Publication date, ISO 8601. */
  date: string | null;
  /** Date of the last update when the page shows one ("Updated ..."), ISO 8601. */
  dateModified: string | null;
  language: string | null;
  /** Body paragraphs joined by blank lines, title excluded. */
  text: string;
  /** Body paragraphs (subheadings and list items are paragraphs of their own). */
  paragraphs: string[];
  /** The body with its structure (paragraph, heading, list item, quote). */
  blocks: BodyBlock[];
  wordCount: number;
}

/** Which block each metadata field came from, for --explain. */
export interface FieldEvidence {
  field: keyof Pick<Article, 'title' | 'description' | 'source' | 'imageCredit' | 'author' | 'date' | 'dateModified' | 'language'>;
  value: string;
  /** Block index the value was read from, or null when derived from the whole text. */
  block: number | null;
  reason: string;
}

/** Everything the pipeline decided, for debugging and --explain. */
export interface Analysis {
  article: Article;
  blocks: Block[];
  evidence: FieldEvidence[];
  /** What the layout stage did to the text (see page/layout.ts). */
  layout: LayoutSummary;
}

/** What the layout stage did: the margin a hard-wrapped text was wrapped at (0: none), lines joined and furniture lines dropped, blank lines read anew. */
export interface LayoutSummary {
  wrapWidth: number;
  joined: number;
  dropped: number;
  respaced: boolean;
}

export interface CleanOptions {
  /** Recorded as `input` in the result. */
  input?: string | null;
  /**
   * Block classifier weights to use instead of the bundled ones (as written by
   * scripts/train.ts); for evaluating retrained models.
   */
  model?: unknown;
  /** Work out the reasons of every decision (analyze does; clean skips them). Default true. */
  explain?: boolean;
}
