import { describe, expect, it } from 'vitest';
import { stringOf, unitsOf } from '../../src/page/own-string.js';
import { segment } from '../../src/page/segment.js';

describe('stringOf', () => {
  it('gives the units cut out, lone surrogates included', () => {
    const text = 'ab\ud800cd\udfffé😀 and more';
    const units = unitsOf(text);
    for (let from = 0; from <= text.length; from++) for (let to = from; to <= text.length; to++) expect(stringOf(units, from, to)).toBe(text.slice(from, to));
  });
  it('cuts strings longer than one call of String.fromCharCode takes', () => {
    const text = 'x\ud83d'.repeat(30_000);
    expect(stringOf(unitsOf(text), 3, text.length - 1)).toBe(text.slice(3, -1));
  });
});

describe('segment', () => {
  it('keeps a long line as it was, lone surrogates included', () => {
    const line = `- A list item with a lone surrogate \ud800 in it ${'and more words '.repeat(2000)}`;
    expect(segment(`Short\n\n${line}`)[1]!.text).toBe(line.slice(2));
  });
});
