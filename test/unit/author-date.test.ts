/**
 * Bylines and dates read off single lines, in several languages and scripts. Every line here
 * is invented.
 */
import { describe, expect, it } from 'vitest';
import { bylineOf, dateIn, nameBeforeDate, parseDate } from '../../src/metadata/index.js';
import { analyze, clean } from '../../src/index.js';
import { isPublishedDate, isUpdatedDate } from '../../src/metadata/cues.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const byline = (s: string) => bylineOf(s, words(s));
const named = (s: string) => nameBeforeDate(s, words(s));

describe('parseDate: CJK forms', () => {
  it('reads Japanese and Chinese dates, with and without a time', () => {
    expect(parseDate('2025年3月21日 14時30分')).toBe('2025-03-21T14:30');
    expect(parseDate('2025年3月21日')).toBe('2025-03-21');
    expect(parseDate('公開日：2024年11月2日(土) 9:05')).toBe('2024-11-02T09:05');
    expect(parseDate('发布时间：2023年7月8日 08:15')).toBe('2023-07-08T08:15');
  });
  it('reads Korean dates', () => {
    expect(parseDate('2025년 3월 21일')).toBe('2025-03-21');
    expect(parseDate('입력 2022년 12월 1일 10시 5분')).toBe('2022-12-01T10:05');
    expect(parseDate('기사입력 :[ 2021.06.15 09:40 ]')).toBe('2021-06-15T09:40');
    // Morning and afternoon words before a twelve-hour time.
    expect(parseDate('2025년 3월 21일 오후 2시 30분')).toBe('2025-03-21T14:30');
    expect(parseDate('2025년 3월 21일 오전 12:05')).toBe('2025-03-21T00:05');
    expect(parseDate('2025年3月21日 午後 3:10')).toBe('2025-03-21T15:10');
    expect(parseDate('2025年3月21日 下午 3:10')).toBe('2025-03-21T15:10');
  });
});

describe('parseDate: numeric forms', () => {
  it('reads day-first dotted dates and year-first dates', () => {
    expect(parseDate('Veröffentlicht am 21.03.2025')).toBe('2025-03-21');
    expect(parseDate('2025/03/21')).toBe('2025-03-21');
    expect(parseDate('2025.3.21')).toBe('2025-03-21');
  });
  it('takes the order the numbers allow, else the separator and the language', () => {
    expect(parseDate('21/03/2025')).toBe('2025-03-21');
    expect(parseDate('21/03/2025', 'en')).toBe('2025-03-21');
    expect(parseDate('03/21/2025', 'fr')).toBe('2025-03-21');
    expect(parseDate('11.14.2019 09:00 AM')).toBe('2019-11-14T09:00');
    expect(parseDate('04/05/2025', 'en')).toBe('2025-04-05');
    expect(parseDate('04/05/2025', 'es')).toBe('2025-05-04');
    expect(parseDate('04.05.2025')).toBe('2025-05-04');
  });
  it('reads two-digit years only in dotted dates', () => {
    expect(parseDate('Erstellt am 01.01.23 um 08:35')).toBe('2023-01-01T08:35');
    expect(parseDate('mardi 10.12.19')).toBe('2019-12-10');
    expect(parseDate('Version 1.2.3')).toBeNull();
    expect(parseDate('10/12/19')).toBeNull();
  });
  it('refuses impossible dates', () => {
    expect(parseDate('31.02.2024')).toBeNull();
    expect(parseDate('13/13/2024')).toBeNull();
    expect(parseDate('2024-13-01')).toBeNull();
  });
});

describe('parseDate: month names in many languages', () => {
  it.each([
    ['21 March 2025', '2025-03-21'],
    ['March 21st, 2025', '2025-03-21'],
    ['21. März 2025', '2025-03-21'],
    ['21 mars 2025', '2025-03-21'],
    ['1er mars 2025', '2025-03-01'],
    ['21 de marzo de 2025', '2025-03-21'],
    ['marzo 21, 2025', '2025-03-21'],
    ['21 marzo 2025', '2025-03-21'],
    ['21 de março de 2025', '2025-03-21'],
    ['21 maart 2025', '2025-03-21'],
    ['21 marca 2025', '2025-03-21'],
    ['21 марта 2025', '2025-03-21'],
    ['21 березня 2025', '2025-03-21'],
    ['21. března 2025', '2025-03-21'],
    ['21 Mart 2025', '2025-03-21'],
    ['2025. március 21.', '2025-03-21'],
    ['21 martie 2025', '2025-03-21'],
    ['21 Μαρτίου 2025', '2025-03-21'],
    ["21 d'abril de 2025", '2025-04-21'],
    ['21 augusti 2025', '2025-08-21'],
    ['21 / Dezember / 2025', '2025-12-21'],
    ['Dec 21 09:34 2025', '2025-12-21T09:34'],
    ['lundi 9 décembre 2019 à 09h08', '2019-12-09T09:08'],
  ])('%s', (line, iso) => {
    expect(parseDate(line)).toBe(iso);
  });
});

