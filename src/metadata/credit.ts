/**
 * The image credit pass: the lead picture's credit, the first credit in the article (the first
 * caption's, or one standing just above the headline). Credit lines and captions further down
 * leave the body too, but do not name the article's picture.
 */
import { METADATA } from '../constants.js';
import type { Labels } from '../blocks/classify.js';
import type { Page } from '../page/page.js';
import { creditLabelAtEnd, dateIn, endsWithPosition, isAgencyName, isCreditLabel, isLicence, photographerName, readsAsSentence, withoutFileName } from './cues.js';
import { relabel, type MetadataPass } from './pass.js';
import { wordInfo } from '../lexicon/stopwords.js';

/** A credit found in the article: the block it names, its words, and what it is. */
interface FoundCredit {
  block: number;
  value: string;
  reason: string;
}

export function findImageCredit(pass: MetadataPass): void {
  const { page, labels, result, titleIndex, headerStart, headerEnd, lastBody } = pass;
  const creditEnd = lastBody >= 0 ? lastBody : headerEnd;
  // A hero picture's credit may stand just above the headline.
  const creditStart = titleIndex >= 0 ? Math.max(0, titleIndex - METADATA.CREDIT_ABOVE_TITLE) : headerStart;
  const found = creditsBetween(page, labels, creditStart, creditEnd);
  // A name under several pictures ("Jane Doe" alone, or ending captions) with no label: their
  // photographer's. Its first mention counts when it comes before the first credit found.
  const photographer = repeatedName(page, labels, creditStart, creditEnd, new Set(result.authors.map((a) => a.toLowerCase())));
  if (photographer && (found.length === 0 || photographer.block < found[0]!.block)) {
    found.unshift({ block: photographer.block, value: photographer.name, reason: 'photographer named under several pictures' });
  }
  const lead = leadCredit(found);
  if (lead) {
    // A slash written at a line's end gets a space when the line is joined to the next ("Jane Doe/ Getty Images").
    result.imageCredit = lead.value.replace(/(?<=[^\s/])\/ (?=\S)/gu, '/');
    result.evidence.push({ field: 'imageCredit', value: lead.value, block: lead.block, reason: lead.reason });
  }
}

/** The credits from block `from` to block `to`, in page order; their lines leave the body. */
function creditsBetween(page: Page, labels: Labels, from: number, to: number): FoundCredit[] {
  const t = page.table;
  const n = page.length;
  const label = labels.label;
  const found: FoundCredit[] = [];
  for (let i = from; i <= to && i < n; i++) {
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
  return found;
}

/**
 * The lead picture's credit among those found. A caption's credit part is a weaker witness than
 * a credit line of its own: one right under the same caption ("... (AP Photo/Jane Doe)" /
 * "Photo: Jane Doe") is the picture's credit. So is one under a credit line that reads as a
 * sentence (a picture's description after "Foto:"). A credit line that reads as a sentence
 * ("Photos: Million-dollar cars for auction") is a teaser's as often as a picture's: the first
 * credit that does not is preferred.
 */
function leadCredit(found: readonly FoundCredit[]): FoundCredit | undefined {
  let lead = found.find((f) => !readsAsSentence(f.value)) ?? found[0];
  if (lead && (lead.reason === 'caption ending with a credit' || readsAsSentence(lead.value))) {
    const own = found.find((f) => f.block > lead!.block && f.block <= lead!.block + METADATA.CREDIT_UNDER_CAPTION && f.reason === 'credit line' && !readsAsSentence(f.value));
    if (own) lead = own;
  }
  return lead;
}

/**
 * A name that ends two captions or more between from and to ("... the valley. Jane Doe"), and
 * where it first stands (alone on a line above them, or at the first caption's end).
 */
function repeatedName(page: Page, labels: Labels, from: number, to: number, authors: ReadonlySet<string>): { name: string; block: number } | null {
  const t = page.table;
  const seen = new Map<string, { block: number; captions: number; under: number; lines: number }>();
  for (let i = from; i <= to && i < page.length; i++) {
    const l = labels.label[i]!;
    if (l === 'title' || l === 'metadata') continue;
    const text = t.texts[i]!;
    // A caption and its name joined into a paragraph with the next caption, as a wrapped layout
    // may join them ("... the valley. Jane Doe The lodge ... Eva Roth"): a name already seen
    // counts where it stands after a sentence's end and before a new one.
    if (seen.size > 0 && t.words[i]! > 3) {
      for (const [known, s] of seen) {
        s.captions += captionsWithin(text, known);
        if (s.captions >= METADATA.PHOTOGRAPHER_MIN_CAPTIONS) return { name: known, block: s.block };
      }
    }
    const name = photographerName(text, t.words[i]!);
    if (!name || authors.has(name.toLowerCase())) continue;
    const caption = name !== text;
    // (a name alone under a caption's sentence, as a text browser may split the two: "... the valley." / "Jane Doe")
    const under = !caption && i > from && underCaption(page, i, name);
    const s = seen.get(name);
    if (!s) {
      seen.set(name, { block: i, captions: caption ? 1 : 0, under: under ? 1 : 0, lines: 1 });
      continue;
    }
    s.lines++;
    if (caption && ++s.captions === METADATA.PHOTOGRAPHER_MIN_CAPTIONS) return { name, block: s.block };
    if (under) s.under++;
    if (s.captions + s.under >= METADATA.PHOTOGRAPHER_MIN_CAPTIONS && s.lines >= METADATA.PHOTOGRAPHER_MIN_LINES) return { name, block: s.block };
  }
  return null;
}

// A sentence's end right before a name ("... the valley. "), and what may start the text after it: a capital or a quotation mark.
const SENTENCE_END_BEFORE = /\p{Ll}[.!?]\s+$/u;
const NEW_SENTENCE_AFTER = /^\s+[\p{Lu}„“"«»]/u;

/**
 * Whether the name alone on line i stands under a caption's sentence and over a short line (the
 * next picture's caption or a heading), as a text browser may split a caption from its credit:
 * "... the valley." / "Jane Doe" / "The lodge". Over a paragraph it is more often a speaker's
 * name in an interview or a commenter's; a word of a stopword list ("Weitere Informationen")
 * makes it a heading's.
 */
function underCaption(page: Page, i: number, name: string): boolean {
  const t = page.table;
  if (!SENTENCE_END_BEFORE.test(`${t.texts[i - 1]!.slice(-3)} `)) return false;
  if (i + 1 < page.length && t.words[i + 1]! > METADATA.CREDIT_MAX_WORDS) return false;
  return name.split(' ').every((w) => wordInfo(w.toLowerCase()) === undefined);
}

/** How often a name stands inside a text (not at its end) between two sentences ("... the valley. Jane Doe The lodge ..."). */
function captionsWithin(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at > 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (end < text.length && SENTENCE_END_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && NEW_SENTENCE_AFTER.test(text.slice(end, end + 3))) n++;
  }
  return n;
}
