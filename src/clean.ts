/**
 * The pipeline: normalise -> segment -> features -> classify -> metadata -> assemble.
 * Pure functions from text to an Article; no IO.
 *
 * Memory: a page is read in chunks of lines (normalised and segmented one after another, so
 * no whole copy of it is made), and a text too long to be one page is cleaned in windows
 * (see PAGE.MAX_CHARS), so what a run holds besides the input is one window's blocks and the
 * article found so far.
 */
import { PAGE } from './constants.js';
import { KnownWords, LanguageSample, stopwordList, UNSPACED_LANGUAGES } from './lexicon/stopwords.js';
import type { Analysis, Article, Block, BodyBlock, CleanOptions, Label } from './types.js';
import { classifyTable, type Labels } from './blocks/classify.js';
import { DEFAULT_MODEL } from './model/index.js';
import { WordNumbers, type Model, type PageWords } from './blocks/model.js';
import { readBlock, scanWords, stopwordShare, wordCount } from './blocks/features.js';
import { withLowerCase } from './page/lines.js';
import { extractMetadata } from './metadata/index.js';
import { normalizeText } from './page/normalize.js';
import { Segmenter } from './page/segment.js';
import { BlockTable } from './page/table.js';

const MODEL = DEFAULT_MODEL;

/** At most this many characters are read to guess the language. */
const LANGUAGE_SAMPLE_CHARS = 100_000;

/** A page is normalised and segmented in chunks of lines of about this many characters. */
const CHUNK_CHARS = 16_384;

const BODY_TYPE: Partial<Record<Label, BodyBlock['type']>> = {
  body: 'paragraph',
  heading: 'heading',
  list: 'list-item',
  quote: 'quote',
};

/**
 * Where to end a piece of `text` that starts at `start` and may not go past `limit`: right
 * after a line break (with `blank`, preferably one before a blank line, in the last half),
 * else at `limit` but not inside a surrogate pair or a CR LF. `limit` >= text.length ends it.
 */
function cutBefore(text: string, start: number, limit: number, blank: boolean): number {
  if (limit >= text.length) return text.length;
  if (blank) {
    for (let nl = text.lastIndexOf('\n', limit - 1); nl > start + (limit - start) / 2; nl = text.lastIndexOf('\n', nl - 1)) {
      let j = nl + 1;
      while (j < limit && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n') return nl + 1;
    }
  }
  const nl = text.lastIndexOf('\n', limit - 1);
  if (nl >= start) return nl + 1;
  const before = text.charCodeAt(limit - 1);
  return (before >= 0xd800 && before < 0xdc00) || (before === 0x0d && text.charCodeAt(limit) === 0x0a) ? limit - 1 : limit;
}

/**
 * The windows a text is cleaned in: consecutive parts of at most PAGE.MAX_CHARS characters,
 * each ending at a blank line if there is one in its last half, else at a line break. A text
 * of at most PAGE.MAX_CHARS characters is one window.
 */
export function* windows(text: string, size: number = PAGE.MAX_CHARS): Generator<string> {
  if (text.length <= size) {
    yield text;
    return;
  }
  for (let start = 0; start < text.length; ) {
    const end = cutBefore(text, start, start + size, true);
    yield text.slice(start, end);
    start = end;
  }
}

/** The chunks of lines a page is read in: each ends right after a line break, but the last. */
function* lineChunks(text: string): Generator<string> {
  if (text.length <= CHUNK_CHARS) {
    yield text;
    return;
  }
  for (let start = 0; start < text.length; ) {
    let end = cutBefore(text, start, start + CHUNK_CHARS, false);
    // A line longer than a chunk stays whole.
    if (end < text.length && text.charCodeAt(end - 1) !== 0x0a) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
    }
    yield text.slice(start, end);
    start = end;
  }
}

/** Adds the words of a text to a language sample. */
function addWords(sample: LanguageSample, text: string): void {
  const known = new KnownWords();
  scanWords(text, known);
  for (let k = 0; k < known.length; k++) sample.addWord(known.at(k));
}

/** Which of `texts` occur more than once (1 in the result). */
function repeatedTexts(texts: readonly string[]): Uint8Array {
  const seen = new Map<string, number>();
  for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
  const repeated = new Uint8Array(texts.length);
  for (let i = 0; i < texts.length; i++) if (seen.get(texts[i]!)! > 1) repeated[i] = 1;
  return repeated;
}

/** A bound on the number of lines of a text (line breaks are LF, CR LF or CR). */
function maxLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) n++;
  return n;
}

/** What the pipeline knows before classification: blocks with features, and the page language. */
export interface Prepared {
  /** The blocks with their features and words. */
  table: BlockTable;
  /** The word-list entries of the blocks' tokens (see Words). */
  known: KnownWords;
  /** The content words of the blocks, numbered. */
  content: PageWords;
  pageLanguage: string | null;
  stopwordsKnown: boolean;
  /** Lines of the normalised text. */
  lines: number;
}

