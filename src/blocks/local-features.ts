/**
 * The block classifier's local features: what a block's own row of the page table says
 * (length, stopwords, punctuation, case, digits, links, boilerplate phrases, how much it
 * addresses the reader, shape). Every stage of the classifier reads them first.
 *
 * The divisors and caps bring each value to about [0, 1]; like the names, they are part of
 * what the weights in src/model/weights.json were trained on.
 */
import { BLOCK_FEATURES } from '../constants.js';
import { CATEGORIES } from '../lexicon/boilerplate.js';
import { featureNames, log1pOf, type FeatureTable } from '../model/features.js';
import type { BlockTable } from '../page/table.js';

/** What the local features read: a page's blocks, and whether the page's stopwords are known. */
export interface LocalSource {
  t: BlockTable;
  /** Without a stopword list for the page's language, stopword density says nothing. */
  stopwordsKnown: boolean;
}

/** A block's words, at least 1: the divisor of per-word ratios. */
const wordsOf = (t: BlockTable, i: number) => Math.max(t.words[i]!, 1);
const flag = (b: boolean) => (b ? 1 : 0);

export const LOCAL: FeatureTable<LocalSource> = [
  { name: 'log words', value: ({ t }, i) => log1pOf(t.words[i]!) / 5 },
  { name: `words >= ${BLOCK_FEATURES.SOME_WORDS}`, value: ({ t }, i) => flag(t.words[i]! >= BLOCK_FEATURES.SOME_WORDS) },
  { name: `words >= ${BLOCK_FEATURES.MANY_WORDS}`, value: ({ t }, i) => flag(t.words[i]! >= BLOCK_FEATURES.MANY_WORDS) },
  { name: 'stopword density', value: ({ t, stopwordsKnown }, i) => (stopwordsKnown ? t.stopwordDensity[i]! : 0) },
  { name: 'stopwords unknown', value: ({ stopwordsKnown }) => flag(!stopwordsKnown) },
  { name: 'ends with punctuation', value: ({ t }, i) => t.endsWithPunctuation[i]! },
  { name: 'sentences', value: ({ t }, i) => Math.min(t.sentences[i]!, 5) / 5 },
  { name: 'capitalised words', value: ({ t }, i) => t.capitalisedRatio[i]! },
  { name: 'digits', value: ({ t }, i) => Math.min(t.digitRatio[i]! * 3, 1) },
  { name: 'commas per word', value: ({ t }, i) => Math.min((t.commas[i]! / wordsOf(t, i)) * 5, 1) },
  { name: 'link', value: ({ t }, i) => t.linkLike[i]! },
  { name: 'addresses the reader', value: ({ t }, i) => Math.min(t.personalRatio[i]! * 5, 1) },
  { name: 'repeated on the page', value: ({ t }, i) => t.repeated[i]! },
  { name: 'list item', value: ({ t }, i) => flag(t.shape(i) === 'list-item') },
  { name: 'quote', value: ({ t }, i) => flag(t.shape(i) === 'quote') },
  { name: 'blank line before', value: ({ t }, i) => flag(t.gapBefore[i]! > 0) },
  { name: 'opens the page tail', value: ({ t }, i) => flag(t.endMarker[i]! > 0) },
  { name: 'position in page', value: ({ t }, i) => (t.length > 1 ? i / (t.length - 1) : 0) },
  { name: 'starts lower case', value: ({ t }, i) => t.lowerStart[i]! },
  { name: 'ends with colon', value: ({ t }, i) => t.endsWithColon[i]! },
  { name: 'characters per word', value: ({ t }, i) => Math.min(t.chars[i]! / wordsOf(t, i) / 10, 2) },
  { name: 'date-like', value: ({ t }, i) => t.dateLike[i]! },
  { name: 'separators per word', value: ({ t }, i) => Math.min((t.separators[i]! / wordsOf(t, i)) * 3, 1) },
  { name: 'boilerplate phrases', value: ({ t }, i) => Math.min(t.phraseHits[i]!, 3) / 3 },
  { name: 'calls to action', value: ({ t }, i) => Math.min(t.actionHits[i]!, 3) / 3 },
  { name: 'comment header', value: ({ t }, i) => t.commentHeader[i]! },
  // A text-mode browser bullets every list (menus too), a browser's copy few: the model is
  // linear, so what a list item says on such a page is a feature of its own.
  { name: 'text-browser page', value: ({ t }) => t.textBrowser },
  { name: 'list item on a text-browser page', value: ({ t }, i) => t.textBrowser * flag(t.shape(i) === 'list-item') },
  // One per boilerplate category: whether it is the block's.
  ...CATEGORIES.map((category) => ({ name: `boilerplate: ${category}`, value: ({ t }: LocalSource, i: number) => flag(t.boilerplate(i) === category) })),
];

export const LOCAL_FEATURES: readonly string[] = featureNames(LOCAL);
