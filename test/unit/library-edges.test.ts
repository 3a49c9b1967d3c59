/** Issue 18: the library's edges — one long line cut into windows, wrong arguments, JSON blocks. */
import { describe, expect, it } from 'vitest';
import { analyze, clean, render } from '../../src/index.js';
import { windows } from '../../src/page/windows.js';
import { PAGE } from '../cli/helpers.js';

const WORDS = ['harbour', 'council', 'ferries', 'freight', 'weather', 'officials', 'repairs', 'fishermen', 'backlog', 'storms'];

/** Prose on one line (no line break at all), about `chars` long: sentences of 8 to 16 words. */
function oneLine(chars: number): string {
  const sentences: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const words = Array.from({ length: 8 + (i % 9) }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]!);
    const sentence = words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(' ');
}

describe('windows over one long line', () => {
  it('end at a sentence end, else at a space, never inside a word', () => {
    const text = oneLine(50_000);
    const parts = [...windows(text, 10_000)];
    expect(parts.join('')).toBe(text);
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/\. $/);
    const noSentences = text.replace(/\./g, '');
    const cut = [...windows(noSentences, 10_000)];
    expect(cut.join('')).toBe(noSentences);
    for (const part of cut.slice(0, -1)) expect(part).toMatch(/[a-z] $/);
    const cjk = '港口于周四重新开放。'.repeat(3000);
    for (const part of [...windows(cjk, 10_000)].slice(0, -1)) expect(part.endsWith('。')).toBe(true);
  });

  it('give the word count of the text cleaned whole (3.4 MB, no line break)', () => {
    const text = oneLine(3_400_000);
    const article = clean(text);
    // Cleaned whole, the text is one paragraph of prose: every word counts, once.
    expect(article.wordCount).toBe(text.split(' ').length);
    expect(article.text.replace(/\s+/g, ' ')).toBe(text);
  }, 60_000);
});

describe('wrong arguments', () => {
  it('clean() and analyze() say they take a string', () => {
    expect(() => clean(null as unknown as string)).toThrow(new TypeError('clean() takes a string, got null'));
    expect(() => clean(42 as unknown as string)).toThrow(new TypeError('clean() takes a string, got a number'));
    expect(() => analyze(undefined as unknown as string)).toThrow(new TypeError('analyze() takes a string, got undefined'));
  });

  it('render() names the formats', () => {
    expect(() => render(clean(PAGE), 'yaml' as 'md')).toThrow(new RangeError("render() takes a format of 'md', 'json', 'jsonl', 'text', got 'yaml'"));
    expect(render(clean(PAGE), 'jsonl').split('\n')).toHaveLength(2);
  });
});

describe('JSON blocks', () => {
  it('leave the marker out when there is none, and keep it on list items', () => {
    const page = [PAGE.split('\n\nShare')[0], '', '- first item of the list is long enough to be read as text', '- second item of the list is long enough to be read as text', ''].join('\n');
    const json = render(clean(page), 'json');
    expect(json).not.toContain('"marker": null');
    const blocks = JSON.parse(json).blocks as { type: string; marker?: string }[];
    expect(blocks.filter((b) => b.type === 'list-item').map((b) => b.marker)).toContain('-');
    for (const b of blocks) expect('marker' in b).toBe(b.type === 'list-item');
  });
});
