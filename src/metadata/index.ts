/**
 * Stage 5: metadata. Takes a classified page (its Page and Labels); gives the headline, image
 * credit, byline, date and publication name, each with the line it came from, and relabels the
 * lines it used (title, credit, metadata) so that they leave the body.
 * A value is only reported when a cue supports it: a wrong value is worse than none.
 *
 * title.ts ranks the headline candidates, source.ts the publication's name candidates (with
 * the phrase counts of phrases.ts); cues.ts reads bylines, credits and dates off a line.
 */
import { METADATA } from '../constants.js';
import type { FieldEvidence, Label } from '../types.js';
import { BODY_LABELS } from '../labels.js';
import { creditLabelAtEnd, dateIn, endsWithPosition, isLabelledByline, isAgencyName, isCreditLabel, isLicence, isPublishedDate, isReportingCredit, isUpdatedDate, nameBeforeDate, photographerName, readsAsSentence, withoutFileName, type FoundDate } from './cues.js';
import { maxSpan, type LinearModel } from '../blocks/model.js';
import type { Labels } from '../blocks/classify.js';
import type { Page } from '../page/page.js';
import { findSource } from './source.js';
import { stopwordsOf } from '../lexicon/stopwords.js';
import { findTitle } from './title.js';

export { bylineOf, creditOf, dateIn, nameBeforeDate, parseDate } from './cues.js';

/**
 * Where the article's main run of body blocks starts: the maximum-sum span where body
 * blocks count their words and other blocks cost a little, so a stray teaser above the
 * article does not pass for its start. -1 when there is no body.
 */
export function mainRunStart(page: Page, labels: Labels): number {
  const words = page.table.words;
  const label = labels.label;
  const span = maxSpan(Array.from({ length: page.length }, (_, i) => (BODY_LABELS.has(label[i]!) ? Math.max(words[i]!, 1) : -METADATA.RUN_GAP_COST)));
  return span ? span[0] : -1;
}

/**
 * Whether a line under the story is about its author: it starts with an author's whole name
 * (two words or more), alone or before what they do ("Jane Doe is a reporter at ...", "Jane Doe
 * (jane@example.com) covers ...").
 */
