/**
 * The pipeline: normalise -> segment -> features -> classify -> metadata -> assemble.
 * Pure functions from text to an Article; no IO.
 */
import { guessLanguage, stopwordList, UNSPACED_LANGUAGES, type WordInfo } from '../lexicon/stopwords.js';
import type { Analysis, Article, Block, BlockFeatures, BodyBlock, CleanOptions, Label } from '../types.js';
import { classify } from './classify.js';
import weights from '../model/weights.json' with { type: 'json' };
import type { Model } from './model.js';
import { featuresOf, scanWords, wordCount, type Words } from './features.js';
import { extractMetadata } from './metadata.js';
import { normalizeText } from './normalize.js';
import { segment, type Segment } from './segment.js';

/** The bundled block classifier and headline ranker (trained by scripts/train.ts). */
export const DEFAULT_MODEL = weights as Model;
const MODEL = DEFAULT_MODEL;

/** At most this many characters are read to guess the language. */
const LANGUAGE_SAMPLE_CHARS = 100_000;

const BODY_TYPE: Partial<Record<Label, BodyBlock['type']>> = {
  body: 'paragraph',
  heading: 'heading',
  list: 'list-item',
  quote: 'quote',
};

/** What the pipeline knows before classification: blocks with features, and the page language. */
export interface Prepared {
  segments: Segment[];
  features: BlockFeatures[];
  /** The words of each block (tokens, content words and counts), read once for every later use. */
  words: Words[];
  pageLanguage: string | null;
  stopwordsKnown: boolean;
}

/**
 * The language of the first LANGUAGE_SAMPLE_CHARS characters of `text`, which is `parts`
 * (whose words are known) one after another with only line breaks between them: their
 * words are the text's words.
 */
function languageOf(text: string, parts: readonly Words[]): string | null {
  if (text.length > LANGUAGE_SAMPLE_CHARS) {
    const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
    return guessLanguage(sample, scanWords(sample).known);
  }
  const known: WordInfo[] = [];
  for (const w of parts) for (const info of w.known) known.push(info);
  return guessLanguage(text, known);
}

/** Stages 1-3: normalise, segment, compute block features. */
export function prepare(input: string): Prepared {
  const text = normalizeText(input);
  const segments = segment(text);
  const words = segments.map((s) => scanWords(s.text));

  // The normalised text is its lines joined: list and quote markers, then the blocks' text.
  const lines = segments.flatMap((s, i) => (s.prefix ? [scanWords(s.prefix), words[i]!] : [words[i]!]));
  const pageLanguage = languageOf(text, lines);
  const stopwordsKnown = pageLanguage !== null && !UNSPACED_LANGUAGES.has(pageLanguage);
  const stopwords = stopwordsKnown ? stopwordList(pageLanguage) : -1;

  const seen = new Map<string, number>();
  for (const s of segments) seen.set(s.text, (seen.get(s.text) ?? 0) + 1);

  const features = segments.map((s, i) => featuresOf(s.text, words[i]!, stopwords, (seen.get(s.text) ?? 0) > 1));
  return { segments, features, words, pageLanguage, stopwordsKnown };
}

/** Stages 1-4: the blocks of a page with their labels, before metadata. */
export function classifyBlocks(input: string, model: Model = MODEL, explain = true): { blocks: Block[]; words: Words[]; pageLanguage: string | null } {
  const { segments, features, words, pageLanguage, stopwordsKnown } = prepare(input);
  const decisions = classify(
    segments.map((s, i) => ({ text: s.text, shape: s.shape, gapBefore: s.gapBefore, features: features[i]! })),
    stopwordsKnown,
    model,
    explain,
    words.map((w) => w.content),
  );
  const blocks: Block[] = segments.map((s, i) => {
    const d = decisions[i]!;
    const block: Block = {
      index: s.index,
      line: s.line,
      text: s.text,
      gapBefore: s.gapBefore,
      shape: s.shape,
      features: features[i]!,
      label: d.label,
      score: d.score,
      reasons: d.reasons,
    };
    if (s.marker) block.marker = s.marker;
    return block;
  });

  return { blocks, words, pageLanguage };
}

export function analyze(input: string, options: CleanOptions = {}): Analysis {
  const model = (options.model as Model | undefined) ?? MODEL;
  const { blocks, words, pageLanguage } = classifyBlocks(input, model, options.explain !== false);
  const meta = extractMetadata(blocks, pageLanguage, model.title, model.source);

  const body: BodyBlock[] = [];
  const bodyWords: Words[] = [];
  for (const b of blocks) {
    const type = BODY_TYPE[b.label];
    if (!type) continue;
    const out: BodyBlock = { type, text: b.text };
    if (type === 'list-item' && b.marker) out.marker = b.marker;
    body.push(out);
    bodyWords.push(words[b.index]!);
  }
  const paragraphs = body.map((b) => b.text);
  const bodyText = paragraphs.join('\n\n');
  const language = bodyText ? (languageOf(bodyText, bodyWords) ?? pageLanguage) : null;
  // The body text is its paragraphs joined by blank lines: its words are theirs.
  let tokenCount = 0;
  let unspacedTokens = 0;
  let unspacedChars = 0;
  for (const w of bodyWords) {
    tokenCount += w.count;
    unspacedTokens += w.unspacedTokens;
    unspacedChars += w.unspacedChars;
  }

  const evidence = meta.evidence;
  if (language) evidence.push({ field: 'language', value: language, block: null, reason: 'stopwords of the body text' });

  const article: Article = {
    input: options.input ?? null,
    title: meta.title,
    source: meta.source,
    imageCredit: meta.imageCredit,
    author: meta.authors.length ? meta.authors.join(', ') : null,
    authors: meta.authors,
    date: meta.date,
    dateModified: meta.dateModified,
    language,
    text: bodyText,
    paragraphs,
    blocks: body,
    wordCount: wordCount(tokenCount, unspacedTokens, unspacedChars),
  };
  return { article, blocks, evidence };
}

/** Cleans one page of copied web text: the article body and its metadata. */
export function clean(text: string, options: CleanOptions = {}): Article {
  return analyze(text, { explain: false, ...options }).article;
}
