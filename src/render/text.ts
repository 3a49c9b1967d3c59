import type { Article } from '../types.js';

/** Plain text: the title, then the body paragraphs separated by blank lines. */
export function renderText(article: Article): string {
  const parts = article.title ? [article.title] : [];
  if (article.text) parts.push(article.text);
  return parts.length ? parts.join('\n\n') + '\n' : '';
}
