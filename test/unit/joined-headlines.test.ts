/**
 * A headline that fills a wrapper's margin is joined by the layout stage to the line under it
 * (a byline, a label), and a headline under a line that filled it (a link, a teaser) to that
 * line: the layout stage keeps the first and last input lines of joined lines (Layout.heads,
 * tails), the page reads them as parts of their line (Page.heads, tails), and the headline
 * search offers those that may stand apart as candidates of their own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/blocks/classify.js';
import { DEFAULT_MODEL } from '../../src/model/index.js';
import { extractMetadata, mainRunStart } from '../../src/metadata/index.js';
import { TITLE_FEATURES, titleCandidates, titleVectors } from '../../src/metadata/title.js';
import { readPage } from '../../src/page/index.js';
import { rebuildParagraphs } from '../../src/page/layout.js';
import { clean } from '../../src/index.js';

/** Greedy word wrap at 76 columns, as the benchmark's wrap layout does it (shorter lines stay as they are). */
function wrap76(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= 76) return line;
      const rows: string[] = [];
      let row = '';
      for (const word of line.split(' ')) {
        if (row && `${row} ${word}`.length > 76) {
          rows.push(row);
          row = word;
        } else row = row ? `${row} ${word}` : word;
      }
      rows.push(row);
      return rows.join('\n');
    })
    .join('\n');
}

// 74 characters: the byline's first word would not have fitted after it.
const HEADLINE = 'Storm Closes the Northern Harbour for a Third Day as Ferries Stay in Port';
const BODY = [
  'The harbour stayed closed on Sunday as winds of more than 100 km/h kept ferries in port for a third day running, and the coastguard said it expected no change before Tuesday.',
  'Port officials said they hoped to reopen on Monday, but warned that the backlog of freight waiting on the quays would take at least a week to clear once the ships could sail.',
  'Cyclists and walkers were asked to keep away from the sea front, where waves broke over the wall for most of the afternoon and several benches were carried off.',
];
const page = (under: string) => wrap76(['Home', 'News', 'Weather', HEADLINE, under, '', ...BODY.flatMap((p) => [p, ''])].join('\n'));

/** The headline candidates' texts of a wrapped page whose headline stands over the line `under`. */
function candidateTexts(headline: string, under: string): string[] {
  const text = wrap76(['Home', 'News', headline, under, '', ...BODY.flatMap((b) => [b, ''])].join('\n'));
  const { page: p } = readPage(text);
  const labels = classify(p, DEFAULT_MODEL, false);
  return titleCandidates(p, labels, mainRunStart(p, labels)).map((c) => p.text(c));
}

