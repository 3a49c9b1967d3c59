import type { Article } from '../types.js';
import { describeValue } from '../describe.js';
import { renderJson, renderJsonLine } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

/** `json`: one indented object; `jsonl`: one compact object on one line (JSON Lines), whatever the number of inputs. */
export type Format = 'md' | 'json' | 'jsonl' | 'text';
export const FORMATS: readonly Format[] = ['md', 'json', 'jsonl', 'text'];

/** File extension written for each format. */
export const FORMAT_EXTENSION: Record<Format, string> = { md: '.md', json: '.json', jsonl: '.jsonl', text: '.txt' };

export interface RenderOptions {
  frontMatter?: boolean;
}

export function render(article: Article, format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(article);
    case 'jsonl':
      return renderJsonLine(article);
    case 'text':
      return renderText(article);
    case 'md':
      return renderMarkdown(article, options);
    default:
      // JavaScript callers can pass anything: a typo must not quietly give Markdown.
      throw new RangeError(`render() takes a format of ${FORMATS.map((f) => `'${f}'`).join(', ')}, got ${describeValue(format)}`);
  }
}

export { renderJson, renderJsonLine, toJsonObject, JSON_KEYS } from './json.js';
export { renderMarkdown, renderBody, renderFrontMatter, escapeLine } from './markdown.js';
export { renderText } from './text.js';