describe('parseDate: relative times and dates without a year are none', () => {
  it.each(['3 hours ago', 'vor 2 Stunden', 'il y a 3 jours', 'hace 5 minutos', 'Yesterday', 'Gestern, 14:30', 'Nov 19, 6:51 AM', '2 days', '3 giorni fa', '1 день назад'])(
    '%s',
    (line) => {
      expect(parseDate(line)).toBeNull();
    },
  );
});

describe('dateIn: the leftmost date and its label', () => {
  it('takes the first date of a line and tells publication from update', () => {
    const line = 'Published: 28 Apr, 2020. Updated: Tue 29 Apr 2020 08:11';
    const found = dateIn(line)!;
    expect(found.iso).toBe('2020-04-28');
    expect(isUpdatedDate(line, found.index)).toBe(false);
    const updated = 'Updated: 29 Apr 2020';
    expect(isUpdatedDate(updated, dateIn(updated)!.index)).toBe(true);
    const both = 'Zuletzt geändert am 06.11.2023';
    expect(isUpdatedDate(both, dateIn(both)!.index)).toBe(true);
    const first = 'First published: Tuesday, November 19, 2019 08:38 AM';
    expect(isPublishedDate(first, dateIn(first)!.index)).toBe(true);
    // "Standard" holds "stand", a word of a modification date, but is none.
    const standard = 'Standard-Ausgabe 12.03.2020';
    expect(isUpdatedDate(standard, dateIn(standard)!.index)).toBe(false);
  });
});

describe('bylineOf: prefixes in many languages', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['Von Lena Maier und Tom Berger', ['Lena Maier', 'Tom Berger']],
    ['Par Jean-Luc Moreau', ['Jean-Luc Moreau']],
    ['Por María José de la Fuente', ['María José de la Fuente']],
    ['Di Giulia Ferri', ['Giulia Ferri']],
    ['Autor: Piotr Nowak', ['Piotr Nowak']],
    ['Autorin: Anna van der Berg', ['Anna van der Berg']],
    ['By Ludwig van Hoven and Ana Ruiz', ['Ludwig van Hoven', 'Ana Ruiz']],
    ['Por Ana Ruiz @anaruiz -', ['Ana Ruiz']],
    ['By Tom Hale@tomhale Nov 18, 2019, 11:47am EST', ['Tom Hale']],
    ['Posted by Mia Chen, ACME Project Marketing, Example', ['Mia Chen']],
    ['Article by Jane Doe', ['Jane Doe']],
    ['Artikel von Lena Maier', ['Lena Maier']],
    ['Ein Beitrag von Tom Berger', null],
  ])('%s', (line, names) => {
    expect(byline(line)).toEqual(names);
  });

  it('reads a name before its role', () => {
    expect(byline('Jane Doe | Reporter')).toEqual(['Jane Doe']);
    expect(byline('Tom Berger, Staff Writer')).toEqual(['Tom Berger']);
    expect(byline('Opinion Columnist')).toBeNull();
  });

  it('reads a byline among the parts of a dated line', () => {
    expect(byline('8. Januar 2020 · by Aureliana Rossi · in Gefühle')).toEqual(['Aureliana Rossi']);
    expect(byline('19.03.2019 11:45 | von Inga Keller')).toEqual(['Inga Keller']);
    expect(byline('Home / by Category')).toBeNull();
  });

  it('never takes a UI label, an account or a share row for a name', () => {
    expect(byline('By admin')).toBeNull();
    expect(byline('By Email')).toBeNull();
    expect(byline('Sort by Date')).toBeNull();
    expect(byline('By clicking you agree to our terms')).toBeNull();
    expect(byline('Share on Facebook Twitter WhatsApp')).toBeNull();
    expect(byline('Von Risiken und Nebenwirkungen')).toBeNull();
    expect(byline('Von Redaktion')).toBeNull();
  });
});

