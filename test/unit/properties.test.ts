import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clean, render } from '../../src/index.js';
import { cleanCounting } from '../../src/clean.js';
import { normalizeText } from '../../src/page/normalize.js';

// Text that looks like pages: lines of words, blank lines, furniture.
const word = fc.constantFrom('the', 'council', 'said', 'river', 'Share', 'Menu', 'we', 'you', 'Photo:', 'Reuters', '©', '2024', 'und', 'die', 'été', 'город', '東京', '-', '#', '1.', 'By', 'Jane', 'Doe.', 'rose,', 'today.');
const line = fc.array(word, { minLength: 0, maxLength: 30 }).map((w) => w.join(' '));
const page = fc.array(line, { minLength: 0, maxLength: 40 }).map((l) => l.join('\n'));
// Hostile text: invisible and control characters, odd spaces and line breaks, mojibake-like runs.
const nasty = fc
  .array(fc.oneof(word, fc.constantFrom('\u200b', '\u200d', '\u00ad', '\u00a0', '\u202e', '\u0007', '\u0085', '\r\n', '\r', '\f', '\u2028', '\ufeff', 'e\u0301', 'Ã©', 'â€™', '....', '@@', 'a-a-', '\t')), { maxLength: 60 })
  .map((w) => w.join(''));
const anyText = fc.oneof(page, nasty, fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

// An article-like page: menu lines, a headline, furniture, paragraphs of sentences, a footer.
const noun = fc.constantFrom('council', 'river', 'bridge', 'storm', 'town', 'school', 'mayor', 'plan', 'hospital', 'market', 'village', 'farmers', 'police', 'court', 'minister', 'report', 'harbour', 'ferry', 'museum', 'library');
const verb = fc.constantFrom('open', 'close', 'repair', 'visit', 'fund', 'inspect', 'rebuild', 'discuss', 'approve', 'review');
const when = fc.constantFrom('on Monday', 'on Tuesday', 'last week', 'on Friday', 'this morning', 'in March');
const place = fc.constantFrom('the north', 'the old town', 'the valley', 'the city centre', 'the region');
const sentence = fc.oneof(
  fc.tuple(noun, when, noun, verb, noun, place).map(([a, b, c, d, e, f]) => `The ${a} said ${b} that the ${c} would ${d} the ${e} in ${f}.`),
  fc.tuple(noun, verb, noun).map(([a, b, c]) => `It is not yet clear whether the ${a} will ${b} the ${c}, but many people hope so.`),
  fc.tuple(noun, place, when).map(([a, b, c]) => `According to the ${a}, the work in ${b} should be finished ${c} if the weather allows it.`),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const furniture = fc.constantFrom('Home', 'World', 'Share', 'Menu', 'Subscribe to our newsletter', 'Read more', 'Related', 'Log in', '© 2024 The Daily Example. All rights reserved.', 'Photo: Reuters', 'By Jane Doe', 'March 12, 2024', 'Accept cookies');
const headline = fc.tuple(noun, verb, noun, place).map(([a, b, c, d]) => `${a[0]!.toUpperCase()}${a.slice(1)} Plans to ${b} ${c} in ${d}`);
const article = fc
  .tuple(fc.array(furniture, { maxLength: 6 }), headline, fc.array(furniture, { maxLength: 3 }), fc.array(paragraph, { minLength: 0, maxLength: 8 }), fc.array(furniture, { maxLength: 6 }))
  .map(([top, h, under, body, tail]) => [...top, '', h, '', ...under, '', ...body.flatMap((p) => [p, '']), ...tail].join('\n'));

const tokens = (s: string) => new Set(s.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []);
/** The title and body of a result, in order: what the text output holds. */
const titleAndBody = (a: ReturnType<typeof clean>) => [a.title, ...a.paragraphs].filter((x): x is string => Boolean(x));

describe('clean() invariants', () => {
  it('cleanCounting() gives the article and the number of blocks analyze() does, for texts of one window and of several', () => {
    const long = fc.array(article, { minLength: 1, maxLength: 3 }).map((pages) => pages.join('\n\n').repeat(Math.ceil(1_100_000 / Math.max(1, pages.join('').length))));
    fc.assert(
      fc.property(fc.oneof(anyText, article), (text) => {
        const counted = cleanCounting(text);
        const analysis = analyze(text, { explain: false });
        expect(counted.article).toEqual(analysis.article);
        expect(counted.blockCount).toBe(analysis.blocks.length);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(long, (text) => {
        expect(text.length).toBeGreaterThan(1_000_000);
        const counted = cleanCounting(text);
        const analysis = analyze(text, { explain: false });
        expect(counted.article).toEqual(analysis.article);
        expect(counted.blockCount).toBe(analysis.blocks.length);
      }),
      { numRuns: 2 },
    );
    // Texts of several windows (over 2 MB each) take seconds to clean twice: no timed test.
  }, 60_000);

  it('never throws and always returns the full schema', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = clean(text);
        expect(typeof a.text).toBe('string');
        expect(Array.isArray(a.paragraphs)).toBe(true);
        expect(a.wordCount).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(clean(text)).toEqual(clean(text));
      }),
      { numRuns: 100 },
    );
  });
  it('only returns words that occur in the input (after invisible characters are removed; a word hyphenated at a line\'s end counts whole)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, article), (text) => {
        const a = clean(text);
        const normalized = normalizeText(text);
        const input = new Set([...tokens(normalized), ...tokens(normalized.replace(/(\p{L})-\s*\n\s*(?=\p{L})/gu, '$1'))]);
        for (const t of tokens([a.title ?? '', a.text, a.source ?? '', a.imageCredit ?? '', a.author ?? ''].join(' '))) {
          expect(input.has(t)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('gives all metadata null when it finds no article', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, article), (text) => {
        const a = clean(text);
        if (a.paragraphs.length > 0) return;
        expect(a).toMatchObject({ title: null, description: null, source: null, imageCredit: null, author: null, authors: [], date: null, dateModified: null, language: null, text: '', wordCount: 0 });
      }),
      { numRuns: 300 },
    );
  });
  it('never brings back anything dropped when its own output is cleaned again (any text)', () => {
    fc.assert(
      fc.property(fc.oneof(page, nasty, article), (text) => {
        const once = clean(text);
        const twice = clean(render(once, 'text'));
        for (const p of titleAndBody(twice)) expect(titleAndBody(once)).toContain(p);
      }),
      { numRuns: 200 },
    );
  });
  it('keeps the same title and body when its own text output is cleaned again (article pages)', () => {
    fc.assert(
      fc.property(article, (text) => {
        const once = clean(text);
        // A lone paragraph under a headline has no context left to be told from furniture.
        fc.pre(once.paragraphs.length >= 2);
        expect(titleAndBody(clean(render(once, 'text')))).toEqual(titleAndBody(once));
      }),
      { numRuns: 300 },
    );
  });
});