describe('headlines joined to the line under them', () => {
  it('keeps the first and the last input lines of a joined line', () => {
    const layout = rebuildParagraphs(page('Maria Lindqvist'));
    const lines = layout.text.split('\n');
    const at = lines.indexOf(`${HEADLINE} Maria Lindqvist`) + 1;
    expect(at).toBeGreaterThan(0);
    expect(layout.heads.get(at)).toEqual([HEADLINE]);
    expect(layout.tails.get(at)).toEqual(['Maria Lindqvist']);
    // A paragraph wrapped in three: its first one and two lines, its last one and two.
    const para = lines.indexOf(BODY[0]!) + 1;
    const rows = wrap76(BODY[0]!).split('\n');
    expect(layout.heads.get(para)).toEqual([rows[0], `${rows[0]} ${rows[1]}`]);
    expect(layout.tails.get(para)).toEqual([rows.at(-1), `${rows.at(-2)} ${rows.at(-1)}`]);
  });

  it('reads them as parts of their line, numbered from the page length on', () => {
    const { page: p } = readPage(page('Maria Lindqvist'));
    const i = p.table.texts.indexOf(`${HEADLINE} Maria Lindqvist`);
    expect(p.heads(i)).toEqual([HEADLINE]);
    expect(p.tails(i)).toEqual(['Maria Lindqvist']);
    const head = p.part(i, HEADLINE, false);
    const tail = p.part(i, 'Maria Lindqvist', true);
    expect(head).toBeGreaterThanOrEqual(p.length);
    expect(p.text(head!)).toBe(HEADLINE);
    expect(p.blockOf(head!)).toBe(i);
    expect(p.isTail(head!)).toBe(false);
    expect(p.text(tail!)).toBe('Maria Lindqvist');
    expect(p.isTail(tail!)).toBe(true);
    expect(p.words(head!)).toBe(HEADLINE.split(' ').length);
    // Asked again, the same number.
    expect(p.part(i, HEADLINE, false)).toBe(head);
  });

  it('offers the headline alone as a candidate when a name stands under it', () => {
    const { page: p } = readPage(page('Maria Lindqvist'));
    const labels = classify(p, DEFAULT_MODEL, false);
    const first = mainRunStart(p, labels);
    const candidates = titleCandidates(p, labels, first);
    const head = candidates.find((c) => p.text(c) === HEADLINE);
    expect(head).toBeDefined();
    const x = titleVectors(p, labels, first, candidates);
    const k = candidates.indexOf(head!);
    expect(x[k]![TITLE_FEATURES.indexOf('first lines of a joined line')]).toBe(1);
    expect(x[k]![TITLE_FEATURES.indexOf('joined to a name or label')]).toBe(1);
  });

  it('offers a title-case headline that ends with a capitalised function word', () => {
    // "Up" is a stopword, but capitalised it ends the headline; the name under it goes on nothing.
    const upper = 'Storm Closes the Northern Harbour for a Third Day as Ferries Stay Tied Up';
    expect(candidateTexts(upper, 'Maria Lindqvist')).toContain(upper);
  });

  it('offers a headline that ends a question over a subtitle that starts anew', () => {
    const question = 'Will the Storm Close the Northern Harbour for a Third Day as Ferries Wait?';
    expect(question.length + 1 + 'Officials'.length).toBeGreaterThan(75);
    // A subtitle of two lines, so that the layout stage joins the three.
    const subtitle = 'Officials expect the winds to ease before the weekend, but the coastguard warns of a long backlog';
    expect(subtitle.length).toBeGreaterThan(76);
    expect(candidateTexts(question, subtitle)).toContain(question);
  });

  it('offers the headline over a byline that starts in lower case', () => {
    expect(candidateTexts(HEADLINE, 'von Maria Lindqvist')).toContain(HEADLINE);
  });

  it('does not offer a first line that goes on a sentence', () => {
    // Under a line that ends with a function word, or over one in lower case, the sentence goes on.
    for (const [upper, under] of [
      ['Storm Closes the Northern Harbour for a Third Day as Ferries Stay in the', 'Port'],
      ['Storm Closes the Northern Harbour for a Third Day as Ferries Stay in Port', 'again today'],
    ] as const) {
      expect(candidateTexts(upper, under)).not.toContain(upper);
    }
  });

  it('offers a headline that ends with a word stopword lists hold when a date or a byline stands under it', () => {
    // "open" is on the English list; under it a time stamp, not a sentence's next words.
    const open = 'Storm Closes the Northern Harbour but the Ferry Terminal Stays Open for now';
    expect(candidateTexts(open, 'Updated May 3, 6:55 AM')).toContain(open);
    expect(candidateTexts(open, 'By Maria Lindqvist')).toContain(open);
    // Over a name, a short function word goes on a sentence ("for now / Maria Lindqvist said");
    // a long one ends the headline ("... again / Maria Lindqvist").
    expect(candidateTexts(open, 'Maria Lindqvist')).not.toContain(open);
    const again = 'Storm Closes the Northern Harbour as the Ferry Terminal Floods Once again';
    expect(candidateTexts(again, 'Maria Lindqvist')).toContain(again);
    const the = 'Storm Closes the Northern Harbour as Ferries Wait Outside Its Gates for the';
    expect(candidateTexts(the, 'Maria Lindqvist')).not.toContain(the);
  });

  it('offers the headline over a line that starts with a date (a dateline with sections)', () => {
    expect(candidateTexts(HEADLINE, '03.05.2024 / Weather / Coast / Transport / Regional News / Ferries / Harbour Authority / Shipping')).toContain(HEADLINE);
  });

  it('offers the last line of a joined line when what comes before it ends with it, a link or a date', () => {
    const headline = 'Storm Closes the Harbour';
    for (const above of [
      // A trail whose last item is the headline, over the headline.
      'Home News Weather Coast Transport Regional Ferries Storm Closes the Harbour',
      'Read it later at the address: www.example.org/weather/storm-harbour.html',
      'Weather and Coast Transport updates by the regional desk on 3 May 2024',
      // A list of links whose items end with commas; a site's domain name; a pager's link.
      'Weather, Coast, Transport, Regional News, Ferries, Harbour Authority, Ships,',
      '« Older post: The regional weather desk looks back at the winter floods',
      'Updated by the regional weather and coast desk | Source: Example-News.com',
    ]) {
      expect(above.length + 1 + 'Storm'.length).toBeGreaterThan(75);
      const text = wrap76(['Home', 'News', above, headline, '', ...BODY.flatMap((b) => [b, ''])].join('\n'));
      const { page: p } = readPage(text);
      expect(p.table.texts).toContain(`${above} ${headline}`);
      const labels = classify(p, DEFAULT_MODEL, false);
      const texts = titleCandidates(p, labels, mainRunStart(p, labels)).map((c) => p.text(c));
      expect(texts).toContain(headline);
    }
  });

  it('does not offer a quotation that goes on a sentence as the last line of a joined line', () => {
    const above = 'The Harbour Festival Comes Back with Brass Bands and Boat Races Again at the';
    const quoted = '‘Old Quay Weekend’ in May';
    expect(above.length + 1 + '‘Old'.length).toBeGreaterThan(75);
    const text = wrap76(['Home', 'News', above, quoted, '', ...BODY.flatMap((b) => [b, ''])].join('\n'));
    const { page: p } = readPage(text);
    expect(p.table.texts).toContain(`${above} ${quoted}`);
    const labels = classify(p, DEFAULT_MODEL, false);
    expect(titleCandidates(p, labels, mainRunStart(p, labels)).map((c) => p.text(c))).not.toContain(quoted);
  });

  it('does not count a line that repeats the whole joined line as quoting its head', () => {
    // A headline wrapped in two, its second line one word (a label, so its first line is offered
    // alone too), and the whole headline repeated in a share line further down.
    const wrapped = 'Storm Closes the Northern Harbour for a Third Day as Ferries Wait in Calmer';
    const headline = `${wrapped} Waters`;
    const text = wrap76(['Home', 'News', headline, '', ...BODY.flatMap((b) => [b, '']), `Share: ${headline}`].join('\n'));
    const { page: p } = readPage(text);
    const labels = classify(p, DEFAULT_MODEL, false);
    const first = mainRunStart(p, labels);
    const candidates = titleCandidates(p, labels, first);
    const texts = candidates.map((c) => p.text(c));
    expect(texts).toContain(wrapped);
    expect(texts).toContain(headline);
    const x = titleVectors(p, labels, first, candidates);
    const quoted = TITLE_FEATURES.indexOf('quoted in another line');
    expect(x[texts.indexOf(headline)]![quoted]).toBe(1);
    expect(x[texts.indexOf(wrapped)]![quoted]).toBe(0);
  });

  it('does not offer a joined line that ends with a byline or a date line as a headline whole', () => {
    for (const under of ['By Maria Lindqvist', 'von Maria Lindqvist', 'May 3, 2024 6:55 AM']) {
      const texts = candidateTexts(HEADLINE, under);
      expect(texts).toContain(HEADLINE);
      expect(texts).not.toContain(`${HEADLINE} ${under}`);
    }
    // A name under it may be the headline's last words.
    expect(candidateTexts(HEADLINE, 'Maria Lindqvist')).toContain(`${HEADLINE} Maria Lindqvist`);
  });

  it('offers the headline over a name followed by a handle or a date, and not the joined line whole', () => {
    for (const under of ['Maria Lindqvist @mlindqvist / 2 days', 'Maria Lindqvist 03.05.2024']) {
      const texts = candidateTexts(HEADLINE, under);
      expect(texts).toContain(HEADLINE);
      expect(texts).not.toContain(`${HEADLINE} ${under}`);
    }
  });

  it('does not offer the first line of a long paragraph as a headline', () => {
    // A first line that ends no sentence, the rest of a long paragraph (more words than
    // HEAD_REST_MAX_WORDS) after it: the body's first paragraph, not a headline over a standfirst.
    const first = 'Storm Closes the Northern Harbour for a Third Day as Ferries Stay in Port';
    const standfirst = 'Ferries stay in port and the coastguard expects no change before Tuesday.';
    const rest = `${standfirst} ${BODY[1]}`;
    expect(rest.split(' ').length).toBeGreaterThan(30);
    expect(candidateTexts(first, rest)).not.toContain(first);
    // A standfirst of a sentence under it may stand apart.
    expect(candidateTexts(first, standfirst)).toContain(first);
  });

  it('offers a first line that the page gives elsewhere as a line of its own, whatever is under it', () => {
    // A line in title case under the title-case headline (it may go on the headline): not a
    // standfirst, not a name; the headline alone stands again in a list of the site's stories further down.
    const deck = 'Ferries Wait in Port as Winds Sweep the Coast Again';
    const lines = (more: string[]) => wrap76(['Home', 'News', HEADLINE, deck, '', ...BODY.flatMap((b) => [b, '']), ...more].join('\n'));
    const texts = (text: string) => {
      const { page: p } = readPage(text);
      expect(p.table.texts).toContain(`${HEADLINE} ${deck}`);
      const labels = classify(p, DEFAULT_MODEL, false);
      return titleCandidates(p, labels, mainRunStart(p, labels)).map((c) => p.text(c));
    };
    expect(texts(lines(['Most read', 'Tram Line Reopens After Repairs', ''])).includes(HEADLINE)).toBe(false);
    expect(texts(lines(['Most read', 'Tram Line Reopens After Repairs', HEADLINE, '']))).toContain(HEADLINE);
    // The same in German.
    const titel = 'Sturm schließt den nördlichen Hafen zum dritten Tag in Folge, Fähren warten';
    // (Longer than a deck, and no paragraph: it ends no sentence.)
    const unter = 'Die Küstenwache rechnet mit Windböen von mehr als 100 km/h bis zum Dienstag und warnt alle Segler und Fischer an der Küste davor auszulaufen';
    const german = (more: string[]) => wrap76(['Start', 'Nachrichten', titel, unter, '', ...BODY.flatMap((b) => [b, '']), ...more].join('\n'));
    const { page: p } = readPage(german(['Meistgelesen', titel, '']));
    const labels = classify(p, DEFAULT_MODEL, false);
    expect(titleCandidates(p, labels, mainRunStart(p, labels)).map((c) => p.text(c))).toContain(titel);
  });

  it('offers a headline over a deck, a subtitle that ends no sentence, in English and German', () => {
    // Sentence case over sentence case: the deck starts anew.
    const headline = 'Storm closes the northern harbour for a third day as ferries stay in port';
    const deck = 'Winds of more than 100 km/h are expected to ease before the weekend';
    expect(headline.length + 1 + 'Winds'.length).toBeGreaterThan(76);
    expect(candidateTexts(headline, deck)).toContain(headline);
    const titel = 'Sturm schließt den nördlichen Hafen zum dritten Tag in Folge, Fähren warten';
    const unter = 'Küstenwache rechnet mit Windböen von mehr als 100 km/h bis zum Dienstag';
    expect(titel.length).toBeLessThanOrEqual(76);
    expect(titel.length + 1 + 'Küstenwache'.length).toBeGreaterThan(76);
    expect(candidateTexts(titel, unter)).toContain(titel);
  });

  it('does not offer the first line of a headline wrapped in title case, or one that leaves a quotation open', () => {
    // "… the Ferry" / "Terminal Reopens …": a title-case headline goes on in title case.
    const first = 'Storm Closes the Northern Harbour for Days as Ferries Wait Outside the Ferry';
    expect(first.length).toBeLessThanOrEqual(76);
    expect(candidateTexts(first, 'Terminal Stays Closed Until Monday Morning')).not.toContain(first);
    const quote = 'Harbour Master Says the Storm Is ‘The Worst in Living Memory on This Coast';
    expect(quote.length).toBeLessThanOrEqual(76);
    expect(candidateTexts(quote, 'Towns’ as winds of more than 100 km/h keep ferries in port')).not.toContain(quote);
  });

  it('gives the headline from the input, whichever candidate wins', () => {
    const text = page('Maria Lindqvist');
    const title = clean(text).title;
    expect(title === null || text.replace(/\n/g, ' ').includes(title)).toBe(true);
    const { page: p } = readPage(text);
    const labels = classify(p, DEFAULT_MODEL, false);
    const meta = extractMetadata(p, labels, DEFAULT_MODEL.title, DEFAULT_MODEL.source);
    if (meta.title !== null) expect([HEADLINE, `${HEADLINE} Maria Lindqvist`]).toContain(meta.title);
  });

  it('offers the last line of a joined line when what comes before it is closed (a link)', () => {
    const link = 'https://example.org/news/weather/storm-closes-northern-harbour-third-day';
    const text = wrap76(['Home', 'News', link, 'Storm Closes the Harbour', '', ...BODY.flatMap((b) => [b, ''])].join('\n'));
    const { page: p } = readPage(text);
    const i = p.table.texts.indexOf(`${link} Storm Closes the Harbour`);
    expect(i).toBeGreaterThanOrEqual(0);
    const labels = classify(p, DEFAULT_MODEL, false);
    const candidates = titleCandidates(p, labels, mainRunStart(p, labels));
    const tail = candidates.find((c) => p.text(c) === 'Storm Closes the Harbour');
    expect(tail).toBeDefined();
    expect(p.isTail(tail!)).toBe(true);
  });
});