describe('nameBeforeDate', () => {
  it('reads a name written right before a date or a handle', () => {
    expect(named('Carla Nadal 27/09/2018 Comment! Music')).toEqual(['Carla Nadal']);
    expect(named('Gert Frank / 22.04.2020 / 06:15 / 150')).toEqual(['Gert Frank']);
    expect(named('Marie Merle | lundi 9 décembre 2019 à 09h08')).toEqual(['Marie Merle']);
    expect(named('Lena Maier am 4. Februar 2022 um 11:23')).toEqual(['Lena Maier']);
    expect(named('Eva Korn Zuletzt geändert am 06.11.2023')).toEqual(['Eva Korn']);
    expect(named('Kate Shore @kateshore / 2 days')).toEqual(['Kate Shore']);
  });
  it('takes no agency, outlet, label or dateline for a name', () => {
    expect(named('Associated Press November 19, 2019, 9:02 AM')).toBeNull();
    expect(named('Reuters November 18, 2019 11:03 PM')).toBeNull();
    expect(named('The Daily Lantern 02/10/2020')).toBeNull();
    expect(named('Press Release 02. November 2021')).toBeNull();
    expect(named('Image Copyright @Someone')).toBeNull();
    expect(named('Last Updated March 3, 2020')).toBeNull();
    expect(named('Wednesday 20 November 2019 9:22 am')).toBeNull();
    expect(named('ACME Evening News April 25, 2022')).toBeNull();
    expect(named('Jane Doe wrote about it on 3 May 2019')).toBeNull();
  });
});

describe('clean: author and date of a page', () => {
  const page = (header: string[]) =>
    [
      'Home',
      'News',
      'Rivers Rise Across the Northern Valleys',
      ...header,
      '',
      'Heavy rain on Sunday swept away two bridges and cut off three mountain villages in the north, officials said on Monday.',
      '',
      'The regional governor, who visited the area on Monday afternoon, said an inquiry would look into why the warnings came late.',
      '',
      'Residents described water rising within minutes, and several families spent the night on the roofs of their houses.',
      '',
    ].join('\n');

  it('reads the byline and the date under the headline', () => {
    const a = clean(page(['By Jane Doe and John Roe', '21. März 2025, 14:30 Uhr']));
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(a.date).toBe('2025-03-21T14:30');
  });

  it('gives no date for a relative time', () => {
    const a = clean(page(['Por Ana Ruiz', 'hace 3 horas']));
    expect(a.authors).toEqual(['Ana Ruiz']);
    expect(a.date).toBeNull();
  });

  it('reads a CJK date, and keeps the evidence of both fields for --explain', () => {
    const { article, evidence, blocks } = analyze(page(['Lena Maier | 2025年3月21日 14時30分']));
    expect(article.date).toBe('2025-03-21T14:30');
    expect(article.authors).toEqual(['Lena Maier']);
    const date = evidence.find((e) => e.field === 'date')!;
    const author = evidence.find((e) => e.field === 'author')!;
    expect(date).toMatchObject({ value: '2025-03-21T14:30', reason: 'date near the headline' });
    expect(author).toMatchObject({ value: 'Lena Maier', reason: 'name before a date' });
    expect(blocks[date.block!]!.text).toContain('2025年3月21日');
    expect(blocks[author.block!]!.label).toBe('metadata');
  });
});

describe('clean: bylines and dates right above the headline', () => {
  it('takes them out of the body, the byline for the author', () => {
    const a = analyze(
      [
        'Home', 'City', '', 'By Jane Roe', 'March 12, 2024', '', 'Council Approves New Cycle Lanes', '',
        'The council approved the new cycle lanes on Tuesday after a debate that lasted well into the evening.', '',
        'Work on the first section along the river is to start in the spring and should be finished by the end of the summer.', '',
      ].join('\n'),
    );
    expect(a.article.title).toBe('Council Approves New Cycle Lanes');
    expect(a.article.author).toBe('Jane Roe');
    expect(a.article.date).toBe('2024-03-12');
    expect(a.article.text).not.toMatch(/Jane Roe|March 12/);
  });
});

describe('clean: a box of labelled metadata below the article', () => {
  const body = [
    'The council approved the new cycle lanes on Tuesday after a debate that lasted well into the evening.', '',
    'Work on the first section along the river is to start in the spring and should be finished by the end of the summer.', '',
  ];
  it('takes an author\'s label next to a date, where the header gave neither', () => {
    const a = analyze(['Home', 'City', '', 'Council Approves New Cycle Lanes', '', ...body, 'Date 19.01.2024', 'Author Jane Roe', 'Keywords cycling, council', ''].join('\n'));
    expect(a.article.author).toBe('Jane Roe');
    expect(a.article.date).toBe('2024-01-19');
  });
  it('takes no teaser\'s "By" line next to a date for the article\'s', () => {
    const long = Array.from({ length: 8 }, (_, k) => [`Paragraph ${k + 1}: ${body[0]}`, '', `${body[2]} (${k + 1})`, '']).flat();
    const a = analyze(['Home', 'City', '', 'Council Approves New Cycle Lanes', '', ...long, 'More from City', 'Bus fares to rise in March', 'By Tom Roe', 'March 2, 2024', ''].join('\n'));
    expect(a.evidence.filter((e) => e.field === 'author' && e.reason.includes('box of metadata'))).toEqual([]);
  });
});

