/**
 * The fast paths of the feature and lexicon code give exactly what the plain definitions
 * (the regular expressions their comments quote) give, on generated text full of the
 * characters that matter: phrase starts, apostrophes, punctuation, case oddities.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../src/lexicon/boilerplate.js';
import { caseless } from '../../src/lexicon/chars.js';
import { matchLine, matchPhrases } from '../../src/lexicon/index.js';
import { Needles } from '../../src/lexicon/needles.js';
import { computeFeatures, punctuation } from '../../src/blocks/features.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phraseList = [...new Set(Object.values(PHRASES).flat())];
const PHRASE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...phraseList].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

// Pieces of text: parts of phrases, whole phrases, words, punctuation, apostrophes, case oddities.
const piece = fc.oneof(
  fc.constantFrom(...phraseList),
  fc.constantFrom(...phraseList).map((p) => p.toUpperCase()),
  fc.constantFrom(...phraseList).map((p) => p.slice(0, Math.max(1, p.length >> 1))),
  fc.constantFrom('in', 'your', 'to', 'a', 'the', 'l', 'abonnement', 'cookies', 'share', 'x', 'Ünïcode', 'İstanbul', 'ΟΔΟΣ', 'город', '東京', '2024', 'ſ'),
  fc.constantFrom(' ', ' ', ' ', "'", '’', '.', '...', '!', '?', '…', ',', ';', ':', '"', '”', '»', ')', ']', '(', '©', '@', '://', '-', '\u00a0', '\t', '。', '，', '、', '؟'),
);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('fast paths match their definitions', () => {
  it('matchPhrases finds what the alternation of the phrases finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        expect(matchPhrases(t, lower).map((m) => m.phrase)).toEqual([...lower.matchAll(PHRASE_RE)].map((m) => m[0]));
      }),
      { numRuns: 3000 },
    );
  });

  it('a block counts the phrases matchPhrases finds (the look-up is skipped only where none can stand)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const f = computeFeatures(t, 'en', false);
        expect(f.phraseHits).toBe(matchLine(t) !== null ? 0 : matchPhrases(t).length);
      }),
      { numRuns: 3000 },
    );
  });

  it('sentences, commas and the link check read off the punctuation as the patterns do', () => {
    const SENTENCE_END = /(?<![.!?…。！？؟])[.!?…。！？؟]+(?:["'”’»)\]]*)(?=\s|$)/gu;
    const COMMA = /[,،、，;]/g;
    const LINK = /(?:https?:\/\/|www\.)\S|(?<![\w-])-*\b[\w-]+\.(?:com|org|net|info|io|co|de|fr|es|it|pl|ru|uk|nl|at|ch|eu|be|pt|br|mx|ar|gov|edu)\b|(?<!\S)\S[^\s@]*@\S+\.\w/iu;
    const domainish = fc.oneof(text, fc.constantFrom('www.example.com', 'see example.de now', 'mail me@example.org', 'https://x', 'e.g. this', 'end.'));
    fc.assert(
      fc.property(fc.array(domainish, { maxLength: 4 }).map((p) => p.join(' ')), (t) => {
        const f = computeFeatures(t, 'en', false);
        expect(f.sentences).toBe([...t.matchAll(SENTENCE_END)].length);
        expect(f.commas).toBe([...t.matchAll(COMMA)].length);
        expect(f.linkLike).toBe(LINK.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('the link check runs the pattern wherever it can match (host names, www., e-mail, ://)', () => {
    const LINK = /(?:https?:\/\/|www\.)\S|(?<![\w-])-*\b[\w-]+\.(?:com|org|net|info|io|co|de|fr|es|it|pl|ru|uk|nl|at|ch|eu|be|pt|br|mx|ar|gov|edu)\b|(?<!\S)\S[^\s@]*@\S+\.\w/iu;
    const bit = fc.constantFrom(
      'www', 'WwW', 'w', 'x', 'example', 'a-', '-', '_', '3', '\u017f', '\u212a', 'é', '.', '.', '.', '..', ' ', ' ', '\u00a0', '"', ')', '@', ':', '//',
      'com', 'CoM', 'de', 'Uk', 'u\u212a', 'e\u017f', 'gov', 'edu', 'io', 'info', 'c', 'g', 'z', 'S', 'e.g.', 'U.S.', '3.5', 'end."', 'http', 'https',
    );
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 14 }).map((p) => p.join('')), (t) => {
        expect(computeFeatures(t, 'en', false).linkLike).toBe(LINK.test(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('the punctuation pass counts separators and finds digit pairs as the patterns do', () => {
    const bit = fc.constantFrom('1', '2', '0', '9', '١', '²', 'a', ' ', '|', '/', '•', '·', '»', '›', '.', ',', '://', '2024', 'x1y2', '\u00a0', '’', '東');
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 16 }).map((p) => p.join('')), (t) => {
        const m = punctuation(t);
        expect(m.separators).toBe((t.match(/[|•·»›/]/g) ?? []).length);
        expect(m.digitPair).toBe(/[0-9]{2}/.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('Needles finds the groups that includes() finds', () => {
    const groups = [['support', 'follow', 'sign up for'], ['©', '(c)', 'copyright'], ['ab', 'newsletter'], ['a message from']];
    const needles = new Needles(groups);
    const words = fc.constantFrom('support', 'suppo', 'follow', 'sign up for', 'sign', '©', '(c)', '(C)', 'copyright', 'ab', 'a', 'b', 'newsletter', 'a message from', 'x', ' ', '.');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }).map((w) => w.join('')), (t) => {
        let expected = 0;
        groups.forEach((g, k) => {
          if (g.some((n) => t.includes(n))) expected |= 1 << k;
        });
        expect(needles.find(t)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('caseless never rules out a character that a pattern ignoring case accepts', () => {
    const chars = ['a', 's', 'k', 'é', 'п', 'ł', 'Ü', '©', '('];
    const test = caseless(chars);
    const re = new RegExp(`^[${chars.map(escape).join('')}]`, 'iu');
    for (let cp = 0; cp < 0x3000; cp++) {
      if (re.test(String.fromCharCode(cp))) expect(test(cp), `U+${cp.toString(16)}`).toBe(true);
    }
    for (const special of [0x17f, 0x212a]) expect(test(special)).toBe(true);
    expect(test('b'.charCodeAt(0))).toBe(false);
    expect(test('Z'.charCodeAt(0))).toBe(false);
  });
});
