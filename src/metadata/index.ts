/**
 * Stage 5: metadata. Finds the headline, image credit, byline, date and publication name
 * from the classified blocks, and relabels the lines it used so they leave the body.
 * A value is only reported when a cue supports it: a wrong value is worse than none.
 */
import { METADATA } from '../constants.js';
import type { Block, FieldEvidence } from '../types.js';
import { parseDate, UPDATED_RE } from './cues.js';
import { linesOf } from '../page/lines.js';
import { maxSpan, type LinearModel } from '../blocks/model.js';
import { findSource } from './source.js';
import { stopwordsOf } from '../lexicon/stopwords.js';
import { findTitle } from './title.js';

export { bylineOf, creditOf, parseDate } from './cues.js';

const BODY_LABELS = new Set(['body', 'heading', 'list', 'quote']);

/**
 * Where the article's main run of body blocks starts: the maximum-sum span where body
 * blocks count their words and other blocks cost a little, so a stray teaser above the
 * article does not pass for its start. -1 when there is no body.
 */
export function mainRunStart(blocks: readonly Block[]): number {
  const span = maxSpan(blocks.map((b) => (BODY_LABELS.has(b.label) ? Math.max(b.features.words, 1) : -METADATA.RUN_GAP_COST)));
  return span ? span[0] : -1;
}

export interface MetadataResult {
  title: string | null;
  source: string | null;
  imageCredit: string | null;
  authors: string[];
  date: string | null;
  dateModified: string | null;
  evidence: FieldEvidence[];
}

/**
 * Finds the metadata and relabels the blocks it came from (title, credit, metadata),
 * so that they are not part of the body. Mutates `blocks` labels and reasons.
 */
export function extractMetadata(blocks: Block[], language: string | null, titleModel?: LinearModel, sourceModel?: LinearModel): MetadataResult {
  const evidence: FieldEvidence[] = [];
  const result: MetadataResult = { title: null, source: null, imageCredit: null, authors: [], date: null, dateModified: null, evidence };
  const first = mainRunStart(blocks);
  const lines = linesOf(blocks);

  // Byline, date and credit lines: look in the header (around the headline) and inside the body.
  const relabel = (b: Block, label: 'metadata' | 'credit', reason: string) => {
    b.label = label;
    b.reasons.unshift(reason);
  };

  // Title: the best headline-shaped line around the start of the body.
  const choice = findTitle(blocks, first, titleModel);
  const titleIndex = choice ? choice.index : -1;
  if (titleIndex >= 0) {
    const t = blocks[titleIndex]!;
    result.title = t.text;
    t.label = 'title';
    const why = `headline, p ${choice!.p.toFixed(2)}: ${choice!.reasons.join(', ')}`;
    t.reasons.unshift(why);
    evidence.push({ field: 'title', value: t.text, block: t.index, reason: why });
    // The headline repeated in the body is not body.
    for (let i = titleIndex + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (BODY_LABELS.has(b.label) && b.text === t.text) relabel(b, 'metadata', 'repeats the headline');
    }
  }

  const headerStart = titleIndex >= 0 ? titleIndex + 1 : Math.max(0, first - METADATA.TITLE_WINDOW);
  // The standfirst: prose between the headline and the body, cut off from the body by
  // byline, date or credit lines, is the article's first paragraph.
  if (titleIndex >= 0 && first > titleIndex) {
    for (let i = titleIndex + 1; i < first; i++) {
      const b = blocks[i]!;
      const f = b.features;
      if (b.label !== 'boilerplate' || f.boilerplate || lines.header(i)) continue;
      if (f.words >= METADATA.STANDFIRST_MIN_WORDS && f.endsWithPunctuation && b.score >= METADATA.STANDFIRST_MIN_SCORE) {
        b.label = 'body';
        b.reasons.unshift('standfirst under the headline');
      }
    }
  }
  const headerEnd = Math.min(blocks.length - 1, (first >= 0 ? first : headerStart) + METADATA.HEADER_WINDOW);
  const lastBody = (() => {
    for (let i = blocks.length - 1; i >= 0; i--) if (BODY_LABELS.has(blocks[i]!.label)) return i;
    return -1;
  })();

  // Header lines: bylines, dates, credits between the headline and the first paragraphs.
  for (let i = headerStart; i <= headerEnd && i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.label === 'title') continue;
    const isProse = b.features.words > 14 && b.features.endsWithPunctuation;
    if (isProse) continue;
    const names = lines.byline(i);
    if (names && result.authors.length === 0) {
      result.authors = names;
      evidence.push({ field: 'author', value: names.join(', '), block: b.index, reason: 'byline' });
      relabel(b, 'metadata', 'byline');
    }
    const date = b.features.words <= 16 ? parseDate(b.text, language) : null;
    if (date) {
      const updated = UPDATED_RE.test(b.text);
      if (updated ? !result.dateModified : !result.date) {
        if (updated) result.dateModified = date;
        else result.date = date;
        evidence.push({ field: updated ? 'dateModified' : 'date', value: date, block: b.index, reason: updated ? '"updated" date near the headline' : 'date near the headline' });
      }
      if (b.label !== 'metadata') relabel(b, 'metadata', updated ? 'modification date' : 'dateline');
    }
  }

  // Image credit: the lead picture's, in the header or the first paragraphs. Credit lines and
  // captions further down leave the body too, but do not name the article's picture.
  const creditEnd = lastBody >= 0 ? lastBody : headerEnd;
  let paragraphs = 0;
  // A hero picture's credit may stand just above the headline.
  const creditStart = titleIndex >= 0 ? Math.max(0, titleIndex - METADATA.CREDIT_ABOVE_TITLE) : headerStart;
  for (let i = creditStart; i <= creditEnd && i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.label === 'body') paragraphs++;
    if (b.label === 'title' || b.label === 'metadata') continue;
    const credit = lines.credit(i);
    if (!credit) continue;
    if (!result.imageCredit && paragraphs <= METADATA.LEAD_CREDIT_PARAGRAPHS) {
      result.imageCredit = credit;
      evidence.push({ field: 'imageCredit', value: credit, block: b.index, reason: credit === b.text ? 'credit line' : 'caption ending with a credit' });
    }
    relabel(b, 'credit', credit === b.text ? 'image credit' : 'caption with image credit');
  }

  // Source: the best-ranked name among the page's candidates (see source.ts).
  const source = findSource(blocks, result.title, sourceModel, stopwordsOf(language));
  if (source) {
    result.source = source.name;
    evidence.push({ field: 'source', value: source.name, block: source.block, reason: source.reason });
  }
  return result;
}
