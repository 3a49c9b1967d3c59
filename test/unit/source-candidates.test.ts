/** Publication-name candidates and the feature vectors of both metadata rankers, on invented pages. */
import { describe, expect, it } from 'vitest';
import { mainRunStart } from '../../src/metadata/index.js';
import { longerVariant, SOURCE_FEATURES, shownSpelling, sourceCandidates, sourceVectors, spellingGroups, spellingOf } from '../../src/metadata/source.js';
import { TITLE_FEATURES, titleCandidates, titleVectors } from '../../src/metadata/title.js';
import { stopwordsOf } from '../../src/lexicon/stopwords.js';
import { creditOf } from '../../src/metadata/cues.js';
import { classified } from './pages.js';

const candidatesOf = (lines: string[]) => {
  const { page, labels } = classified(lines.join('\n'));
  return sourceCandidates(page, labels, stopwordsOf(page.language)).candidates;
};
const named = (lines: string[], cue: string) => candidatesOf(lines).filter((c) => c.cues.has(cue as never)).map((c) => c.name);

describe('publication-name candidates', () => {
  it('takes the whole name a page repeats, not the part that always comes with more', () => {
    const names = named(
      [
        'The Harbour Times', 'News', 'Sport', '',
        'A new ferry line opens in spring', '',
        'Readers of The Harbour Times asked about the timetable, and the company answered them on Monday evening.', '',
        'About The Harbour Times', 'Contact The Harbour Times',
      ],
      'repeated',
    );
    expect(names).toContain('The Harbour Times');
    expect(names).not.toContain('Harbour Times');
  });

  it.each([
    ['en', ['Subscribe to The Daily Lantern'], 'The Daily Lantern'],
    ['de', ['Rheinische Abendpost abonnieren'], 'Rheinische Abendpost'],
    ['fr', ['Abonnez-vous à La Gazette du Littoral'], 'La Gazette du Littoral'],
    ['es', ['Suscríbete a El Heraldo del Sur'], 'El Heraldo del Sur'],
    ['it', ['Abbonati a Gazzetta del Po'], 'Gazzetta del Po'],
  ])('reads a %s subscription prompt', (_lang, lines, name) => {
    expect(named(lines, 'subscribe')).toEqual([name]);
  });

  it.each([
    ['en', ['About The Quarry Gazette'], 'The Quarry Gazette'],
    ['en', ['Welcome to Lakeside Weekly'], 'Lakeside Weekly'],
    ['de', ['Über Bergblick Verlag'], 'Bergblick Verlag'],
    ['pt', ['Sobre a Folha do Vale'], 'Folha do Vale'],
    ['fr', ['Bienvenue sur Le Petit Riverain'], 'Le Petit Riverain'],
  ])('reads a %s "About X" or "Welcome to X" line', (_lang, lines, name) => {
    expect(named(lines, 'about')).toEqual([name]);
  });

  it('reads "X-Newsletter" and both holders of a copyright line joined by a spaced slash', () => {
    expect(named(['Talblatt-Newsletter'], 'newsletter')).toEqual(['Talblatt']);
    const holders = named(['Copyright © 2021 Nordkurier Digital / Beispiel Medien GmbH Alle Rechte vorbehalten.'], 'copyright');
    expect(holders).toEqual(expect.arrayContaining(['Nordkurier Digital', 'Beispiel Medien GmbH']));
  });

  it('keeps the dot of an association\'s "e.V." and reads a holder after a dash', () => {
    expect(named(['© 2022 Freunde des Stadtparks e.V.'], 'copyright')).toEqual(['Freunde des Stadtparks e.V.']);
    expect(named(['© 2023 - The Valley Courier. All Rights Reserved.'], 'copyright')).toEqual(['The Valley Courier']);
  });

  it('does not take a pronoun from a generic call to follow', () => {
    expect(named(['Follow us on Twitter', 'Subscribe to our newsletter'], 'subscribe')).toEqual([]);
  });

  it.each([
    ['© 2024 Lantern Media Group Ltd. All rights reserved.', 'Lantern Media Group Ltd', 'Lantern'],
    ['© 2023 Abendpost Verlag GmbH & Co. KG', 'Abendpost Verlag GmbH & Co', 'Abendpost'],
    ['Copyright © 2022 Gazette du Littoral SA. Tous droits réservés.', 'Gazette du Littoral SA', 'Gazette du Littoral'],
    ['© 2024 Heraldo del Sur S.L. Todos los derechos reservados.', 'Heraldo del Sur S.L', 'Heraldo del Sur'],
  ])('gives the copyright holder and its brand: %s', (line, holder, brand) => {
    expect(named([line], 'copyright')).toEqual([holder]);
    expect(named([line], 'copyright start')).toEqual([brand]);
  });

  it('does not take a picture credit for the copyright holder', () => {
    expect(named(['© Jane Doe/Reuters'], 'copyright')).toEqual([]);
  });

  it('takes a name said once after a word that introduces a site', () => {
    expect(named(['Jobs bei Talkurier', 'Impressum', 'Datenschutz'], 'context')).toContain('Talkurier');
    expect(named(['Alle Artikel auf Bergblick Online'], 'context')).toContain('Bergblick Online');
  });

  it('reads a domain in a longer line of the footer', () => {
    const line = 'Questions about this story or anything else on the site can be sent to the newsroom at any time via harbourtimes.net';
    expect(named([line], 'domain')).toContain('harbourtimes.net');
  });

  it('takes no "all rights reserved" for a name', () => {
    const names = candidatesOf(['Derechos Reservados', 'Inicio', 'Derechos Reservados']).map((c) => c.name);
    expect(names).not.toContain('Derechos Reservados');
  });

  it('drops the possessive from a name', () => {
    expect(named(['Welcome to The Daily Lantern’s new site', 'About The Daily Lantern', 'The Daily Lantern app'], 'repeated')).toContain(
      'The Daily Lantern',
    );
  });
});

