import { describe, expect, it } from 'vitest';
import { classify, fallback, maxSpan } from '../../src/blocks/classify.js';
import type { Label } from '../../src/types.js';
import { DEFAULT_MODEL } from '../../src/model/index.js';
import { preparePage } from '../../src/page/index.js';

/** The decision on each line of a page of these lines, each a paragraph of its own. */
function classified(lines: string[]) {
  const page = preparePage(lines.join('\n\n'));
  const r = classify(page, DEFAULT_MODEL);
  expect(page.length).toBe(lines.length);
  return lines.map((_, i) => ({ label: r.label[i]!, p: r.p[i]!, reasons: r.reasons![i]!, endMarker: page.table.endMarker[i]! > 0 }));
}

const PROSE = [
  'The river rose by two metres overnight, and the town council closed the old bridge to traffic on Tuesday morning.',
  'Engineers said the supports had been weakened by the spring floods and that repairs would take at least three months.',
  'Shops on the eastern bank said they had lost most of their customers since the closure, and asked for help from the region.',
];

describe('maxSpan', () => {
  it('finds the contiguous run with the largest sum', () => {
    expect(maxSpan([-1, 2, 3, -2, 4, -10, 1])).toEqual([1, 4]);
    expect(maxSpan([-1, -2])).toBeNull();
    expect(maxSpan([])).toBeNull();
  });
});

describe('classify', () => {
  it('keeps the main run of prose and drops menus and the tail', () => {
    const lines = ['Home', 'News', 'Sport', 'Weather', ...PROSE, 'Related', 'Another story headline here', 'Share'];
    const d = classified(lines);
    expect(d.map((x) => x.label)).toEqual([
      'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'body', 'body', 'boilerplate', 'boilerplate', 'boilerplate',
    ]);
    expect(d[7]!.endMarker).toBe(true);
    expect(d[4]!.p).toBeGreaterThan(0.5);
    expect(d[0]!.p).toBeLessThan(0.5);
    // Every decision explains itself.
    for (const x of d) expect(x.reasons.length).toBeGreaterThan(0);
  });
  it('keeps subheadings between paragraphs', () => {
    const d = classified([PROSE[0]!, 'What happens next', PROSE[1]!, PROSE[2]!]);
    expect(d.map((x) => x.label)).toEqual(['body', 'heading', 'body', 'body']);
  });
  it('keeps list items inside the article', () => {
    const input = [PROSE[0]!, '- sandbags', '- torches', PROSE[1]!];
    expect(classified(input).map((x) => x.label)).toEqual(['body', 'list', 'list', 'body']);
  });
  it('drops an appeal to the reader after the article', () => {
    const d = classified([
      ...PROSE,
      'A message from the editors:',
      'Dear readers,',
      'If you value our reporting, we need your help now: please support us and become a member today.',
      'Once',
      'Monthly',
      'Continue',
    ]);
    expect(d.slice(0, 3).map((x) => x.label)).toEqual(['body', 'body', 'body']);
    expect(d.slice(3).every((x) => x.label === 'boilerplate')).toBe(true);
  });
  it('returns no body when there is no prose', () => {
    const d = classified(['Home', 'About us', 'Contact']);
    expect(d.every((x) => x.label === 'boilerplate')).toBe(true);
  });
});

describe('a page where no block is sure enough', () => {
  const lines = ['Home', 'Shop', 'A blend of three coffees, roasted slowly for a mild taste.', 'Notes of fruit and flowers', 'Delivery is free', 'Cart'];
  const run = (p: number[]) => {
    const page = preparePage(lines.join('\n\n'));
    const label: Label[] = lines.map(() => 'boilerplate');
    const words = fallback(page.table, Float64Array.from(p), label, () => {});
    return { words, label };
  };
  it('keeps the blocks of some words close to its best block', () => {
    const { words, label } = run([0.01, 0.01, 0.4, 0.2, 0.02, 0.01]);
    expect(label).toEqual(['boilerplate', 'boilerplate', 'body', 'body', 'boilerplate', 'boilerplate']);
    expect(words).toBeGreaterThan(10);
  });
  it('keeps no date or byline, and nothing without a sentence', () => {
    const page = preparePage(['By Jane Doe', 'March 12, 2024', 'Council plans a new bridge over the river'].join('\n\n'));
    const label: Label[] = ['boilerplate', 'boilerplate', 'boilerplate'];
    expect(fallback(page.table, Float64Array.from([0.4, 0.4, 0.4]), label, () => {})).toBe(0);
    expect(label.every((l) => l === 'boilerplate')).toBe(true);
  });
  it('keeps nothing when even the best block is unlikely', () => {
    const { words, label } = run([0.01, 0.01, 0.1, 0.05, 0.02, 0.01]);
    expect(words).toBe(0);
    expect(label.every((l) => l === 'boilerplate')).toBe(true);
  });
});

