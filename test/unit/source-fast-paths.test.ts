/**
 * The shortcuts of the name ranker's features give what their plain definitions give, on
 * generated names and pages full of case oddities (İ, Σ, ſ, the Kelvin sign), dots and spaces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseStats } from '../../src/metadata/phrases.js';
import { sourceCandidates, spacedOrDotted } from '../../src/metadata/source.js';
import { allLines, classified, phraseLines, type PhraseRow } from './pages.js';

const piece = fc.constantFrom(
  'The', 'Daily', 'LANTERN', 'İstanbul', 'ΟΔΟΣ', 'ΟΔΟΣ.', 'Σ', 'ſport', 'K', 'Город', '東京', 'acme.com', 'Co.', '2024', 'x',
  ' ', ' ', '  ', '.', '..', '\u00a0', '\t', "'s", '’', '-', '|', ',', '©',
);
const name = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

describe('name ranker shortcuts', () => {
  it('spacedOrDotted is whether s.split(/[\\s.]+/u) has more than one part', () => {
    fc.assert(
      fc.property(name, (s) => {
        expect(spacedOrDotted(s)).toBe(s.split(/[\s.]+/u).length > 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('the words of a lower-cased name are its words lower-cased, and its letters are the same', () => {
    fc.assert(
      fc.property(name, (s) => {
        expect(s.toLowerCase().split(' ')).toEqual(s.split(' ').map((w) => w.toLowerCase()));
        expect(letters(s.toLowerCase())).toBe(letters(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("a candidate's key is its name lower-cased", () => {
    const line = fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => p.join(''));
    const prefix = fc.constantFrom('', 'Subscribe to ', '© 2024 ', 'About ', 'Headline of the day for readers | ');
    const page = fc.array(fc.tuple(prefix, line), { minLength: 1, maxLength: 25 }).map((rows) => rows.map(([p, l]) => p + l).join('\n'));
    fc.assert(
      fc.property(page, (text) => {
        const { page, labels } = classified(text);
        for (const c of sourceCandidates(page, labels).candidates) expect(c.key).toBe(c.name.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });

  it('the statistics a candidate carries are those of its key', () => {
    let carried = 0;
    const line = fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => p.join(''));
    const prefix = fc.constantFrom('', 'Subscribe to ', '© 2024 ', 'About ', 'Headline of the day for readers | ', 'Jobs bei ');
    // (each line twice, so that phrases recur and the phrase count gives candidates)
    const page = fc.array(fc.tuple(prefix, line), { minLength: 1, maxLength: 15 }).map((rows) => [...rows, ...rows].map(([p, l]) => p + l).join('\n'));
    fc.assert(
      fc.property(page, (text) => {
        const { page, labels } = classified(text);
        const { candidates, stats } = sourceCandidates(page, labels);
        for (const c of candidates) if (c.stats) expect(stats.get(c.key)).toBe(c.stats);
        carried += candidates.filter((c) => c.stats).length;
      }),
      { numRuns: 300 },
    );
    expect(carried).toBeGreaterThan(100);
  });

  it('a phrase that maximal() gave is looked up as it was given', () => {
    const line = fc.array(fc.constantFrom('The', 'Daily', 'Lantern', 'news', 'About', 'acme.com', 'ΟΔΟΣ', '|'), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const page = fc.array(line, { minLength: 1, maxLength: 20 }).map((rows) =>
      rows.map((text, index): PhraseRow => ({ index, text, gapBefore: 0, label: 'boilerplate', features: { words: text.split(' ').length } })),
    );
    fc.assert(
      fc.property(page, (blocks) => {
        const plain = PhraseStats.of(phraseLines(blocks), allLines(blocks));
        const keys = [...PhraseStats.of(phraseLines(blocks), allLines(blocks)).maximal()].map(([k]) => k);
        const stats = PhraseStats.of(phraseLines(blocks), allLines(blocks));
        const given = [...stats.maximal()];
        for (const [k, s] of given) expect(stats.get(k)).toBe(s);
        expect(given.map(([k]) => k)).toEqual(keys);
        for (const k of keys) expect(stats.get(k)).toEqual(plain.get(k));
      }),
      { numRuns: 300 },
    );
  });
});
