import { describe, expect, it } from 'vitest';
import { escapeLine, JSON_KEYS, render, renderJsonLine, renderMarkdown, renderText } from '../../src/render/index.js';
import type { Article } from '../../src/types.js';

const article: Article = {
  input: 'page.txt',
  title: 'A "quoted" headline',
  description: 'First paragraph.',
  source: 'The Example Post',
  imageCredit: null,
  author: 'Jane Doe',
  authors: ['Jane Doe'],
  date: '2024-03-03',
  dateModified: null,
  language: 'en',
  text: 'First paragraph.\n\nWhat next\n\napples\n\npears\n\n# not a heading',
  paragraphs: ['First paragraph.', 'What next', 'apples', 'pears', '# not a heading'],
  blocks: [
    { type: 'paragraph', text: 'First paragraph.' },
    { type: 'heading', text: 'What next' },
    { type: 'list-item', text: 'apples', marker: '-' },
    { type: 'list-item', text: 'pears', marker: '-' },
    { type: 'paragraph', text: '# not a heading' },
  ],
  wordCount: 9,
};

describe('renderMarkdown', () => {
  it('writes front matter, the title, and the body with its structure', () => {
    expect(renderMarkdown(article)).toBe(
      [
        '---',
        'title: "A \\"quoted\\" headline"',
        'description: "First paragraph."',
        'source: "The Example Post"',
        'author: "Jane Doe"',
        'date: "2024-03-03"',
        'language: "en"',
        '---',
        '',
        '# A "quoted" headline',
        '',
        'First paragraph.',
        '',
        '## What next',
        '',
        '- apples',
        '- pears',
        '',
        '\\# not a heading',
        '',
      ].join('\n'),
    );
  });
  it('lists several authors and the modification date', () => {
    const md = renderMarkdown({ ...article, author: 'Jane Doe, John Roe', authors: ['Jane Doe', 'John Roe'], dateModified: '2024-03-04T10:00+01:00' });
    expect(md).toContain('author: "Jane Doe, John Roe"\nauthors: ["Jane Doe", "John Roe"]\ndate: "2024-03-03"\ndate_modified: "2024-03-04T10:00+01:00"\n');
  });
  it('omits the front matter on request', () => {
    expect(renderMarkdown(article, { frontMatter: false }).startsWith('# A "quoted" headline\n')).toBe(true);
  });
  it('writes an empty front matter block and nothing else for an empty article', () => {
    const empty: Article = { ...article, title: null, description: null, source: null, author: null, authors: [], date: null, language: null, text: '', paragraphs: [], blocks: [] };
    expect(renderMarkdown(empty)).toBe('---\n---\n');
  });
});

describe('escapeLine', () => {
  it('escapes what Markdown would read as markup at the start of a line', () => {
    expect(escapeLine('# hash')).toBe('\\# hash');
    expect(escapeLine('> quote')).toBe('\\> quote');
    expect(escapeLine('- dash')).toBe('\\- dash');
    expect(escapeLine('* star')).toBe('\\* star');
    expect(escapeLine('+ plus')).toBe('\\+ plus');
    expect(escapeLine('1. one')).toBe('1\\. one');
    expect(escapeLine('2019) year')).toBe('2019\\) year');
    expect(escapeLine('---')).toBe('\\---');
  });
  it('leaves ordinary text alone', () => {
    expect(escapeLine('Plain text - with a dash.')).toBe('Plain text - with a dash.');
    expect(escapeLine('-5 degrees')).toBe('-5 degrees');
    expect(escapeLine('2019 was a year')).toBe('2019 was a year');
  });
});

describe('JSON and text', () => {
  it('writes every schema key, in order, null when absent', () => {
    const obj = JSON.parse(renderJsonLine({ ...article, imageCredit: null }));
    expect(Object.keys(obj)).toEqual([...JSON_KEYS]);
    expect(obj.imageCredit).toBeNull();
    expect(JSON_KEYS.indexOf('description')).toBe(JSON_KEYS.indexOf('title') + 1);
    expect(obj.description).toBe('First paragraph.');
    expect(JSON.parse(renderJsonLine({ ...article, description: null })).description).toBeNull();
    expect(renderJsonLine(article).endsWith('}\n')).toBe(true);
    expect(renderJsonLine(article).trim().includes('\n')).toBe(false);
  });
  it('writes plain text as title then body', () => {
    expect(renderText(article)).toBe(`A "quoted" headline\n\n${article.text}\n`);
    expect(render(article, 'text')).toBe(renderText(article));
  });
});