/**
 * Stages 1-3: normalise, segment, compute block features. Normalisation works line by line,
 * so the page is normalised, segmented and read chunk by chunk; then come the features that
 * need the whole page: the language (guessed from the first LANGUAGE_SAMPLE_CHARS characters
 * of the normalised text), stopword density and repetition.
 */
export function prepare(input: string): Prepared {
  const segmenter = new Segmenter();
  const table = new BlockTable(maxLines(input));
  const known = new KnownWords();
  const content = new WordNumbers();
  const sample = new LanguageSample();
  let sampleLeft = LANGUAGE_SAMPLE_CHARS;
  let read = 0;
  for (const chunk of lineChunks(input)) {
    read += chunk.length;
    const text = normalizeText(chunk);
    // Every chunk but the last ends with a line break, and the next chunk goes on from there.
    const segments = segmenter.add(text, read < input.length);
    const whole = text.length <= sampleLeft;
    for (const s of segments) {
      const lower = s.text.toLowerCase();
      const { words, features, marks } = readBlock(s.text, known, content, lower);
      content.endBlock();
      table.add(s.text, s.shape, s.gapBefore, features, s.line, s.marker, words, lower, marks);
      // The language sample's words: those of its lines, list and quote markers included...
      if (sampleLeft > 0 && whole) {
        if (s.prefix) addWords(sample, s.prefix);
        for (let k = words.from; k < words.to; k++) sample.addWord(known.at(k));
      }
    }
    if (sampleLeft <= 0) continue;
    // ...and of the part of the chunk it ends in.
    const piece = whole ? text : text.slice(0, sampleLeft);
    sample.addText(piece);
    if (!whole) addWords(sample, piece);
    sampleLeft -= piece.length;
  }
  const pageLanguage = sample.guess();
  const stopwordsKnown = pageLanguage !== null && !UNSPACED_LANGUAGES.has(pageLanguage);
  const stopwords = stopwordsKnown ? stopwordList(pageLanguage) : -1;

  const repeated = repeatedTexts(table.texts);
  for (let i = 0; i < table.length; i++) {
    const words = { count: table.tokens[i]!, from: table.knownFrom[i]!, to: table.knownTo[i]! };
    table.stopwordDensity[i] = stopwordShare(words, known, stopwords);
    table.repeated[i] = repeated[i]!;
  }
  return { table, known, content: content.words, pageLanguage, stopwordsKnown, lines: segmenter.lines };
}

/** Block objects for the rows of a table, labelled. */
function toBlocks(t: BlockTable, labels: Labels): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < t.length; i++) {
    const block: Block = {
      index: i,
      line: t.line[i]!,
      text: t.texts[i]!,
      gapBefore: t.gapBefore[i]!,
      shape: t.shape(i),
      features: t.features(i),
      label: labels.label[i]!,
      score: labels.score[i]!,
      reasons: labels.reasons ? labels.reasons[i]! : [],
      // Every block has the property (undefined but for list items), so that all blocks have one
      // shape and the code reading them stays fast; JSON leaves an undefined marker out.
      marker: t.markers[i] || undefined,
    };
    blocks.push(block);
  }
  return blocks;
}

/** Stages 1-4: the blocks of a page with their labels, before metadata. */
export function classifyBlocks(input: string, model: Model = MODEL, explain = true): { blocks: Block[]; pageLanguage: string | null } {
  const { table, content, pageLanguage, stopwordsKnown } = prepare(input);
  return { blocks: toBlocks(table, classifyTable(table, stopwordsKnown, model, explain, content)), pageLanguage };
}

/**
 * The article's body, gathered window by window. Each window's paragraphs are joined into
 * one string as soon as the window is done, so that the body holds on to nothing of the
 * window; at the end the paragraphs are read back out of the whole body text.
 */
class Body {
  /** Each window's paragraphs, joined by blank lines (windows with none left out). */
  private readonly parts: string[] = [];
  private readonly kinds: { type: BodyBlock['type']; marker?: string; length: number }[] = [];
  /** Length of the body text so far. */
  private chars = -2;
  /** The body text's language sample while the body is short enough to be a sample of its own. */
  private sample: LanguageSample | null = new LanguageSample();
  private tokens = 0;
  private unspacedTokens = 0;
  private unspacedChars = 0;

  /** Adds the body blocks of a window: the blocks of `t` with their labels (and the word-list entries of their tokens). */
  add(t: BlockTable, labels: readonly Label[], known: KnownWords): void {
    const texts: string[] = [];
    for (let i = 0; i < t.length; i++) {
      const type = BODY_TYPE[labels[i]!];
      if (!type) continue;
      const text = t.texts[i]!;
      const marker = t.markers[i];
      texts.push(text);
      this.kinds.push(type === 'list-item' && marker ? { type, marker, length: text.length } : { type, length: text.length });
      // The body text is its paragraphs joined by blank lines: its words are theirs.
      this.tokens += t.tokens[i]!;
      this.unspacedTokens += t.unspacedTokens[i]!;
      this.unspacedChars += t.unspacedChars[i]!;
      this.chars += text.length + 2;
      if (this.chars > LANGUAGE_SAMPLE_CHARS) this.sample = null;
      else if (this.sample) for (let k = t.knownFrom[i]!; k < t.knownTo[i]!; k++) this.sample.addWord(known.at(k));
    }
    if (texts.length > 0) this.parts.push(texts.join('\n\n'));
  }