describe('short lines in a row', () => {
  it('are list items, not headings; a short line alone before prose is a heading', () => {
    const recipe = [
      PROSE[0]!,
      PROSE[1]!,
      'Zutaten',
      '250 g Mehl',
      '125 g Butter',
      '2 Eier',
      'Den Teig aus Mehl, Butter und Eiern rasch zu einer glatten Kugel kneten und eine Stunde kühl stellen, bevor er ausgerollt wird.',
      'Schritt 2',
      'Den Teig dünn ausrollen, in die Form legen, mit der Füllung bestreichen und im vorgeheizten Ofen etwa vierzig Minuten backen.',
      PROSE[2]!,
    ];
    const labels = classified(recipe).map((x) => x.label);
    // Whatever the model keeps of the short lines, none of them is a heading unless it stands alone.
    const kept = labels.slice(2, 6).filter((l) => l !== 'boilerplate');
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept.every((l) => l === 'list')).toBe(true);
    expect(labels[7]).toBe('heading');
  });
});

describe('quantity lists', () => {
  const recipe = (ingredients: string[]) => [
    'Rezepte', 'Backen', 'Kochen', '',
    'Apfelkuchen vom Blech', '',
    'Zutaten für 12 Stücke', '',
    ...ingredients.flatMap((x) => [x]), '',
    'Zubereitung', '',
    'Die Butter mit dem Zucker schaumig rühren, dann die Eier nach und nach unterrühren und das Mehl mit dem Backpulver unterheben.', '',
    'Den Teig auf ein gefettetes Blech streichen, die Äpfel schälen, in Spalten schneiden und dicht an dicht darauf legen.', '',
    'Den Kuchen bei 180 Grad etwa vierzig Minuten backen und vor dem Servieren mit Puderzucker bestäuben.', '',
    'Weitere Rezepte', 'Pflaumenkuchen', 'Käsekuchen',
  ].join('\n');
  it('keeps a run of ingredient lines near the article as a list, with the labels of its parts', () => {
    const ingredients = ['Für den Teig:', '250 g Mehl', '125 g Butter', '2 Eier', '1 TL Backpulver', 'Für den Belag:', '1,5 kg Äpfel', '½ Zitrone'];
    const page = preparePage(recipe(ingredients));
    const r = classify(page, DEFAULT_MODEL);
    for (const item of ingredients) {
      const i = page.table.texts.indexOf(item);
      expect(r.label[i], item).toBe(item.endsWith(':') ? 'body' : 'list');
    }
    const i = page.table.texts.indexOf('250 g Mehl');
    expect(r.reasons![i]!.join(' ')).toContain('quantities');
  });
  it('keeps items named on the line above their quantity, and no listed teasers that start with a number or a year', () => {
    const named = ['Mehl', '250 g', 'Butter', '125 g', 'Eier', '2 Stück', 'Backpulver', '1 TL'];
    const page = preparePage(recipe(named));
    const r = classify(page, DEFAULT_MODEL);
    for (const item of named) expect(r.label[page.table.texts.indexOf(item)], item).toBe('list');
    const teasers = ['10 things in science you need to know today', 'Jane Doe', '2017 Harbour Festival draws record crowds', 'John Smith', '5 ways to keep your garden green in a drought', 'Jane Doe'];
    const other = preparePage(recipe(teasers));
    const labels = classify(other, DEFAULT_MODEL).label;
    for (const teaser of teasers) expect(labels[other.table.texts.indexOf(teaser)], teaser).toBe('boilerplate');
  });
  it('leaves fewer quantity lines, dates and menus alone', () => {
    const page = preparePage(recipe(['250 g Mehl', '10.10.2006', '3 Kommentare']));
    const r = classify(page, DEFAULT_MODEL);
    expect(r.label[page.table.texts.indexOf('3 Kommentare')]).toBe('boilerplate');
    expect(r.label[page.table.texts.indexOf('Käsekuchen')]).toBe('boilerplate');
  });
});

