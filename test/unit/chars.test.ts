/**
 * The character-class table gives, for every code point, exactly what the Unicode property
 * patterns it is filled from give for that character alone.
 */
import { describe, expect, it } from 'vitest';
import { classOf, LETTER, LOWER, NUMBER, UNSPACED, UPPER } from '../../src/lexicon/chars.js';

const DEFINITIONS: readonly (readonly [number, RegExp])[] = [
  [LETTER, /^\p{L}$/u],
  [NUMBER, /^\p{N}$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
  [UNSPACED, /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u],
];

const expected = (cp: number) => {
  if (cp >= 0xd800 && cp < 0xe000) return 0;
  const ch = String.fromCodePoint(cp);
  let c = 0;
  for (const [flag, re] of DEFINITIONS) if (re.test(ch)) c |= flag;
  return c;
};

describe('classOf', () => {
  it('matches the property patterns on every code point of the BMP and of sampled astral pages', () => {
    const wrong: string[] = [];
    const check = (cp: number) => {
      if (classOf(cp) !== expected(cp)) wrong.push(cp.toString(16));
    };
    for (let cp = 0; cp <= 0xffff; cp++) check(cp);
    // Astral pages: emoji, CJK extensions, mathematical letters, the last plane's end.
    for (const page of [0x100, 0x1d4, 0x1f3, 0x1f6, 0x200, 0x2a6, 0x2b7, 0x300, 0xe01, 0x10ff]) {
      for (let cp = page << 8; cp < (page + 1) << 8; cp++) check(cp);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('gives surrogates no class', () => {
    for (const cp of [0xd800, 0xdbff, 0xdc00, 0xdfff]) expect(classOf(cp)).toBe(0);
  });
});
