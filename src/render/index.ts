import type { Article } from '../types.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export type Format = 'md' | 'json' | 'text';
export const FORMATS: readonly Format[] = ['md', 'json', 'text'];

/** File extension written for each format. */
export const FORMAT_EXTENSION: Record<Format, string> = { md: '.md', json: '.json', text: '.txt' };

export interface RenderOptions {
  frontMatter?: boolean;
}

export function render(article: Article, format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(article);
    case 'text':
      return renderText(article);
    default:
      return renderMarkdown(article, options);
  }
}

export { renderJson, renderJsonLine, toJsonObject, JSON_KEYS } from './json.js';
export { renderMarkdown, renderBody, renderFrontMatter, escapeLine } from './markdown.js';
export { renderText } from './text.js';