describe('ranker feature vectors', () => {
  const page = [
    'Home', 'World', '', 'Storm Closes Harbour for Third Day', '', 'By Jane Doe', 'March 3, 2024', '',
    'The harbour stayed closed on Sunday as winds of more than 100 km/h kept ferries in port for a third day running.', '',
    'Port officials said they hoped to reopen on Monday, but warned that the backlog of freight would take a week to clear.', '',
    'Subscribe to The Coastal Herald', '© 2024 The Coastal Herald. All rights reserved.',
  ].join('\n');
  const { page: classifiedPage, labels } = classified(page);

  it('gives every headline candidate one value per named feature', () => {
    const first = mainRunStart(classifiedPage, labels);
    const x = titleVectors(classifiedPage, labels, first, titleCandidates(classifiedPage, labels, first));
    expect(x.length).toBeGreaterThan(0);
    for (const v of x) {
      expect(v).toHaveLength(TITLE_FEATURES.length);
      expect(v.every(Number.isFinite)).toBe(true);
    }
  });

  it('gives every name candidate one value per named feature', () => {
    const { candidates, stats } = sourceCandidates(classifiedPage, labels);
    const x = sourceVectors(classifiedPage, candidates, stats, 'Storm Closes Harbour for Third Day');
    expect(x.length).toBeGreaterThan(0);
    for (const v of x) {
      expect(v).toHaveLength(SOURCE_FEATURES.length);
      expect(v.every(Number.isFinite)).toBe(true);
    }
  });
});

describe('spellings of one name', () => {
  it.each([
    ['the coastal herald', 'coastal herald'],
    ['coastalherald.com', 'coastalherald'],
    ['www.coastalherald.co.uk', 'coastalherald'],
    ['coastal herald', 'coastal herald'],
    ['e.v.', 'e.v.'],
  ])('%s is spelled %s', (key, spelling) => {
    expect(spellingOf(key)).toBe(spelling);
  });
});

describe('spelling groups', () => {
  it('groups a name with its domain, its article and its hyphens, and nothing else', () => {
    const keys = ['the coastal herald', 'thecoastalherald.com', 'coastal herald', 'coastal-herald', 'www.coastalherald.org', 'coastal', 'herald weekly'];
    expect(spellingGroups(keys)).toEqual([0, 0, 0, 0, 0, 5, 6]);
  });
});

describe('credits handed on by an agency', () => {
  it.each([
    ['Jane Doe via Getty Images', 'Jane Doe via Getty Images'],
    ['State Archive via AP', 'State Archive via AP'],
    ['GETTY', 'GETTY'],
    ['SHUTTERSTOCK', 'SHUTTERSTOCK'],
  ])('reads %s', (line, credit) => {
    expect(creditOf(line, line.split(' ').length)).toBe(credit);
  });
  it('leaves lower-case words alone', () => {
    expect(creditOf('a map of the area', 5)).toBeNull();
  });
});

describe('the name as the page writes it', () => {
  it('gives a name that came in lower case (a domain\'s) the page\'s commonest spelling with capitals', () => {
    const { page } = classified(['VCN Account', 'Search VCN', '', 'Harbour closes for a third day', '', 'By Jane Roe, VCN News', '', 'https://www.vcn.example/news/harbour', '', 'Why you can trust VCN'].join('\n'));
    expect(shownSpelling(page, 'vcn')).toBe('VCN');
    expect(shownSpelling(page, 'harbour')).toBe('Harbour');
    expect(shownSpelling(page, 'Acme')).toBe('Acme');
    expect(shownSpelling(page, 'nowhere')).toBe('nowhere');
  });
});

describe('names that are no publication', () => {
  it('are no candidates: a legal page\'s name repeated in the furniture', () => {
    const lines = ['Privacy Policy', 'Home', '', 'Harbour closes for a third day', '',
      'Boats stayed in port on Sunday as the wind and the rain kept the fishing fleet at the quay for a third day.', '',
      'The harbour master said the ferry to the islands would run again once the storm had passed, perhaps on Tuesday.', '',
      'Privacy Policy', '© 2024 Valley Courier | Privacy Policy'];
    const names = candidatesOf(lines).map((c) => c.name);
    expect(names).not.toContain('Privacy Policy');
  });
});

