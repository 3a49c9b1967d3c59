import type { Analysis, Article, CleanOptions } from '../types.js';

// Temporary pass-through until the stages land.
export function analyze(text: string, options: CleanOptions = {}): Analysis {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const article: Article = {
    input: options.input ?? null, title: null, source: null, imageCredit: null, author: null, date: null, language: null,
    text: paragraphs.join('\n\n'), paragraphs, blocks: paragraphs.map((p) => ({ type: 'paragraph' as const, text: p })),
    wordCount: paragraphs.join(' ').split(/\s+/).filter(Boolean).length,
  };
  return { article, blocks: [], evidence: [] };
}

export function clean(text: string, options: CleanOptions = {}): Article {
  return analyze(text, options).article;
}
