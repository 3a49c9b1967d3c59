/**
 * The article's body, gathered window by window. Each window's paragraphs are joined into
 * one string as soon as the window is done, so that the body holds on to nothing of the
 * window; at the end the paragraphs are read back out of the whole body text.
 */
import { LanguageSample } from '../lexicon/stopwords.js';
import type { BodyBlock, Label } from '../types.js';
import { wordCount } from '../blocks/features.js';
import { addWords, LANGUAGE_SAMPLE_CHARS } from '../page/language.js';
import type { Page } from '../page/page.js';

const BODY_TYPE: Partial<Record<Label, BodyBlock['type']>> = {
  body: 'paragraph',
  heading: 'heading',
  list: 'list-item',
  quote: 'quote',
};

/** The body as finish() gives it. */
export interface BodyText {
  text: string;
  paragraphs: string[];
  blocks: BodyBlock[];
  wordCount: number;
  /** The language of the body text's first LANGUAGE_SAMPLE_CHARS characters. */
  language: string | null;
}

export class Body {
  /** Each window's paragraphs, joined by blank lines (windows with none left out). */
  private readonly parts: string[] = [];
  private readonly kinds: { type: BodyBlock['type']; marker?: string; length: number }[] = [];
  /** Length of the body text so far. */
  private chars = -2;
  /** The body text's language sample while the body is short enough to be a sample of its own. */
  private sample: LanguageSample | null = new LanguageSample();
  private tokens = 0;
  private unspacedTokens = 0;
  private unspacedChars = 0;

  /** Adds the body blocks of a window: the blocks of `page` with their labels. */
  add(page: Page, labels: readonly Label[]): void {
    const t = page.table;
    const known = page.known;
    const texts: string[] = [];
    for (let i = 0; i < t.length; i++) {
      const type = BODY_TYPE[labels[i]!];
      if (!type) continue;
      const text = t.texts[i]!;
      const marker = t.markers[i];
      texts.push(text);
      this.kinds.push(type === 'list-item' && marker ? { type, marker, length: text.length } : { type, length: text.length });
      // The body text is its paragraphs joined by blank lines: its words are theirs.
      this.tokens += t.tokens[i]!;
      this.unspacedTokens += t.unspacedTokens[i]!;
      this.unspacedChars += t.unspacedChars[i]!;
      this.chars += text.length + 2;
      if (this.chars > LANGUAGE_SAMPLE_CHARS) this.sample = null;
      else if (this.sample) for (let k = t.knownFrom[i]!; k < t.knownTo[i]!; k++) this.sample.addWord(known.at(k));
    }
    if (texts.length > 0) this.parts.push(texts.join('\n\n'));
  }

  /** The body text, its paragraphs and blocks, its word count and language. */
  finish(): BodyText {
    const text = this.parts.join('\n\n');
    const paragraphs: string[] = [];
    const blocks: BodyBlock[] = [];
    let at = 0;
    for (const { type, marker, length } of this.kinds) {
      const paragraph = text.slice(at, at + length);
      at += length + 2;
      paragraphs.push(paragraph);
      blocks.push(marker ? { type, text: paragraph, marker } : { type, text: paragraph });
    }
    // The language of the first LANGUAGE_SAMPLE_CHARS characters of the body text.
    let sample = this.sample;
    if (sample) sample.addText(text);
    else {
      sample = new LanguageSample();
      const piece = text.slice(0, LANGUAGE_SAMPLE_CHARS);
      sample.addText(piece);
      addWords(sample, piece);
    }
    const language = sample.guess();
    return { text, paragraphs, blocks, wordCount: wordCount(this.tokens, this.unspacedTokens, this.unspacedChars), language };
  }
}