describe('the page footer', () => {
  const more = [
    'The mayor promised a temporary ferry for pedestrians and cyclists, to run every half hour from the old harbour steps.',
    'Residents of the villages upstream were told to keep sandbags ready, as more rain is forecast for the weekend.',
  ];
  const about = [
    'Founded in 1923, the society has published a yearbook of local history every spring, with essays by members and guests.',
    'Its library of maps, letters and photographs is open to researchers on weekday mornings, by appointment with the archivist.',
  ];
  it('ends the article: prose after the site\'s copyright line is dropped', () => {
    for (const footer of ['© 2024 The Valley Courier', 'Copyright 2021 Valley Media. All Rights Reserved.', 'Alle Rechte vorbehalten.']) {
      const labels = classified(['Home', 'News', 'Sport', ...PROSE, ...more, footer, ...about]);
      expect(labels.slice(3, 8).map((x) => x.label), footer).toEqual(Array(5).fill('body'));
      expect(labels.slice(8).map((x) => x.label), footer).toEqual(Array(3).fill('boilerplate'));
      expect(labels[9]!.reasons[0]).toContain('copyright');
    }
  });
  it('is not a picture\'s copyright, nor a copyright line above the article', () => {
    const labels = classified(['© 2024 The Valley Courier', 'Home', ...PROSE, 'Photo: © Jane Doe', ...more]).map((x) => x.label);
    expect(labels.slice(2, 5)).toEqual(['body', 'body', 'body']);
    expect(labels.slice(6)).toEqual(['body', 'body']);
  });
});

describe('schedules', () => {
  it('keeps the run of dated lines that the article\'s last line announces, and no run of dated teasers', () => {
    const stops = ['June 9 -- Harbour Arena, Easton, MD', 'June 12 -- Old Mill Pavilion, Dover, DE', 'June 14 -- Riverside Hall, Marston, PA', '16 June -- Town Hall, Millbrook, NY'];
    const page = preparePage(['Home', 'Music', '', ...PROSE, 'Tour dates:', ...stops, 'Share', 'Newsletter'].join('\n'));
    const r = classify(page, DEFAULT_MODEL);
    expect(r.label[page.table.texts.indexOf('Tour dates:')]).toBe('body');
    for (const stop of stops) expect(r.label[page.table.texts.indexOf(stop)], stop).toBe('list');
    expect(r.label[page.table.texts.indexOf('Share')]).toBe('boilerplate');
    const dates = preparePage(['March 12, 2024', 'March 12, 2024', 'March 12, 2024', '', ...PROSE].join('\n'));
    expect(classify(dates, DEFAULT_MODEL).label.slice(0, 3)).not.toContain('list');
    const teasers = ['June 9, 2024 Harbour festival draws record crowds', 'June 7, 2024 New ferry timetable for the summer', 'June 2, 2024 Council approves the bridge budget'];
    const other = preparePage(['Home', 'Music', '', ...PROSE, 'Latest', ...teasers].join('\n'));
    const labels = classify(other, DEFAULT_MODEL).label;
    for (const teaser of teasers) expect(labels[other.table.texts.indexOf(teaser)], teaser).toBe('boilerplate');
  });
});

describe('teasers cut off', () => {
  it('drops a run of three excerpts or more that each end with an ellipsis, not one that trails off', () => {
    const teasers = [
      'Council approves the bridge budget after a long debate on Monday evening, and the mayor said...',
      'Ferry timetable changes for the summer season, with boats to the islands every half hour from…',
      'Storm closes the harbour for a third day as the wind and the rain keep the fishing boats...',
    ];
    const trailing = 'The mayor did not say when the work would start, only that it would be soon...';
    const labels = classified(['Home', 'News', PROSE[0]!, trailing, PROSE[1]!, PROSE[2]!, ...teasers]).map((x) => x.label);
    expect(labels.slice(2, 6)).toEqual(['body', 'body', 'body', 'body']);
    expect(labels.slice(6)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
  });
});

describe('quantity lists on a page where no block was sure', () => {
  it('keeps the ingredients the fallback found as one list', () => {
    const lines = ['Início /', 'Receitas /', 'Bolos /', 'Bolo de Fubá', 'Enviar fotos', '', 'Ingredientes', '2 xícaras de fubá', '1 xícara de açúcar', '3 ovos', '1 colher de fermento', 'Como Fazer', '1.', 'Bata os ovos com o açúcar até obter um creme claro.', '2.', 'Junte o fubá e o fermento e misture bem.', '3.', 'Asse por quarenta minutos em forno médio.', '', 'Você também pode gostar', 'Bolo de Cenoura', 'Pudim'];
    const page = preparePage(lines.join('\n'));
    const r = classify(page, DEFAULT_MODEL);
    for (const item of ['2 xícaras de fubá', '1 xícara de açúcar', '3 ovos', '1 colher de fermento']) expect(r.label[page.table.texts.indexOf(item)], item).toBe('list');
    expect(r.label[page.table.texts.indexOf('Bolo de Cenoura')]).toBe('boilerplate');
  });
});