describe('name features: domains, initials, menus, bylines, publication words', () => {
  const featureOf = (lines: string[], title: string | null) => {
    const { page, labels } = classified(lines.join('\n'));
    const sw = stopwordsOf(page.language);
    const { candidates, stats } = sourceCandidates(page, labels, sw);
    const x = sourceVectors(page, candidates, stats, title, sw);
    return (name: string, feature: string) => {
      const k = candidates.findIndex((c) => c.name === name);
      const j = SOURCE_FEATURES.indexOf(feature);
      expect(k, `candidate ${name}`).toBeGreaterThanOrEqual(0);
      expect(j, `feature ${feature}`).toBeGreaterThanOrEqual(0);
      return x[k]![j];
    };
  };
  const body = [
    'The harbour stayed closed on Sunday as winds of more than 100 km/h kept ferries in port for a third day running.', '',
    'Port officials said they hoped to reopen on Monday, but warned that the backlog of freight would take a week to clear.', '',
  ];
  const HEADLINE = 'Storm Closes Harbour for Third Day';
  /** The features of a story page: `top` (masthead, menu) over the headline, `under` it, the body, then `tail` (the footer). */
  const storyFeatures = (top: string[], tail: string[], under: string[] = []) => featureOf([...top, '', HEADLINE, '', ...under, ...body, ...tail], HEADLINE);

  it('backs a name the page\'s domain spells against its holder company', () => {
    const f = storyFeatures(['Coastal Herald', 'Home'], ['Visit coastalherald.com for more', '© 2024 Seaboard Holdings LLC']);
    expect(f('Coastal Herald', 'agrees with a domain, being none')).toBe(1);
    expect(f('Seaboard Holdings LLC', 'agrees with a domain, being none')).toBe(0);
    expect(f('Seaboard Holdings LLC', 'another name agrees with a domain, not it')).toBe(1);
    expect(f('Seaboard Holdings LLC', 'copyright holder, another name agrees with a domain')).toBe(1);
    expect(f('Coastal Herald', 'another name agrees with a domain, not it')).toBe(0);
    // A domain is no backing of itself.
    expect(f('coastalherald.com', 'agrees with a domain, being none')).toBe(0);
  });

  it('tells a name from its initials', () => {
    const f = storyFeatures(['Coastal Daily Herald', 'CDH', 'Home'], ['About CDH', '© 2024 Coastal Daily Herald']);
    expect(f('CDH', 'initials of a longer name on the page')).toBe(1);
    expect(f('Coastal Daily Herald', 'its initials are a name on the page')).toBe(1);
    expect(f('Coastal Daily Herald', 'initials of a longer name on the page')).toBe(0);
  });

  it('knows a name and the same name with a publication word', () => {
    const f = storyFeatures(['Lantern Magazine', 'Home', 'Blog'], ['About Lantern', '© 2024 Lantern']);
    expect(f('Lantern Magazine', 'ends with a publication word')).toBe(1);
    expect(f('Lantern Magazine', 'a name on the page and a publication word')).toBe(1);
    expect(f('Lantern', 'a name on the page is it and a publication word')).toBe(1);
    expect(f('Lantern', 'ends with a publication word')).toBe(0);
    // A publication word alone is no name with one.
    expect(f('Blog', 'ends with a publication word')).toBe(0);
  });

  it('marks a name first seen among short lines, and one sharing a word with a byline', () => {
    const f = storyFeatures(['Coastal Herald', '', 'World', 'Sport', 'Weather', 'Travel', 'Culture'], ['Jane Doe', 'Weather', 'Sport', '© 2024 Coastal Herald'], ['By Jane Doe', '']);
    expect(f('Weather', 'among short lines (a menu)')).toBe(1);
    expect(f('Coastal Herald', 'among short lines (a menu)')).toBe(0);
    expect(f('Coastal Herald', 'shares a word with a byline name')).toBe(0);
  });
});

describe('a longer variant of the best name', () => {
  const cand = (name: string) => ({ name, key: name.toLowerCase(), cues: new Set<never>(), block: 0 });
  const names = ['Lantern', 'Lantern Magazine', 'Lantern Media GmbH', 'lantern.co.uk', 'Lanterns Weekly', 'Weather'];
  const candidates = names.map(cand);
  const spelling = candidates.map((_, k) => k);

  it('answers the full name when the ranker gives it a fair share', () => {
    expect(longerVariant(candidates, spelling, [0.5, 0.1, 0.3, 0.3, 0.3, 0.05], 0)).toBe(1);
  });

  it('keeps the best name when the longer one has almost no share', () => {
    expect(longerVariant(candidates, spelling, [0.8, 0.01, 0.3, 0.3, 0.3, 0.05], 0)).toBe(0);
  });

  it('takes no holder company, domain, other word or name of its own spelling group for a variant', () => {
    expect(longerVariant(candidates, [0, 0, 2, 3, 4, 5], [0.5, 0.2, 0.3, 0.3, 0.3, 0.05], 0)).toBe(0);
    expect(longerVariant(candidates, spelling, [0.5, 0.01, 0.3, 0.3, 0.3, 0.05], 0)).toBe(0);
  });
});
