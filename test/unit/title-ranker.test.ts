/**
 * The headline ranker's shortcuts give what the plain definitions give, on generated pages:
 * findTitle, which works out the costly features only for candidates that can still win, picks
 * what scoring every candidate in full picks (for the bundled model and for random ones), and
 * the look-ups that skip lines decide as the definitions they stand for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METADATA, SCORE } from '../../src/constants.js';
import { classify, type Labels } from '../../src/blocks/classify.js';
import { DEFAULT_MODEL } from '../../src/model/index.js';
import { mainRunStart } from '../../src/metadata/index.js';
import { readPage, type Page } from '../../src/page/index.js';
import { dot, sigmoid, topReasons, type LinearModel } from '../../src/blocks/model.js';
import { SITE_NAME_IN_FOOTER, TITLE_FEATURES, findTitle, mayNameSite, titleBound, titleCandidates, titleVectors } from '../../src/metadata/title.js';
import { classified } from './pages.js';

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

/** A generated page classified, its body start, its headline candidates and their feature vectors. */
function rankedPage(text: string) {
  const { page, labels } = classified(text);
  const first = mainRunStart(page, labels);
  const candidates = titleCandidates(page, labels, first);
  return { page, labels, first, candidates, x: titleVectors(page, labels, first, candidates) };
}

/** The plain definition: the first candidate of the highest probability, if high enough. */
function plainTitle(text: string, model: LinearModel) {
  const { page, candidates, x } = rankedPage(text);
  let best = -1;
  let bestP = 0;
  x.forEach((v, k) => {
    const p = sigmoid(dot(model, v));
    if (p > bestP) [best, bestP] = [k, p];
  });
  if (best < 0 || bestP < METADATA.TITLE_MIN_PROBABILITY) return null;
  return { index: page.blockOf(candidates[best]!), text: page.text(candidates[best]!), p: bestP, reasons: topReasons(model, x[best]!, 3, 1) };
}

