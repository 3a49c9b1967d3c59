/**
 * Author and date against a hand-read check: 60 development pages of ../shared/corpus (the
 * first 20 sh and the first 40 tf ids in sorted order), whose author names and publication
 * date were read off each page's text by a person and written down in
 * ../fixtures/author-date.json (values only, no page text).
 *
 * Accuracy: the share of pages whose predicted value equals the hand value, null = null
 * counting as right. Authors are compared as sets of names, case-insensitively (no byline:
 * null); dates as YYYY-MM-DD (the time of day is not compared).
 * Skipped when ../shared is absent (a user's clone has none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const corpus = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const present = fs.existsSync(path.join(corpus, 'sh')) && fs.existsSync(path.join(corpus, 'tf'));

interface HandPage {
  id: string;
  dataset: string;
  authors: string[] | null;
  date: string | null;
}
const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'author-date.json'), 'utf8')) as { pages: HandPage[] };

/** Accuracy measured when the check was set up, less a little room; raise them as the cues improve. */
const FLOORS = { author: 0.83, date: 0.93 };

const nameSet = (names: readonly string[] | null): string =>
  names && names.length > 0 ? [...new Set(names.map((n) => n.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase()))].sort().join('\n') : '';
const day = (date: string | null): string => (date ? date.slice(0, 10) : '');

describe.skipIf(!present)('author and date on 60 hand-read pages (../shared/corpus)', () => {
  it('stays above the accuracy floors', () => {
    let authorsRight = 0;
    let datesRight = 0;
    const misses: string[] = [];
    for (const page of fixture.pages) {
      const text = fs.readFileSync(path.join(corpus, page.dataset, `${page.id}.txt`), 'utf8');
      const a = clean(text);
      if (nameSet(a.authors) === nameSet(page.authors)) authorsRight++;
      else misses.push(`${page.dataset}/${page.id.slice(0, 16)} author ${JSON.stringify(a.authors)} want ${JSON.stringify(page.authors)}`);
      if (day(a.date) === day(page.date)) datesRight++;
      else misses.push(`${page.dataset}/${page.id.slice(0, 16)} date ${a.date} want ${page.date}`);
    }
    const n = fixture.pages.length;
    const author = authorsRight / n;
    const date = datesRight / n;
    console.log(`author accuracy ${author.toFixed(3)} (${authorsRight}/${n}), date accuracy ${date.toFixed(3)} (${datesRight}/${n})\n${misses.join('\n')}`);
    expect(n).toBe(60);
    expect({ author: author >= FLOORS.author, date: date >= FLOORS.date, misses }).toMatchObject({ author: true, date: true });
  }, 60_000);
});
