/**
 * Stage 5: metadata. Takes a classified page (its Page and Labels); gives the headline, image
 * credit, byline, date and publication name, each with the line it came from, and relabels the
 * lines it used (title, credit, metadata) so that they leave the body.
 * A value is only reported when a cue supports it: a wrong value is worse than none.
 *
 * The passes, in order: title.ts ranks the headline candidates; header.ts reads the lines around
 * the headline (standfirst, bylines, dates); footer.ts the lines at and under the article's end
 * (newsroom credits, author's bio, a byline or date below it); credit.ts finds the lead picture's
 * credit; source.ts ranks the publication's name candidates (with the phrase counts of
 * phrases.ts). cues.ts reads bylines, credits and dates off a line.
 */
import { METADATA } from '../constants.js';
import { BODY_LABELS } from '../labels.js';
import { maxSpan, type LinearModel } from '../blocks/model.js';
import type { Labels } from '../blocks/classify.js';
import type { Page } from '../page/page.js';
import { findImageCredit } from './credit.js';
import { readFooter } from './footer.js';
import { findDescription, keepStandfirst, readHeader } from './header.js';
import { relabel, type MetadataPass, type MetadataResult } from './pass.js';
import { findSource } from './source.js';
import { stopwordsOf } from '../lexicon/stopwords.js';
import { findTitle } from './title.js';

export { bylineOf, creditOf, dateIn, nameBeforeDate, parseDate } from './cues.js';
export type { MetadataResult } from './pass.js';

/**
 * Where the article's main run of body blocks starts: the maximum-sum span where body
 * blocks count their words and other blocks cost a little, so a stray teaser above the
 * article does not pass for its start. -1 when there is no body.
 */
export function mainRunStart(page: Page, labels: Labels): number {
  const words = page.table.words;
  const label = labels.label;
  // (A loop, not Array.from with a map function: that is several times slower in V8.)
  const weights = new Float64Array(page.length);
  for (let i = 0; i < weights.length; i++) weights[i] = BODY_LABELS.has(label[i]!) ? Math.max(words[i]!, 1) : -METADATA.RUN_GAP_COST;
  const span = maxSpan(weights);
  return span ? span[0] : -1;
}

/**
 * Finds the metadata and relabels the blocks it came from (title, credit, metadata), so that
 * they are not part of the body: mutates the labels and their reasons. Without `explain` the
 * rankers do not work out which features weighed most in their choices (see findTitle, findSource).
 */
export function extractMetadata(page: Page, labels: Labels, titleModel?: LinearModel, sourceModel?: LinearModel, explain = true): MetadataResult {
  const result: MetadataResult = { title: null, description: null, source: null, imageCredit: null, authors: [], date: null, dateModified: null, evidence: [] };
  const first = mainRunStart(page, labels);
  const titleIndex = takeTitle(page, labels, first, result, titleModel, explain);
  const headerStart = titleIndex >= 0 ? titleIndex + 1 : Math.max(0, first - METADATA.TITLE_WINDOW);
  const pass: MetadataPass = { page, labels, result, titleIndex, first, headerStart, headerEnd: -1, lastBody: -1 };
  keepStandfirst(pass);
  // (where the header window and the article end, once the standfirst is back in the body)
  pass.headerEnd = Math.min(page.length - 1, (first >= 0 ? first : headerStart) + METADATA.HEADER_WINDOW);
  pass.lastBody = lastBodyBlock(labels);
  readHeader(pass);
  readFooter(pass);
  findImageCredit(pass);
  findDescription(pass);
  // Source: the best-ranked name among the page's candidates (see source.ts).
  const source = findSource(page, labels, result.title, sourceModel, stopwordsOf(page.language), explain);
  if (source) {
    result.source = source.name;
    result.evidence.push({ field: 'source', value: source.name, block: source.block, reason: source.reason });
  }
  return result;
}

/** The headline: the best headline-shaped line around the start of the body (see title.ts). Returns its block, or -1. */
function takeTitle(page: Page, labels: Labels, first: number, result: MetadataResult, titleModel: LinearModel | undefined, explain: boolean): number {
  const t = page.table;
  const label = labels.label;
  const choice = findTitle(page, labels, first, titleModel, explain);
  if (!choice) return -1;
  const titleIndex = choice.index;
  // The line's text, or a part of it when the layout stage joined the headline to a line under
  // or over it (see Page.heads): the line then stays article text if it was, for the rest of it.
  const title = choice.text;
  result.title = title;
  const why = `headline, p ${choice.p.toFixed(2)}: ${choice.reasons.join(', ')}`;
  if (title === t.texts[titleIndex] || !BODY_LABELS.has(label[titleIndex]!)) relabel(labels, titleIndex, 'title', why);
  result.evidence.push({ field: 'title', value: title, block: titleIndex, reason: why });
  // The headline repeated in the body is not body.
  for (let i = titleIndex + 1; i < page.length; i++) {
    if (BODY_LABELS.has(label[i]!) && t.texts[i] === title) relabel(labels, i, 'metadata', 'repeats the headline');
  }
  return titleIndex;
}

/** The article's last block, or -1. */
function lastBodyBlock(labels: Labels): number {
  for (let i = labels.label.length - 1; i >= 0; i--) if (BODY_LABELS.has(labels.label[i]!)) return i;
  return -1;
}
