import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

// Text that looks like pages: lines of words, blank lines, furniture.
const word = fc.constantFrom('the', 'council', 'said', 'river', 'Share', 'Menu', 'we', 'you', 'Photo:', 'Reuters', '©', '2024', 'und', 'die', 'été', 'город', '東京', '-', '#', '1.', 'By', 'Jane', 'Doe.', 'rose,', 'today.');
const line = fc.array(word, { minLength: 0, maxLength: 30 }).map((w) => w.join(' '));
const page = fc.array(line, { minLength: 0, maxLength: 40 }).map((l) => l.join('\n'));
const anyText = fc.oneof(page, fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

const tokens = (s: string) => new Set(s.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []);

describe('clean() invariants', () => {
  it('never throws and always returns the full schema', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = clean(text);
        expect(typeof a.text).toBe('string');
        expect(Array.isArray(a.paragraphs)).toBe(true);
        expect(a.wordCount).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
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
  it('only returns words that occur in the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = clean(text);
        const input = tokens(text);
        for (const t of tokens([a.title ?? '', a.text, a.source ?? '', a.imageCredit ?? '', a.author ?? ''].join(' '))) {
          expect(input.has(t)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('keeps the same body when its own output is cleaned again', () => {
    fc.assert(
      fc.property(page, (text) => {
        const once = clean(text);
        const twice = clean([once.title ?? '', once.text].filter(Boolean).join('\n\n'));
        // Cleaning the cleaned text never brings back anything that was dropped.
        for (const p of twice.paragraphs) expect(once.paragraphs.concat(once.title ?? '')).toContain(p);
      }),
      { numRuns: 200 },
    );
  });
});
