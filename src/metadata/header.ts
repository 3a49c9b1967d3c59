/**
 * The header pass: the lines around the headline. The standfirst cut off from the body by
 * byline, date or credit lines goes back into it; bylines and dates between the headline and
 * the first paragraphs (or right above the headline) give the authors and the dates and leave
 * the body; the description is the standfirst.
 */
import { METADATA } from '../constants.js';
import { BODY_LABELS } from '../labels.js';
import { dateIn, isUpdatedDate, nameBeforeDate } from './cues.js';
import { relabel, takeAuthors, takeDate, type MetadataPass } from './pass.js';

/**
 * The standfirst: prose between the headline and the body, cut off from the body by byline,
 * date or credit lines, is the article's first paragraph.
 */
export function keepStandfirst(pass: MetadataPass): void {
  const { page, labels, titleIndex, first } = pass;
  const t = page.table;
  const label = labels.label;
  if (titleIndex < 0 || first <= titleIndex) return;
  for (let i = titleIndex + 1; i < first; i++) {
    if (label[i] !== 'boilerplate' || t.boilerplate(i) !== null || page.header(i)) continue;
    // (Prose right under a credit line is that picture's caption.)
    if (i - 1 > titleIndex && page.credit(i - 1) === t.texts[i - 1]) continue;
    // (Nor is a line the article has word for word further down: a summary printed twice.)
    if (t.repeated[i] === 1 && keptElsewhere(pass, i)) continue;
    // (A short sentence right under the headline is its subtitle: "Alpha particles found in tin nuclei.")
    const least = i === titleIndex + 1 ? METADATA.SUBTITLE_MIN_WORDS : METADATA.STANDFIRST_MIN_WORDS;
    if (t.words[i]! >= least && t.endsWithPunctuation[i] === 1 && labels.score[i]! >= METADATA.STANDFIRST_MIN_SCORE) {
      relabel(labels, i, 'body', 'standfirst under the headline');
    }
  }
}

/** Whether another block with block i's text is article text. */
function keptElsewhere(pass: MetadataPass, i: number): boolean {
  const t = pass.page.table;
  const label = pass.labels.label;
  for (let j = 0; j < pass.page.length; j++) if (j !== i && BODY_LABELS.has(label[j]!) && t.texts[j] === t.texts[i]) return true;
  return false;
}

/** Header lines: bylines, dates, credits between the headline and the first paragraphs, and right above the headline. */
export function readHeader(pass: MetadataPass): void {
  readUnderHeadline(pass);
  readAboveHeadline(pass);
}

/** Bylines and dates between the headline and the first paragraphs. */
function readUnderHeadline(pass: MetadataPass): void {
  const { page, labels, result, headerStart, headerEnd } = pass;
  const t = page.table;
  const n = page.length;
  const label = labels.label;
  // A name written before a date ("Jane Doe 27/09/2018") counts when no line has a byline.
  let named: { i: number; names: string[] } | null = null;
  for (let i = headerStart; i <= headerEnd && i < n; i++) {
    if (label[i] === 'title') continue;
    const isProse = t.words[i]! > 14 && t.endsWithPunctuation[i] === 1;
    if (isProse) continue;
    const text = page.line(i);
    if (result.authors.length === 0) {
      const names = page.byline(i);
      if (names) takeAuthors(pass, i, names, 'byline');
      else if (!named) {
        const found = nameBeforeDate(text, t.words[i]!);
        if (found) named = { i, names: found };
      }
    }
    const found = t.words[i]! <= METADATA.DATE_LINE_SCAN_WORDS ? dateIn(text, page.language) : null;
    if (found) {
      const updated = isUpdatedDate(text, found.index);
      if (updated ? !result.dateModified : !result.date) takeDate(pass, i, found, updated, updated ? '"updated" date near the headline' : 'date near the headline');
      if (label[i] !== 'metadata') relabel(labels, i, 'metadata', updated ? 'modification date' : 'dateline');
    }
  }
  if (result.authors.length === 0 && named) takeAuthors(pass, named.i, named.names, 'name before a date');
}

/** A dateline, bylines and date lines right above the headline. */
function readAboveHeadline(pass: MetadataPass): void {
  const { page, labels, result, titleIndex } = pass;
  const t = page.table;
  const label = labels.label;
  if (titleIndex < 0) return;
  const top = Math.max(0, titleIndex - METADATA.DATE_ABOVE_TITLE);
  // A dateline ("Posted on May 3, 2019", "Jane Doe / 03.05.2019"), when none stands below it.
  if (!result.date) {
    for (let i = titleIndex - 1; i >= top; i--) {
      // (a line taken for body counts only when it is a header line: a byline, a date or a credit)
      if (t.words[i]! > METADATA.DATE_LINE_SCAN_WORDS || (BODY_LABELS.has(label[i]!) && !page.header(i))) continue;
      const text = page.line(i);
      const found = dateIn(text, page.language);
      if (!found || isUpdatedDate(text, found.index)) continue;
      takeDate(pass, i, found, false, 'date right above the headline');
      if (result.authors.length === 0) {
        const byline = page.byline(i);
        const names = byline ?? nameBeforeDate(text, t.words[i]!);
        if (names) takeAuthors(pass, i, names, byline ? 'byline above the headline' : 'name before a date above the headline');
      }
      if (label[i] !== 'metadata') relabel(labels, i, 'metadata', 'dateline');
      break;
    }
  }
  // Bylines ("By Jane Doe" / "Headline"): metadata, not body, and the authors when none stands below it.
  for (let i = titleIndex - 1; i >= top; i--) {
    if (label[i] === 'metadata' || t.words[i]! > METADATA.DATE_LINE_SCAN_WORDS) continue;
    const names = page.byline(i);
    if (!names) continue;
    if (result.authors.length === 0) takeAuthors(pass, i, names, 'byline above the headline');
    else if (label[i] !== 'title') relabel(labels, i, 'metadata', 'byline above the headline');
  }
  // Other date and time lines taken for body are header lines too.
  for (let i = titleIndex - 1; i >= top; i--) {
    if (BODY_LABELS.has(label[i]!) && page.header(i) && page.credit(i) === null) relabel(labels, i, 'metadata', 'date line above the headline');
  }
}

/**
 * Description: the standfirst, the first prose under the headline past the byline, date and
 * credit lines (a sentence or two; it stays in the body). A subheading or a long paragraph
 * first means there is none.
 */
export function findDescription(pass: MetadataPass): void {
  const { page, labels, result, titleIndex, first } = pass;
  const t = page.table;
  const label = labels.label;
  if (titleIndex < 0) return;
  for (let i = titleIndex + 1; i <= Math.min(page.length - 1, titleIndex + METADATA.HEADER_WINDOW); i++) {
    const l = label[i]!;
    if (l === 'heading') break;
    if (!BODY_LABELS.has(l) || page.header(i)) continue;
    const least = i === titleIndex + 1 ? METADATA.SUBTITLE_MIN_WORDS : METADATA.STANDFIRST_MIN_WORDS;
    const words = t.words[i]!;
    if (t.shape(i) === 'text' && words >= least && words <= METADATA.DESCRIPTION_MAX_WORDS && t.sentences[i]! <= METADATA.DESCRIPTION_MAX_SENTENCES && t.endsWithPunctuation[i] === 1) {
      result.description = t.texts[i]!;
      result.evidence.push({ field: 'description', value: t.texts[i]!, block: i, reason: i < first ? 'standfirst between the headline and the body' : 'first paragraph under the headline' });
    }
    break;
  }
}
