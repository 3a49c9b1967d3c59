/**
 * The phrase statistics (a trie of numbered words with records in typed arrays) equal a plain
 * count of the same phrases kept in a map by their text, on generated pages of short lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METADATA } from '../../src/constants.js';
import { SITE_CONTEXT_AFTER, SITE_CONTEXT_BEFORE } from '../../src/lexicon/metadata.js';
import { PHRASE_END, PHRASE_START, PhraseStats } from '../../src/metadata/phrases.js';
import { allLines, phraseLines, type PhraseRow } from './pages.js';

interface Plain {
  name: string;
  lines: number;
  bodyLines: number;
  equal: number;
  alone: number;
  firstBlock: number;
  lastBlock: number;
  before: string | null;
  beforeVaries: boolean;
  after: string | null;
  afterVaries: boolean;
  contextBefore: number;
  contextAfter: number;
  lastLine: number;
}

/** The words of a line as phrases, by the patterns the statistics stand for. */
function plainPhrases(text: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const raw of text.split(/\s+/u)) {
    if (raw === '') continue;
    if (/^[(["«„“]/u.test(raw) && cur.length) {
      out.push(cur);
      cur = [];
    }
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.!?&+'’)]+$/gu, '').replace(/['’]s$|(?<=\p{L}{4})\.$/u, '');
    if (word === '' || !/[\p{L}\p{N}]/u.test(word)) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    cur.push(word);
    if (/[,;:!?|)\]»”"]$|\p{L}{4}\.$|['’]s$/u.test(raw)) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Every phrase of up to SOURCE_MAX_WORDS words, counted in a map by its lower-case text. */
function plainStats(blocks: readonly PhraseRow[]): Map<string, Plain> {
  const stats = new Map<string, Plain>();
  const short = (i: number) => i >= 0 && i < blocks.length && blocks[i]!.features.words <= 4;
  const alone = (i: number) => !((blocks[i]!.gapBefore === 0 && short(i - 1)) || (blocks[i + 1]?.gapBefore === 0 && short(i + 1)));
  for (const b of blocks) {
    const whole = b.text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    for (const words of plainPhrases(b.text)) {
      const lower = words.map((w) => w.toLowerCase());
      for (let i = 0; i < words.length; i++) {
        const nameStart = /^[\p{Lu}\p{N}]/u.test(words[i]!);
        let key = '';
        for (let j = i; j < words.length && j < i + METADATA.SOURCE_MAX_WORDS; j++) {
          key = j === i ? lower[j]! : `${key} ${lower[j]!}`;
          let s = stats.get(key);
          if (!s) {
            if (!nameStart && !(i === 0 && j === words.length - 1) && !words[j]!.includes('.')) continue;
            s = { name: words.slice(i, j + 1).join(' '), lines: 0, bodyLines: 0, equal: 0, alone: 0, firstBlock: b.index, lastBlock: b.index, before: null, beforeVaries: false, after: null, afterVaries: false, contextBefore: 0, contextAfter: 0, lastLine: -1 };
            stats.set(key, s);
          }
          const before = i > 0 ? lower[i - 1]! : '^';
          const after = j + 1 < words.length ? lower[j + 1]! : '$';
          if (s.before === null) s.before = before;
          else if (s.before !== before) s.beforeVaries = true;
          if (s.after === null) s.after = after;
          else if (s.after !== after) s.afterVaries = true;
          if (SITE_CONTEXT_BEFORE.has(before)) s.contextBefore++;
          if (SITE_CONTEXT_AFTER.has(after)) s.contextAfter++;
          if (s.lastLine === b.index) continue;
          s.lastLine = b.index;
          s.lastBlock = b.index;
          s.lines++;
          if (b.label === 'body') s.bodyLines++;
          if (whole === key) {
            s.equal++;
            if (alone(b.index)) s.alone++;
          }
        }
      }
    }
  }
  return stats;
}

const word = fc.constantFrom(
  'The', 'the', 'Daily', 'daily', 'Lantern', "Lantern's", 'Lantern’s', 'News,', 'news', 'Times.', 'Sport', '|', '–', 'about', 'About',
  'newsletter', 'Newsletter', 'to', 'from', 'acme.com', 'ACME', '(Acme)', '"Acme"', '«Abendpost»', 'Zeitung:', 'Über', 'über', '2024',
  'x', 'A.', 'İstanbul', 'ΟΔΟΣ', 'Город', 'город', '東京', '·', '...', 'and', 'Home', 'home!', '„Zitat“', 'Co.',
);
const line = fc.array(word, { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
const page = fc.array(fc.tuple(line, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 30 }).map((rows) =>
  rows.map(([text, gap, body], index): PhraseRow => ({ index, text, gapBefore: gap ? 1 : 0, label: body ? 'body' : 'boilerplate', features: { words: text.split(' ').length } })),
);

// Lines whose words stand apart by other white space than one space: a phrase's name is then not one slice of its line.
const spacedLine = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \t ')), { minLength: 1, maxLength: 9 })
  .map((parts) => parts.map(([w, gap], k) => (k === 0 ? w : gap + w)).join(''));
const spacedPage = fc.array(fc.tuple(spacedLine, fc.boolean()), { minLength: 1, maxLength: 20 }).map((rows) =>
  rows.map(([text, body], index): PhraseRow => ({ index, text, gapBefore: 0, label: body ? 'body' : 'boilerplate', features: { words: text.split(/\s+/u).length } })),
);

describe('phrase statistics', () => {
  it("give a phrase's name as first written, its words joined by single spaces, whatever white space stood between them", () => {
    fc.assert(
      fc.property(spacedPage, (blocks) => {
        const stats = PhraseStats.of(phraseLines(blocks), allLines(blocks));
        for (const [key, p] of plainStats(blocks)) expect(stats.get(key)?.name, key).toBe(p.name);
      }),
      { numRuns: 300 },
    );
  });

  it('equal a plain count by text, phrase for phrase, and list the maximal ones in the order first seen', () => {
    fc.assert(
      fc.property(page, (blocks) => {
        const plain = plainStats(blocks);
        const stats = PhraseStats.of(phraseLines(blocks), allLines(blocks));
        for (const [key, p] of plain) {
          const s = stats.get(key);
          expect(s, key).toBeDefined();
          expect({ ...s!, before: undefined, after: undefined, longLines: undefined }).toEqual({
            ...p,
            longLines: undefined,
            before: undefined,
            after: undefined,
          });
          expect(s!.before === PHRASE_START).toBe(p.before === '^');
          expect(s!.after === PHRASE_END).toBe(p.after === '$');
        }
        const maximal = [...plain].filter(([, s]) => s.lines >= 2 && (s.beforeVaries || s.before === '^') && (s.afterVaries || s.after === '$')).map(([k]) => k);
        expect([...stats.maximal()].map(([k]) => k)).toEqual(maximal);
        expect(stats.get('no such phrase here')).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
