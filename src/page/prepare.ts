/**
 * Stages 1-3, from a window of text to a Page: normalise, segment, compute block features.
 * Normalisation works line by line, so the text is normalised, segmented and read chunk by
 * chunk (see lineChunks); then come the features that need the whole page: the language
 * (guessed from the first LANGUAGE_SAMPLE_CHARS characters of the normalised text), stopword
 * density and repetition.
 */
import { KnownWords, LanguageSample, stopwordList, UNSPACED_LANGUAGES } from '../lexicon/stopwords.js';
import { WordNumbers } from '../blocks/model.js';
import { readBlock, stopwordShare } from '../blocks/features.js';
import { addWords, LANGUAGE_SAMPLE_CHARS } from './language.js';
import { normalizeText } from './normalize.js';
import { Page, type PageParts } from './page.js';
import { Segmenter } from './segment.js';
import { BlockTable } from './table.js';
import { lineChunks } from './windows.js';
import { rebuildParagraphs, type Layout } from './layout.js';

/** Which of `texts` occur more than once (1 in the result). */
function repeatedTexts(texts: readonly string[]): Uint8Array {
  // Each text's first block: a text met again marks both (one look-up for most texts, not three).
  const firstAt = new Map<string, number>();
  const repeated = new Uint8Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const first = firstAt.get(texts[i]!);
    if (first === undefined) firstAt.set(texts[i]!, i);
    else repeated[i] = repeated[first] = 1;
  }
  return repeated;
}

/** Sets `marks` of the blocks that stand on the given 1-based lines (both in ascending order). */
function markLines(table: BlockTable, lines: readonly number[], marks: Uint8Array): void {
  for (let i = 0, k = 0; i < table.length && k < lines.length; i++) {
    while (k < lines.length && lines[k]! < table.line[i]!) k++;
    if (k < lines.length && lines[k] === table.line[i]) marks[i] = 1;
  }
}

/** A bound on the number of lines of a text (line breaks are LF, CR LF or CR). */
function maxLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) n++;
  return n;
}

/**
 * The page of a window of text: its blocks with their features, and its language. `doubled`:
 * 1-based lines whose text the input had twice in a row (see Layout), counted as repeated;
 * `textBrowser`: whether the text is a text-mode browser's dump (see Layout); `parts`: the first
 * and last input lines of joined lines (see Layout.heads), for Page.heads and Page.tails.
 */
export function preparePage(input: string, doubled: readonly number[] = [], textBrowser = false, parts?: Pick<PageParts, 'heads' | 'tails'>): Page {
  const segmenter = new Segmenter();
  const table = new BlockTable(maxLines(input));
  table.textBrowser = textBrowser ? 1 : 0;
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
  const language = sample.guess();
  const stopwordsKnown = language !== null && !UNSPACED_LANGUAGES.has(language);
  const stopwords = stopwordsKnown ? stopwordList(language) : -1;

  const repeated = repeatedTexts(table.texts);
  markLines(table, doubled, repeated);
  for (let i = 0; i < table.length; i++) {
    const words = { count: table.tokens[i]!, from: table.knownFrom[i]!, to: table.knownTo[i]! };
    table.stopwordDensity[i] = stopwordShare(words, known, stopwords);
    table.repeated[i] = repeated[i]!;
  }
  return new Page({ table, known, contentWords: content.words, language, stopwordsKnown, lineCount: segmenter.lines, ...parts });
}

/** A window of text read as a page whatever its layout: its paragraphs rebuilt (see layout.ts), then prepared. */
export function readPage(window: string): { layout: Layout; page: Page } {
  const layout = rebuildParagraphs(window);
  return { layout, page: preparePage(layout.text, layout.doubled, layout.textBrowser, layout) };
}
