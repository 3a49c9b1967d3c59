/**
 * The pipeline: normalise -> segment -> features (src/page/) -> classify (src/blocks/) ->
 * metadata (src/metadata/) -> assemble (src/article/). Pure functions from text to an
 * Article; no IO.
 *
 * Memory: a page is read in chunks of lines (normalised and segmented one after another, so
 * no whole copy of it is made), and a text too long to be one page is cleaned in windows
 * (see PAGE.MAX_CHARS), so what a run holds besides the input is one window's page and the
 * article found so far.
 */
import type { Analysis, Article, Block, CleanOptions, LayoutSummary } from './types.js';
import { classify } from './blocks/classify.js';
import { DEFAULT_MODEL } from './model/index.js';
import type { Model } from './blocks/model.js';
import { extractMetadata, type MetadataResult } from './metadata/index.js';
import { readPage, windows, type Layout } from './page/index.js';
import { describeValue } from './describe.js';
import { appendBlocks, assembleArticle, Body } from './article/index.js';

/**
 * Stages 1-6. A text longer than PAGE.MAX_CHARS is no single page: it is cleaned window by
 * window (see windows()), each window's blocks classified as a page of their own; the
 * metadata, and the lines it takes out of the body, come from the first window, where a
 * page shows its headline, byline and date. `keepBlocks` keeps every block, for explanations.
 */
function run(input: string, options: CleanOptions, keepBlocks: boolean): Analysis & { blockCount: number } {
  const model = (options.model as Model | undefined) ?? DEFAULT_MODEL;
  const explain = options.explain !== false;
  const body = new Body();
  const blocks: Block[] = [];
  let first: { meta: MetadataResult; language: string | null } | null = null;
  const summary: LayoutSummary = { wrapWidth: 0, joined: 0, dropped: 0, respaced: false };
  let lineOffset = 0;
  let blockCount = 0;
  for (const window of windows(input)) {
    const { layout, page } = readPage(window);
    summarise(summary, layout);
    const labels = classify(page, model, explain);
    first ??= { meta: extractMetadata(page, labels, model.title, model.source, explain), language: page.language };
    if (keepBlocks) appendBlocks(blocks, page, labels, layout, lineOffset);
    body.add(page, labels.label);
    blockCount += page.length;
    // A window ends with a line break (or inside a line): its last line goes on in the next.
    lineOffset += layout.inputLines - 1;
  }
  const { article, evidence } = assembleArticle(options.input ?? null, body.finish(), first!.meta, first!.language);
  return { article, blocks, evidence, layout: summary, blockCount };
}

/** Adds what the layout stage did to a window to the summary of the text. */
function summarise(summary: LayoutSummary, layout: Layout): void {
  summary.wrapWidth ||= layout.wrapWidth;
  summary.joined += layout.joined;
  summary.dropped += layout.dropped;
  summary.respaced ||= layout.respaced;
}

/**
 * JavaScript callers (and JSON-fed ones) can pass anything; without this, null or a number
 * fails deep inside with a message about some internal that says nothing to them.
 */
function takesString(name: string, value: unknown): void {
  if (typeof value !== 'string') throw new TypeError(`${name}() takes a string, got ${describeValue(value)}`);
}

/** Every block with its label, score and reasons, the article, and where each metadata field came from. */
export function analyze(input: string, options: CleanOptions = {}): Analysis {
  takesString('analyze', input);
  const { article, blocks, evidence, layout } = run(input, options, true);
  return { article, blocks, evidence, layout };
}

/**
 * clean(), and how many blocks the page has (none: the text held nothing to read), without
 * holding on to the blocks as analyze() does: a long text's blocks take many times its size.
 */
export function cleanCounting(text: string, options: CleanOptions = {}): { article: Article; blockCount: number } {
  takesString('clean', text);
  const { article, blockCount } = run(text, { explain: false, ...options }, false);
  return { article, blockCount };
}

/** Cleans one page of copied web text: the article body and its metadata. */
export function clean(text: string, options: CleanOptions = {}): Article {
  return cleanCounting(text, options).article;
}