function aboutAuthor(text: string, authors: readonly string[]): boolean {
  return authors.some((name) => name.includes(' ') && text.startsWith(name) && (text.length === name.length || /^[\s,(]/u.test(text.slice(name.length))));
}

/**
 * Gives block i a new label, its reason first among the block's reasons. The metadata's
 * reasons are kept even where classification's were not (see CleanOptions.explain): they say
 * why a line left the body.
 */
function relabel(labels: Labels, i: number, label: Label, reason: string): void {
  labels.label[i] = label;
  const reasons = (labels.reasons ??= Array.from({ length: labels.label.length }, (): string[] => []));
  reasons[i]!.unshift(reason);
}

/**
 * A name that ends two captions or more between from and to ("... the valley. Jane Doe"), and
 * where it first stands (alone on a line above them, or at the first caption's end).
 */
function repeatedName(page: Page, labels: Labels, from: number, to: number, authors: ReadonlySet<string>): { name: string; block: number } | null {
  const t = page.table;
  const seen = new Map<string, { block: number; captions: number }>();
  for (let i = from; i <= to && i < page.length; i++) {
    const l = labels.label[i]!;
    if (l === 'title' || l === 'metadata') continue;
    const name = photographerName(t.texts[i]!, t.words[i]!);
    if (!name || authors.has(name.toLowerCase())) continue;
    const caption = name !== t.texts[i];
    const s = seen.get(name);
    if (!s) seen.set(name, { block: i, captions: caption ? 1 : 0 });
    else if (caption && ++s.captions === METADATA.PHOTOGRAPHER_MIN_CAPTIONS) return { name, block: s.block };
  }
  return null;
}

export interface MetadataResult {
  title: string | null;
  description: string | null;
  source: string | null;
  imageCredit: string | null;
  authors: string[];
  date: string | null;
  dateModified: string | null;
  evidence: FieldEvidence[];
}

/**
 * Finds the metadata and relabels the blocks it came from (title, credit, metadata), so that
 * they are not part of the body: mutates the labels and their reasons.
 */
export function extractMetadata(page: Page, labels: Labels, titleModel?: LinearModel, sourceModel?: LinearModel): MetadataResult {
  const evidence: FieldEvidence[] = [];
  const result: MetadataResult = { title: null, description: null, source: null, imageCredit: null, authors: [], date: null, dateModified: null, evidence };
  const t = page.table;
  const n = page.length;
  const label = labels.label;
  const first = mainRunStart(page, labels);

  // Title: the best headline-shaped line around the start of the body.
  const choice = findTitle(page, labels, first, titleModel);
  const titleIndex = choice ? choice.index : -1;
  if (titleIndex >= 0) {
    // The line's text, or a part of it when the layout stage joined the headline to a line under
    // or over it (see Page.heads): the line then stays article text if it was, for the rest of it.
    const title = choice!.text;
    result.title = title;
    const why = `headline, p ${choice!.p.toFixed(2)}: ${choice!.reasons.join(', ')}`;
    if (title === t.texts[titleIndex] || !BODY_LABELS.has(label[titleIndex]!)) relabel(labels, titleIndex, 'title', why);
    evidence.push({ field: 'title', value: title, block: titleIndex, reason: why });
    // The headline repeated in the body is not body.
    for (let i = titleIndex + 1; i < n; i++) {
      if (BODY_LABELS.has(label[i]!) && t.texts[i] === title) relabel(labels, i, 'metadata', 'repeats the headline');
    }
  }

  const headerStart = titleIndex >= 0 ? titleIndex + 1 : Math.max(0, first - METADATA.TITLE_WINDOW);
  // Whether another block with block i's text is article text.
  const keptElsewhere = (i: number) => {
    for (let j = 0; j < n; j++) if (j !== i && BODY_LABELS.has(label[j]!) && t.texts[j] === t.texts[i]) return true;
    return false;
  };
  // The standfirst: prose between the headline and the body, cut off from the body by
  // byline, date or credit lines, is the article's first paragraph.
  if (titleIndex >= 0 && first > titleIndex) {
    for (let i = titleIndex + 1; i < first; i++) {
      if (label[i] !== 'boilerplate' || t.boilerplate(i) !== null || page.header(i)) continue;
      // (Prose right under a credit line is that picture's caption.)
      if (i - 1 > titleIndex && page.credit(i - 1) === t.texts[i - 1]) continue;
      // (Nor is a line the article has word for word further down: a summary printed twice.)
      if (t.repeated[i] === 1 && keptElsewhere(i)) continue;
      // (A short sentence right under the headline is its subtitle: "Alpha particles found in tin nuclei.")
      const least = i === titleIndex + 1 ? METADATA.SUBTITLE_MIN_WORDS : METADATA.STANDFIRST_MIN_WORDS;
      if (t.words[i]! >= least && t.endsWithPunctuation[i] === 1 && labels.score[i]! >= METADATA.STANDFIRST_MIN_SCORE) {
        relabel(labels, i, 'body', 'standfirst under the headline');
      }
    }
  }
  const headerEnd = Math.min(n - 1, (first >= 0 ? first : headerStart) + METADATA.HEADER_WINDOW);
  const lastBody = (() => {
    for (let i = n - 1; i >= 0; i--) if (BODY_LABELS.has(label[i]!)) return i;
    return -1;
  })();

  // Header lines: bylines, dates, credits between the headline and the first paragraphs.
  const takeAuthors = (i: number, names: string[], reason: string) => {
    result.authors = names;
    evidence.push({ field: 'author', value: names.join(', '), block: i, reason });
    if (label[i] !== 'title') relabel(labels, i, 'metadata', reason);
  };
  const takeDate = (i: number, found: FoundDate, updated: boolean, reason: string) => {
    if (updated) result.dateModified = found.iso;
    else result.date = found.iso;
    evidence.push({ field: updated ? 'dateModified' : 'date', value: found.iso, block: i, reason });
  };
  // A name written before a date ("Jane Doe 27/09/2018") counts when no line has a byline.
  let named: { i: number; names: string[] } | null = null;
  for (let i = headerStart; i <= headerEnd && i < n; i++) {
    if (label[i] === 'title') continue;
    const isProse = t.words[i]! > 14 && t.endsWithPunctuation[i] === 1;
    if (isProse) continue;
    const text = page.line(i);
    if (result.authors.length === 0) {
      const names = page.byline(i);
      if (names) takeAuthors(i, names, 'byline');
      else if (!named) {
        const found = nameBeforeDate(text, t.words[i]!);
        if (found) named = { i, names: found };
      }
    }
    const found = t.words[i]! <= METADATA.DATE_LINE_SCAN_WORDS ? dateIn(text, page.language) : null;
    if (found) {
      const updated = isUpdatedDate(text, found.index);
      if (updated ? !result.dateModified : !result.date) takeDate(i, found, updated, updated ? '"updated" date near the headline' : 'date near the headline');
      if (label[i] !== 'metadata') relabel(labels, i, 'metadata', updated ? 'modification date' : 'dateline');
    }
  }
  if (result.authors.length === 0 && named) takeAuthors(named.i, named.names, 'name before a date');
  // Right above the headline: a dateline ("Posted on May 3, 2019", "Jane Doe / 03.05.2019"), when none stands below it.
  if (titleIndex >= 0 && !result.date) {
    for (let i = titleIndex - 1; i >= 0 && i >= titleIndex - METADATA.DATE_ABOVE_TITLE; i--) {
      // (a line taken for body counts only when it is a header line: a byline, a date or a credit)
      if (t.words[i]! > METADATA.DATE_LINE_SCAN_WORDS || (BODY_LABELS.has(label[i]!) && !page.header(i))) continue;
      const text = page.line(i);
      const found = dateIn(text, page.language);
      if (!found || isUpdatedDate(text, found.index)) continue;
      takeDate(i, found, false, 'date right above the headline');
      if (result.authors.length === 0) {
        const byline = page.byline(i);
        const names = byline ?? nameBeforeDate(text, t.words[i]!);
        if (names) takeAuthors(i, names, byline ? 'byline above the headline' : 'name before a date above the headline');
      }
      if (label[i] !== 'metadata') relabel(labels, i, 'metadata', 'dateline');
      break;
    }
  }
  // Bylines right above the headline ("By Jane Doe" / "Headline"): metadata, not body, and the
  // authors when none stands below it.
  for (let i = titleIndex - 1; titleIndex >= 0 && i >= 0 && i >= titleIndex - METADATA.DATE_ABOVE_TITLE; i--) {
    if (label[i] === 'metadata' || t.words[i]! > METADATA.DATE_LINE_SCAN_WORDS) continue;
    const names = page.byline(i);
    if (!names) continue;
    if (result.authors.length === 0) takeAuthors(i, names, 'byline above the headline');
    else if (label[i] !== 'title') relabel(labels, i, 'metadata', 'byline above the headline');
  }
  // Other date and time lines right above the headline taken for body are header lines too.
  for (let i = titleIndex - 1; titleIndex >= 0 && i >= 0 && i >= titleIndex - METADATA.DATE_ABOVE_TITLE; i--) {
    if (BODY_LABELS.has(label[i]!) && page.header(i) && page.credit(i) === null) relabel(labels, i, 'metadata', 'date line above the headline');
  }
  // The article's last lines may credit its reporters and editors: the newsroom's, not the story's text.
  for (let i = lastBody, seen = 0; i > titleIndex && seen < METADATA.REPORTING_CREDIT_LAST_BLOCKS; i--) {
    if (!BODY_LABELS.has(label[i]!)) continue;
    seen++;
    if (isReportingCredit(t.texts[i]!, t.words[i]!)) relabel(labels, i, 'metadata', "the newsroom's credits under the story");
    else if (aboutAuthor(t.texts[i]!, result.authors)) relabel(labels, i, 'metadata', "the author's name or bio under the story");
  }
  // Right below the article: a byline ("Posted by Jane Doe") or a date labelled as the publication's ("First published: ...").
  if (lastBody >= 0 && (!result.date || result.authors.length === 0)) {
    for (let i = lastBody + 1; i < n && i <= lastBody + METADATA.FOOTER_WINDOW; i++) {
      if (t.words[i]! > METADATA.DATE_LINE_SCAN_WORDS) continue;
      const text = page.line(i);
      const names = result.authors.length === 0 ? page.byline(i) : null;
      if (names) takeAuthors(i, names, 'byline below the article');
      const found = result.date ? null : dateIn(text, page.language);
      if (found && isPublishedDate(text, found.index)) {
        takeDate(i, found, false, '"published" date below the article');
        if (label[i] !== 'metadata') relabel(labels, i, 'metadata', 'dateline');
      }
    }
  }

  // A box of labelled metadata further down ("Date 19.01.2020" / "Author Jane Doe"): a short byline
  // with an author's label (teasers' "By Jane Doe" are not) next to a short date line, when neither
  // the header nor the lines under the article gave them.
  if (titleIndex >= 0 && (!result.date || result.authors.length === 0)) {
    for (let i = titleIndex + 1; i < n; i++) {
      if (t.words[i]! > METADATA.META_BOX_MAX_WORDS || !isLabelledByline(t.texts[i]!) || !page.byline(i)) continue;
      const at = [i - 1, i + 1].find((j) => j > titleIndex && j < n && t.words[j]! <= METADATA.META_BOX_MAX_WORDS && dateIn(page.line(j), page.language) !== null);
      if (at === undefined) continue;
      const text = page.line(at);
      const date = dateIn(text, page.language)!;
      if (isUpdatedDate(text, date.index)) continue;
      if (result.authors.length === 0) takeAuthors(i, page.byline(i)!, 'byline next to a date in a box of metadata');
      if (!result.date) {
        takeDate(at, date, false, 'date next to a byline in a box of metadata');
        if (label[at] !== 'metadata') relabel(labels, at, 'metadata', 'dateline');
      }
      break;
    }
  }

  // Image credit: the lead picture's, the first credit in the article (the first caption's, or
  // one standing just above the headline). Credit lines and captions further down leave the
  // body too, but do not name the article's picture.
  const creditEnd = lastBody >= 0 ? lastBody : headerEnd;
  const found: { block: number; value: string; reason: string }[] = [];
  // A hero picture's credit may stand just above the headline.
  const creditStart = titleIndex >= 0 ? Math.max(0, titleIndex - METADATA.CREDIT_ABOVE_TITLE) : headerStart;
  for (let i = creditStart; i <= creditEnd && i < n; i++) {
    if (label[i] === 'title' || label[i] === 'metadata') continue;
    // A label alone ("Credit...", "Foto:") with the credit on the next line.
    if (i + 1 < n && isCreditLabel(t.texts[i]!, t.words[i]!) && label[i + 1] !== 'title' && t.words[i + 1]! <= METADATA.CREDIT_MAX_WORDS && t.endsWithPunctuation[i + 1] !== 1) {
      // (and a licence on the line after: "Bild:" / "Jane Doe" / "cc-by 4.0")
      const licence = i + 2 < n && isLicence(t.texts[i + 2]!, t.words[i + 2]!);
      found.push({ block: i + 1, value: `${t.texts[i]!} ${t.texts[i + 1]!}${licence ? ` ${t.texts[i + 2]!}` : ''}`, reason: 'credit under a credit label' });
      relabel(labels, i, 'credit', 'image credit label');
      relabel(labels, i + 1, 'credit', 'image credit');
      if (licence) relabel(labels, i + 2, 'credit', 'licence under an image credit');
      i += licence ? 2 : 1;
      continue;
    }
    // A caption ending with the label, the credit wrapped onto the next line ("Symbolbild | Foto:" / "Jane Doe").
    const labelAtEnd = i + 1 < n && label[i + 1] !== 'title' && t.words[i + 1]! <= METADATA.CREDIT_MAX_WORDS && t.endsWithPunctuation[i + 1] !== 1 && !t.texts[i + 1]!.endsWith(':') ? creditLabelAtEnd(t.texts[i]!, t.words[i]!) : null;
    if (labelAtEnd) {
      const next = withoutFileName(t.texts[i + 1]!);
      found.push({ block: i + 1, value: `${labelAtEnd} ${next}`, reason: 'credit under a caption ending with its label' });
      relabel(labels, i, 'credit', 'caption with an image credit label');
      relabel(labels, i + 1, 'credit', 'image credit');
      i++;
      continue;
    }
    const credit = page.credit(i);
    if (!credit) continue;
    const whole = credit === t.texts[i];
    // "Left image: NOAA, Right" / "Image: Jane Doe": one credit cut in two by a wrapped layout.
    if (whole && i + 1 < n && endsWithPosition(credit) && page.credit(i + 1) === t.texts[i + 1]) {
      found.push({ block: i, value: `${credit} ${t.texts[i + 1]!}`, reason: 'credit line' });
      relabel(labels, i, 'credit', 'image credit');
      relabel(labels, i + 1, 'credit', 'image credit');
      i++;
      continue;
    }
    // An agency's name alone above a date is the byline of a wire story ("Associated Press" / "Published ...").
    if (whole && i + 1 < n && t.words[i + 1]! <= METADATA.DATE_LINE_SCAN_WORDS && isAgencyName(credit) && dateIn(page.line(i + 1)) !== null) continue;
    found.push({ block: i, value: credit, reason: whole ? 'credit line' : 'caption ending with a credit' });
    relabel(labels, i, 'credit', whole ? 'image credit' : 'caption with image credit');
  }
  // A name under several pictures ("Jane Doe" alone, or ending captions) with no label: their
  // photographer's. Its first mention counts when it comes before the first credit found.
  const photographer = repeatedName(page, labels, creditStart, creditEnd, new Set(result.authors.map((a) => a.toLowerCase())));
  if (photographer && (found.length === 0 || photographer.block < found[0]!.block)) {
    found.unshift({ block: photographer.block, value: photographer.name, reason: 'photographer named under several pictures' });
  }
  // A caption's credit part is a weaker witness than a credit line of its own: one right under
  // the same caption ("... (AP Photo/Jane Doe)" / "Photo: Jane Doe") is the picture's credit.
  // So is one under a credit line that reads as a sentence (a picture's description after "Foto:").
  // A credit line that reads as a sentence ("Photos: Million-dollar cars for auction") is a teaser's as
  // often as a picture's: the first credit that does not is preferred.
  let lead = found.find((f) => !readsAsSentence(f.value)) ?? found[0];
  if (lead && (lead.reason === 'caption ending with a credit' || readsAsSentence(lead.value))) {
    const own = found.find((f) => f.block > lead!.block && f.block <= lead!.block + METADATA.CREDIT_UNDER_CAPTION && f.reason === 'credit line' && !readsAsSentence(f.value));
    if (own) lead = own;
  }
  if (lead) {
    // A slash written at a line's end gets a space when the line is joined to the next ("Jane Doe/ Getty Images").
    result.imageCredit = lead.value.replace(/(?<=[^\s/])\/ (?=\S)/gu, '/');
    evidence.push({ field: 'imageCredit', value: lead.value, block: lead.block, reason: lead.reason });
  }

  // Description: the standfirst, the first prose under the headline past the byline, date and
  // credit lines (a sentence or two; it stays in the body). A subheading or a long paragraph
  // first means there is none.
  if (titleIndex >= 0) {
    for (let i = titleIndex + 1; i <= Math.min(n - 1, titleIndex + METADATA.HEADER_WINDOW); i++) {
      const l = label[i]!;
      if (l === 'heading') break;
      if (!BODY_LABELS.has(l) || page.header(i)) continue;
      const least = i === titleIndex + 1 ? METADATA.SUBTITLE_MIN_WORDS : METADATA.STANDFIRST_MIN_WORDS;
      const words = t.words[i]!;
      if (t.shape(i) === 'text' && words >= least && words <= METADATA.DESCRIPTION_MAX_WORDS && t.sentences[i]! <= METADATA.DESCRIPTION_MAX_SENTENCES && t.endsWithPunctuation[i] === 1) {
        result.description = t.texts[i]!;
        evidence.push({ field: 'description', value: t.texts[i]!, block: i, reason: i < first ? 'standfirst between the headline and the body' : 'first paragraph under the headline' });
      }
      break;
    }
  }

  // Source: the best-ranked name among the page's candidates (see source.ts).
  const source = findSource(page, labels, result.title, sourceModel, stopwordsOf(page.language));
  if (source) {
    result.source = source.name;
    evidence.push({ field: 'source', value: source.name, block: source.block, reason: source.reason });
  }
  return result;
}
