/**
 * Lines the headline search does not offer as candidates, on invented pages in English and
 * German: what stands around a headline and is shaped as one, but is page furniture.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/blocks/classify.js';
import { DEFAULT_MODEL } from '../../src/model/index.js';
import { mainRunStart } from '../../src/metadata/index.js';
import { titleCandidates } from '../../src/metadata/title.js';
import { readPage } from '../../src/page/index.js';

const BODY_EN = [
  'When I moved to the valley ten years ago, the river still froze every winter, and the children of the village skated on it from Christmas until the end of February.',
  'Last winter it did not freeze once. The skating club sold its hut, and the old men who used to sweep the ice now talk about the weather as if it were a stranger.',
  'The town council has asked the university to measure the water temperature every week, and the first results will be presented at a public meeting in the spring.',
];
const BODY_DE = [
  'Als ich vor zehn Jahren ins Tal zog, fror der Fluss noch jeden Winter zu, und die Kinder des Dorfes liefen von Weihnachten bis Ende Februar auf ihm Schlittschuh.',
  'Im letzten Winter fror er kein einziges Mal. Der Eislaufverein hat seine Hütte verkauft, und die alten Männer, die früher das Eis fegten, reden jetzt über das Wetter.',
  'Der Gemeinderat hat die Universität gebeten, die Wassertemperatur jede Woche zu messen; die ersten Ergebnisse werden im Frühjahr öffentlich vorgestellt.',
];

/** The texts of the headline candidates of a page made of `lines`. */
function candidates(lines: string[]): string[] {
  const { page } = readPage(lines.join('\n'));
  const labels = classify(page, DEFAULT_MODEL, false);
  return titleCandidates(page, labels, mainRunStart(page, labels)).map((c) => page.text(c));
}

describe('an author bio under their name', () => {
  it('is not offered as a headline', () => {
    const bio = 'Assistant professor of environmental history at Northfield University';
    const en = candidates(['Menu', 'Ideas', '', 'What Will Our Winters Look Like?', '', 'March 3, 2024', 'Jane Q. Doe', bio, '', ...BODY_EN.flatMap((b) => [b, ''])]);
    expect(en).toContain('What Will Our Winters Look Like?');
    expect(en).not.toContain(bio);
    const bioDe = 'Freie Journalistin und Autorin in Hamburg';
    const de = candidates(['Menü', 'Meinung', '', 'Wie werden unsere Winter aussehen?', '', '03.03.2024', 'Erika Beispiel', bioDe, '', ...BODY_DE.flatMap((b) => [b, ''])]);
    expect(de).toContain('Wie werden unsere Winter aussehen?');
    expect(de).not.toContain(bioDe);
  });

  it('still offers a line that names a role when no name stands over it', () => {
    const line = 'Freie Journalistin und Autorin in Hamburg';
    expect(candidates(['Menü', 'Meinung', '', line, '', '03.03.2024', ...BODY_DE.flatMap((b) => [b, ''])])).toContain(line);
  });
});

describe('a headline that ends with a full stop', () => {
  it('is offered when it is a sentence or two of a few words, not when it is a standfirst', () => {
    const headline = 'The river froze every winter. Last year it did not.';
    const standfirst = 'For the first time in living memory the skating club could not open its season, and the old ice hut has been sold.';
    const en = candidates(['Menu', 'Climate', '', headline, '', standfirst, '', 'March 3, 2024', '', ...BODY_EN.flatMap((b) => [b, ''])]);
    expect(en).toContain(headline);
    expect(en).not.toContain(standfirst);
    const headlineDe = 'Der Fluss fror jeden Winter zu. Letztes Jahr nicht mehr.';
    const de = candidates(['Menü', 'Klima', '', headlineDe, '', '03.03.2024', '', ...BODY_DE.flatMap((b) => [b, ''])]);
    expect(de).toContain(headlineDe);
  });

  it('is not offered when it stands under a headline as its standfirst, but is under a byline or a date', () => {
    const headline = 'Five Winters Without Ice on the River';
    const standfirst = 'Our reporter went back to the valley where the children used to skate.';
    const en = candidates(['Menu', 'Climate', '', headline, '', standfirst, '', ...BODY_EN.flatMap((b) => [b, ''])]);
    expect(en).toContain(headline);
    expect(en).not.toContain(standfirst);
    const sentence = 'Laufen im Winter: Von „bäh!“ zu „yeah!“ in zwölf Monaten.';
    const de = candidates(['Menü', 'Sport', '', 'Veröffentlicht am 10. Februar 2019 von Erika Beispiel', sentence, '', ...BODY_DE.flatMap((b) => [b, ''])]);
    expect(de).toContain(sentence);
  });
});