describe('headline ranker', () => {
  it('picks what scoring every candidate in full picks', () => {
    fc.assert(
      fc.property(pageOf, fc.option(modelOf, { freq: 3 }), (text, random) => {
        const model = random ?? DEFAULT_MODEL.title!;
        const { page, labels } = classified(text);
        expect(findTitle(page, labels, mainRunStart(page, labels), model)).toEqual(plainTitle(text, model));
      }),
      { numRuns: 300 },
    );
  });

  it('picks what scoring every candidate in full picks on hard-wrapped pages, whose joined lines offer their first and last lines', () => {
    /** Greedy word wrap of each line at 40 columns. */
    const wrapped = (text: string) =>
      text
        .split('\n')
        .map((l) => l.split(' ').reduce<string[]>((rows, w) => {
          const last = rows.length - 1;
          if (last >= 0 && rows[last]!.length + 1 + w.length <= 40) rows[last] += ` ${w}`;
          else rows.push(w);
          return rows;
        }, []).join('\n'))
        .join('\n');
    let withParts = 0;
    fc.assert(
      fc.property(pageOf, fc.option(modelOf, { freq: 3 }), (text, random) => {
        const model = random ?? DEFAULT_MODEL.title!;
        const { page } = readPage(wrapped(text));
        const labels = classify(page, DEFAULT_MODEL, false);
        const first = mainRunStart(page, labels);
        const candidates = titleCandidates(page, labels, first);
        if (candidates.some((c) => c >= page.length)) withParts++;
        const x = titleVectors(page, labels, first, candidates);
        let best = -1;
        let bestP = 0;
        x.forEach((v, k) => {
          const p = sigmoid(dot(model, v));
          if (p > bestP) [best, bestP] = [k, p];
        });
        const plain = best < 0 || bestP < METADATA.TITLE_MIN_PROBABILITY ? null : { index: page.blockOf(candidates[best]!), text: page.text(candidates[best]!), p: bestP, reasons: topReasons(model, x[best]!, 3, 1) };
        expect(findTitle(page, labels, first, model)).toEqual(plain);
      }),
      { numRuns: 300 },
    );
    expect(withParts).toBeGreaterThan(0);
  });

  it('bounds the log-odds of every candidate from its vector without the costly features', () => {
    fc.assert(
      fc.property(pageOf, modelOf, (text, model) => {
        const { page, labels } = classified(text);
        const first = mainRunStart(page, labels);
        const candidates = titleCandidates(page, labels, first);
        const full = titleVectors(page, labels, first, candidates);
        const cheap = titleVectors(page, labels, first, candidates, false);
        full.forEach((v, k) => {
          expect(cheap[k]!.every((c, j) => c === v[j] || c === 0)).toBe(true);
          expect(dot(model, v)).toBeLessThanOrEqual(titleBound(model)(cheap[k]!));
        });
      }),
      { numRuns: 300 },
    );
  });

  const separator = /\s+[|–—:•·»-]\s+/u;
  /** Whether the 'repeated on the page' feature of each candidate is as the split of every line says. */
  const checkEchoes = (page: Page, labels: Labels) => {
    const { texts, words, repeated } = page.table;
    const first = mainRunStart(page, labels);
    const candidates = titleCandidates(page, labels, first);
    const x = titleVectors(page, labels, first, candidates);
    const echoes = new Set<string>();
    for (let i = 0; i < page.length; i++) {
      const parts = texts[i]!.split(separator);
      if (words[i]! <= 40 && parts.length >= 2) for (const p of parts) echoes.add(p.toLowerCase());
    }
    const at = TITLE_FEATURES.indexOf('repeated on the page');
    candidates.forEach((i, k) => {
      expect(x[k]![at]).toBe(repeated[i] === 1 || echoes.has(texts[i]!.toLowerCase()) ? 1 : 0);
    });
    return candidates;
  };

  it('marks a candidate repeated as "Title | Site" as the split of every line says', () => {
    fc.assert(
      fc.property(pageOf, (text) => {
        const { page, labels } = classified(text);
        checkEchoes(page, labels);
      }),
      { numRuns: 300 },
    );
  });

  it('marks a repeated Σ that is lower-cased as the end of a word only in the whole line', () => {
    // "ab\ufeff:\ufeffς" is the whole line lower-cased (U+FEFF and the colon are case-ignorable),
    // "σ" its part: the part lower-cased is not a piece of the line lower-cased.
    const page = ['Σ', '', 'Ab : Σ', '', 'The harbour stayed closed on Sunday as winds of more than 100 km/h kept ferries in port.'];
    const { page: p, labels } = classified(page.join('\n'));
    // Normalisation takes U+FEFF out: the line is put in the page's table as it is.
    p.table.texts[1] = 'Ab\uFEFF:\uFEFFΣ';
    p.table.lowers[1] = undefined;
    expect(checkEchoes(p, labels)).toContain(0);
  });

  it('marks a candidate given again in the page\'s first lines, whole or as "Title | Site"', () => {
    const at = TITLE_FEATURES.indexOf('echoed at the page top');
    const separator = /\s+[|–—:•·»-]\s+/u;
    fc.assert(
      fc.property(pageOf, (text) => {
        const { page, labels } = classified(text);
        const candidates = titleCandidates(page, labels, mainRunStart(page, labels));
        const x = titleVectors(page, labels, mainRunStart(page, labels), candidates);
        const lower = (j: number) => page.table.texts[j]!.toLowerCase();
        const top = Math.min(page.length, METADATA.TITLE_TOP_LINES);
        candidates.forEach((i, k) => {
          let want = false;
          for (let j = 0; j < top; j++) {
            if (j !== i && lower(j) === lower(i)) want = true;
            const parts = lower(j).split(separator);
            if (parts.length > 1 && parts.includes(lower(i))) want = true;
          }
          expect(x[k]![at]).toBe(want ? 1 : 0);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('counts the candidates around a candidate and the neighbouring lines it holds as the plain definitions say', () => {
    const crowdAt = TITLE_FEATURES.indexOf('candidates around it');
    const holdsAt = TITLE_FEATURES.indexOf('holds a neighbouring line');
    fc.assert(
      fc.property(pageOf, (text) => {
        const { page, candidates, x } = rankedPage(text);
        const lower = (j: number) => page.table.texts[j]!.toLowerCase();
        candidates.forEach((i, k) => {
          const around = candidates.filter((c) => c !== i && Math.abs(c - i) <= METADATA.TITLE_CROWD_LINES).length;
          expect(x[k]![crowdAt]).toBeCloseTo(Math.log1p(around) / 2, 12);
          let holds = false;
          for (let j = Math.max(0, i - 2); j <= Math.min(page.length - 1, i + 2); j++) {
            if (j !== i && page.table.words[j]! >= 2 && lower(j).length < lower(i).length && lower(i).includes(lower(j))) holds = true;
          }
          expect(x[k]![holdsAt]).toBe(holds ? 1 : 0);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('marks a candidate right after a menu line', () => {
    const at = TITLE_FEATURES.indexOf('after navigation');
    fc.assert(
      fc.property(pageOf, (text) => {
        const { labels, candidates, x } = rankedPage(text);
        candidates.forEach((i, k) => {
          const before = i >= 1 ? labels.label[i - 1] : undefined;
          expect(x[k]![at]).toBe(before === 'boilerplate' || before === 'list' ? 1 : 0);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('reads the prose and the article probability around a candidate as the plain definitions say', () => {
    const between = TITLE_FEATURES.indexOf('prose between it and the body');
    const before = TITLE_FEATURES.indexOf('prose in the lines before');
    const pBefore = TITLE_FEATURES.indexOf('article probability before');
    const pAfter = TITLE_FEATURES.indexOf('article probability after');
    const kept = TITLE_FEATURES.indexOf('kept as article text');
    fc.assert(
      fc.property(pageOf, (text) => {
        const { page, labels } = classified(text);
        const first = mainRunStart(page, labels);
        const body = first < 0 ? page.length : first;
        const candidates = titleCandidates(page, labels, first);
        const x = titleVectors(page, labels, first, candidates);
        const t = page.table;
        const prose = (j: number) => t.words[j]! >= SCORE.PROSE_MIN_WORDS && t.endsWithPunctuation[j] === 1;
        candidates.forEach((i, k) => {
          let count = 0;
          for (let j = i + 1; j < body; j++) if (prose(j)) count++;
          expect(x[k]![between]).toBeCloseTo(Math.log1p(count) / 2, 12);
          let near = false;
          for (let j = Math.max(0, i - METADATA.TITLE_CROWD_LINES); j < i; j++) if (prose(j)) near = true;
          expect(x[k]![before]).toBe(near ? 1 : 0);
          expect(x[k]![pBefore]).toBe(i >= 1 ? sigmoid(labels.score[i - 1]!) : 0);
          expect(x[k]![pAfter]).toBe(i + 1 < page.length ? sigmoid(labels.score[i + 1]!) : 0);
          expect(x[k]![kept]).toBe(labels.score[i]! > 0 ? 1 : 0);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('takes lines labelled a list at the body start for candidates, and only those, heading or body lines after it', () => {
    fc.assert(
      fc.property(pageOf, (text) => {
        const { page, labels } = classified(text);
        const first = mainRunStart(page, labels);
        for (const i of titleCandidates(page, labels, first)) {
          if (first >= 0 && i >= first) expect(['heading', 'body', 'list']).toContain(labels.label[i]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("measures each candidate's words in the article against the page's best candidate", () => {
    const own = TITLE_FEATURES.indexOf('words in the article');
    const short = TITLE_FEATURES.indexOf('article words short of the best');
    fc.assert(
      fc.property(pageOf, (text) => {
        const { x } = rankedPage(text);
        const best = Math.max(0, ...x.map((v) => v[own]!));
        for (const v of x) {
          expect(v[own]).toBeGreaterThanOrEqual(0);
          expect(v[own]).toBeLessThanOrEqual(1);
          expect(v[short]).toBeCloseTo(best - v[own]!, 12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('takes a headline whose words are the article\'s over a teaser before it', () => {
    const text = [
      'Menu', '', 'Gardens Open for the Summer Season', '', 'Library Extends Its Opening Hours', '', 'Storm Closes Harbour for Third Day', '',
      'By Jane Doe', '',
      'The harbour stayed closed on Sunday as winds of more than 100 km/h kept ferries in port for a third day running.', '',
      'Port officials said the storm would ease on Monday, but warned that the harbour backlog of freight would take a week to clear.',
    ].join('\n');
    const { page, candidates, x } = rankedPage(text);
    const own = TITLE_FEATURES.indexOf('words in the article');
    const at = (line: string) => x[candidates.indexOf(page.table.texts.indexOf(line))]![own]!;
    expect(at('Storm Closes Harbour for Third Day')).toBeGreaterThan(at('Gardens Open for the Summer Season'));
  });

  it('tries the footer pattern on every line it can match', () => {
    const piece = fc.constantFrom('©', '(c)', '(C)', 'Copyright', 'COPYRIGHT', 'copy', 'right', ' ', '.', 'com', 'org', 'Acme', 'ΟΔΟΣ', 'İ', '-', '2024', ',', '|');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        if (SITE_NAME_IN_FOOTER.test(text)) expect(mayNameSite(text.toLowerCase())).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
