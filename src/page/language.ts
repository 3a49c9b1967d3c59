/**
 * The language sample of a text: a page's language is guessed from its first
 * LANGUAGE_SAMPLE_CHARS characters, and so is its article body's.
 */
import { KnownWords, type LanguageSample } from '../lexicon/stopwords.js';
import { scanWords } from '../blocks/features.js';

/** At most this many characters are read to guess the language. */
export const LANGUAGE_SAMPLE_CHARS = 100_000;

/** Adds the words of a text to a language sample. */
export function addWords(sample: LanguageSample, text: string): void {
  const known = new KnownWords();
  scanWords(text, known);
  for (let k = 0; k < known.length; k++) sample.addWord(known.at(k));
}