  /** The body text, its paragraphs and blocks, its word count and language. */
  finish(): { text: string; paragraphs: string[]; blocks: BodyBlock[]; wordCount: number; language: string | null } {
    const text = this.parts.join('\n\n');
    const paragraphs: string[] = [];
    const blocks: BodyBlock[] = [];
    let at = 0;
    for (const { type, marker, length } of this.kinds) {
      const paragraph = text.slice(at, at + length);
      at += length + 2;
      paragraphs.push(paragraph);
      blocks.push(marker ? { type, text: paragraph, marker } : { type, text: paragraph });
    }
    // The language of the first LANGUAGE_SAMPLE_CHARS characters of the body text.
    let sample = this.sample;
    if (sample) sample.addText(text);
    else {
      sample = new LanguageSample();
      const piece = text.slice(0, LANGUAGE_SAMPLE_CHARS);
      sample.addText(piece);
      addWords(sample, piece);
    }
    const language = sample.guess();
    return { text, paragraphs, blocks, wordCount: wordCount(this.tokens, this.unspacedTokens, this.unspacedChars), language };
  }
}

/**
 * Stages 1-6. A text longer than PAGE.MAX_CHARS is no single page: it is cleaned window by
 * window (see windows()), each window's blocks classified as a page of their own; the
 * metadata, and the lines it takes out of the body, come from the first window, where a
 * page shows its headline, byline and date. `keepBlocks` keeps every block, for explanations.
 */
function run(input: string, options: CleanOptions, keepBlocks: boolean): Analysis & { blockCount: number } {
  const model = (options.model as Model | undefined) ?? MODEL;
  const explain = options.explain !== false;
  const body = new Body();
  const blocks: Block[] = [];
  let first: { meta: ReturnType<typeof extractMetadata>; pageLanguage: string | null } | null = null;
  let lineOffset = 0;
  let blockCount = 0;
  for (const window of windows(input)) {
    const page = prepare(window);
    blockCount += page.table.length;
    const labels = classifyTable(page.table, page.stopwordsKnown, model, explain, page.content);
    // Blocks as objects only where they are needed: metadata, explanations.
    let label = labels.label;
    if (!first || keepBlocks) {
      const windowBlocks = toBlocks(page.table, labels);
      if (!first) {
        withLowerCase(windowBlocks, page.table.lowers);
        first = { meta: extractMetadata(windowBlocks, page.pageLanguage, model.title, model.source), pageLanguage: page.pageLanguage };
        label = windowBlocks.map((b) => b.label);
      }
      if (keepBlocks) {
        const indexOffset = blocks.length;
        for (const b of windowBlocks) {
          b.index += indexOffset;
          b.line += lineOffset;
          blocks.push(b);
        }
      }
    }
    body.add(page.table, label, page.known);
    // A window ends with a line break (or inside a line): its last line goes on in the next.
    lineOffset += page.lines - 1;
  }
  const { meta, pageLanguage } = first!;
  const article = body.finish();
  const language = article.text ? (article.language ?? pageLanguage) : null;

  // No article, no metadata: a menu's lines are nobody's headline or byline.
  const found = article.paragraphs.length > 0;
  const evidence = found ? meta.evidence : [];
  if (language) evidence.push({ field: 'language', value: language, block: null, reason: 'stopwords of the body text' });

  const result: Article = {
    input: options.input ?? null,
    title: found ? meta.title : null,
    source: found ? meta.source : null,
    imageCredit: found ? meta.imageCredit : null,
    author: found && meta.authors.length ? meta.authors.join(', ') : null,
    authors: found ? meta.authors : [],
    date: found ? meta.date : null,
    dateModified: found ? meta.dateModified : null,
    language,
    text: article.text,
    paragraphs: article.paragraphs,
    blocks: article.blocks,
    wordCount: article.wordCount,
  };
  return { article: result, blocks, evidence, blockCount };
}

/** Every block with its label, score and reasons, the article, and where each metadata field came from. */
export function analyze(input: string, options: CleanOptions = {}): Analysis {
  const { article, blocks, evidence } = run(input, options, true);
  return { article, blocks, evidence };
}

/**
 * clean(), and how many blocks the page has (none: the text held nothing to read), without
 * holding on to the blocks as analyze() does: a long text's blocks take many times its size.
 */
export function cleanCounting(text: string, options: CleanOptions = {}): { article: Article; blockCount: number } {
  const { article, blockCount } = run(text, { explain: false, ...options }, false);
  return { article, blockCount };
}

/** Cleans one page of copied web text: the article body and its metadata. */
export function clean(text: string, options: CleanOptions = {}): Article {
  return cleanCounting(text, options).article;
}
