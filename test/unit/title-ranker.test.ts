/**
 * The headline ranker's shortcuts give what the plain definitions give, on generated pages:
 * findTitle, which works out the costly features only for candidates that can still win, picks
 * what scoring every candidate in full picks (for the bundled model and for random ones).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METADATA } from '../../src/constants.js';
import { DEFAULT_MODEL, classifyBlocks } from '../../src/pipeline/index.js';
import { mainRunStart } from '../../src/pipeline/metadata.js';
import { dot, sigmoid, topReasons, type LinearModel } from '../../src/pipeline/model.js';
import { TITLE_FEATURES, findTitle, titleBound, titleCandidates, titleVectors } from '../../src/pipeline/title.js';

const headline = fc.constantFrom(
  'Storm Closes Harbour for Third Day', 'City Council Approves New Cycle Lanes', 'ΝΕΟΣ ΔΡΟΜΟΣ ΣΤΗΝ ΠΟΛΗ', 'Οδός Σ', 'İstanbul Bridge Reopens',
  'Why the Ferry Is Late Again?', 'Jane Doe', 'Staff writer', 'Home > News > World', 'Pictured (left) the mayor',
  'Acme.com', 'Menu', 'Sport', 'News', 'The Coastal Herald', '2024 budget: what changes', 'a quiet street in spring',
);
const line = fc.oneof(
  headline,
  fc.tuple(headline, fc.constantFrom(' | ', ' - ', ' – ', ' : ', ' » '), headline).map(([a, s, b]) => a + s + b),
  headline.map((h) => `12 thoughts on “${h}”`),
  fc.constantFrom(
    'By Jane Doe', 'March 3, 2024', '2 hours ago', 'Photo: John Smith/Reuters', '© 2024 The Coastal Herald. All rights reserved.',
    'Copyright 2023 Acme Media', '(c) Acme', 'acme.org', '',
    'Σ', 'Ab : Σ',
    'The harbour stayed closed on Sunday as winds of more than 100 km/h kept ferries in port for a third day running.',
    'Port officials said they hoped to reopen on Monday, but warned that the backlog of freight would take a week to clear.',
    'Cyclists welcomed the decision, while some shop owners said they feared losing parking spaces in front of their stores.',
    'Ο δήμος αποφάσισε την Τρίτη να κατασκευάσει νέους ποδηλατόδρομους σε όλη την πόλη, ένα έργο τριών ετών.',
  ),
);
const pageOf = fc.array(line, { minLength: 1, maxLength: 40 }).map((lines) => lines.join('\n'));
const modelOf = fc
  .tuple(fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: TITLE_FEATURES.length, maxLength: TITLE_FEATURES.length }), fc.double({ min: -3, max: 3, noNaN: true }))
  .map(([weights, bias]): LinearModel => ({ names: [...TITLE_FEATURES], weights, bias }));

/** The plain definition: the first candidate of the highest probability, if high enough. */
function plainTitle(text: string, model: LinearModel) {
  const { blocks } = classifyBlocks(text, undefined, false);
  const first = mainRunStart(blocks);
  const candidates = titleCandidates(blocks, first);
  const x = titleVectors(blocks, first, candidates);
  let best = -1;
  let bestP = 0;
  x.forEach((v, k) => {
    const p = sigmoid(dot(model, v));
    if (p > bestP) [best, bestP] = [k, p];
  });
  if (best < 0 || bestP < METADATA.TITLE_MIN_PROBABILITY) return null;
  return { index: candidates[best]!, p: bestP, reasons: topReasons(model, x[best]!, 3, 1) };
}

describe('headline ranker', () => {
  it('picks what scoring every candidate in full picks', () => {
    fc.assert(
      fc.property(pageOf, fc.option(modelOf, { freq: 3 }), (text, random) => {
        const model = random ?? DEFAULT_MODEL.title!;
        const { blocks } = classifyBlocks(text, undefined, false);
        expect(findTitle(blocks, mainRunStart(blocks), model)).toEqual(plainTitle(text, model));
      }),
      { numRuns: 300 },
    );
  });

  it('bounds the log-odds of every candidate from its vector without the costly features', () => {
    fc.assert(
      fc.property(pageOf, modelOf, (text, model) => {
        const { blocks } = classifyBlocks(text, undefined, false);
        const first = mainRunStart(blocks);
        const candidates = titleCandidates(blocks, first);
        const full = titleVectors(blocks, first, candidates);
        const cheap = titleVectors(blocks, first, candidates, false);
        full.forEach((v, k) => {
          expect(cheap[k]!.every((c, j) => c === v[j] || c === 0)).toBe(true);
          expect(dot(model, v)).toBeLessThanOrEqual(titleBound(model, cheap[k]!));
        });
      }),
      { numRuns: 300 },
    );
  });
});
