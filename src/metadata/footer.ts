/**
 * The footer pass: the lines at and under the article's end. The newsroom's credits and the
 * author's name or bio under the story leave the body; a byline or a "published" date right
 * below the article, or a box of labelled metadata further down, give the authors and the date
 * when the header did not.
 */
import { METADATA } from '../constants.js';
import { BODY_LABELS } from '../labels.js';
import { BIO_ROLES, BIO_VERBS } from '../lexicon/metadata.js';
import { alternation } from '../lexicon/pattern.js';
import { dateIn, isLabelledByline, isPublishedDate, isReportingCredit, isUpdatedDate } from './cues.js';
import { relabel, takeAuthors, takeDate, type MetadataPass } from './pass.js';

export function readFooter(pass: MetadataPass): void {
  dropCreditsUnderStory(pass);
  readBelowArticle(pass);
  readMetadataBox(pass);
}

/**
 * The article's last lines may credit its reporters and editors (the newsroom's, not the
 * story's text), or name its author and say what they do.
 */
function dropCreditsUnderStory(pass: MetadataPass): void {
  const { page, labels, result, titleIndex, lastBody } = pass;
  const t = page.table;
  for (let i = lastBody, seen = 0; i > titleIndex && seen < METADATA.REPORTING_CREDIT_LAST_BLOCKS; i--) {
    if (!BODY_LABELS.has(labels.label[i]!)) continue;
    seen++;
    if (isReportingCredit(t.texts[i]!, t.words[i]!)) relabel(labels, i, 'metadata', "the newsroom's credits under the story");
    else if (aboutAuthor(t.texts[i]!, result.authors)) relabel(labels, i, 'metadata', "the author's name or bio under the story");
    else if (seen <= METADATA.BIO_LAST_BLOCKS && readsAsBio(t.texts[i]!, t.words[i]!)) relabel(labels, i, 'metadata', "an author's bio under the story");
  }
}

/** A name of two or three words (a middle initial allowed) and a bio's verb: "Jane Q. Doe is ...", "Erika Beispiel ist ...". */
const BIO_START = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:${alternation(BIO_VERBS)})\s`, 'u');
const BIO_ROLE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(BIO_ROLES)})(?![\p{L}])`, 'iu');

/** Whether a line reads as an author's bio: a name and a bio's verb, then what the person does ("... is a staff writer at ..."). */
function readsAsBio(text: string, words: number): boolean {
  return words <= METADATA.BIO_MAX_WORDS && BIO_START.test(text) && BIO_ROLE.test(text);
}

/**
 * Whether a line under the story is about its author: it starts with an author's whole name
 * (two words or more), alone or before what they do ("Jane Doe is a reporter at ...", "Jane Doe
 * (jane@example.com) covers ...").
 */
function aboutAuthor(text: string, authors: readonly string[]): boolean {
  return authors.some((name) => name.includes(' ') && text.startsWith(name) && (text.length === name.length || /^[\s,(]/u.test(text.slice(name.length))));
}

/** Right below the article: a byline ("Posted by Jane Doe") or a date labelled as the publication's ("First published: ..."). */
function readBelowArticle(pass: MetadataPass): void {
  const { page, labels, result, lastBody } = pass;
  const t = page.table;
  const n = page.length;
  if (lastBody < 0 || (result.date && result.authors.length > 0)) return;
  for (let i = lastBody + 1; i < n && i <= lastBody + METADATA.FOOTER_WINDOW; i++) {
    if (t.words[i]! > METADATA.DATE_LINE_SCAN_WORDS) continue;
    const text = page.line(i);
    const names = result.authors.length === 0 ? page.byline(i) : null;
    if (names) takeAuthors(pass, i, names, 'byline below the article');
    const found = result.date ? null : dateIn(text, page.language);
    if (found && isPublishedDate(text, found.index)) {
      takeDate(pass, i, found, false, '"published" date below the article');
      if (labels.label[i] !== 'metadata') relabel(labels, i, 'metadata', 'dateline');
    }
  }
}

/**
 * A box of labelled metadata further down ("Date 19.01.2020" / "Author Jane Doe"): a short byline
 * with an author's label (teasers' "By Jane Doe" are not) next to a short date line, when neither
 * the header nor the lines under the article gave them.
 */
function readMetadataBox(pass: MetadataPass): void {
  const { page, labels, result, titleIndex } = pass;
  const t = page.table;
  const n = page.length;
  if (titleIndex < 0 || (result.date && result.authors.length > 0)) return;
  for (let i = titleIndex + 1; i < n; i++) {
    if (t.words[i]! > METADATA.META_BOX_MAX_WORDS || !isLabelledByline(t.texts[i]!) || !page.byline(i)) continue;
    const at = [i - 1, i + 1].find((j) => j > titleIndex && j < n && t.words[j]! <= METADATA.META_BOX_MAX_WORDS && dateIn(page.line(j), page.language) !== null);
    if (at === undefined) continue;
    const text = page.line(at);
    const date = dateIn(text, page.language)!;
    if (isUpdatedDate(text, date.index)) continue;
    if (result.authors.length === 0) takeAuthors(pass, i, page.byline(i)!, 'byline next to a date in a box of metadata');
    if (!result.date) {
      takeDate(pass, at, date, false, 'date next to a byline in a box of metadata');
      if (labels.label[at] !== 'metadata') relabel(labels, at, 'metadata', 'dateline');
    }
    break;
  }
}
