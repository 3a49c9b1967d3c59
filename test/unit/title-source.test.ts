/** Headline and publication name, found by the bundled rankers on invented pages in four languages. */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const page = (lines: string[]) => lines.join('\n');

const pages = {
  en: page([
    'Menu', 'News', 'Sport', 'Business', '',
    'City Council Approves New Cycle Lanes on the Ring Road', '',
    'By Sarah Mills', 'April 2, 2024', '',
    'The city council voted on Tuesday to build protected cycle lanes along the whole of the ring road, a project that will take three years and cost about 40 million pounds.', '',
    'Cyclists welcomed the decision, while some shop owners said they feared losing parking spaces in front of their stores during the works.', '',
    'Share this article', 'Related', 'Bus fares frozen for another year', '',
    'Subscribe to The Riverside Courier', '© 2024 The Riverside Courier. All rights reserved.',
  ]),
  de: page([
    'Rheinische Abendpost', 'Startseite', 'Politik', 'Wirtschaft', 'Sport', '',
    'Stadtrat beschließt neue Radwege am Ring', '',
    'Von Sabine Müller', '02.04.2024', '',
    'Der Stadtrat hat am Dienstag beschlossen, entlang des gesamten Rings geschützte Radwege zu bauen. Das Projekt soll drei Jahre dauern und rund 40 Millionen Euro kosten.', '',
    'Radfahrer begrüßten die Entscheidung, während einige Ladenbesitzer befürchten, während der Bauarbeiten Parkplätze vor ihren Geschäften zu verlieren.', '',
    'Artikel teilen', 'Mehr zum Thema', 'Busfahrpreise bleiben stabil', '',
    'Rheinische Abendpost abonnieren', '© 2024 Rheinische Abendpost. Alle Rechte vorbehalten.',
  ]),
  fr: page([
    'La Gazette du Littoral', 'Accueil', 'Politique', 'Économie', 'Sport', '',
    'Le conseil municipal adopte de nouvelles pistes cyclables sur le périphérique', '',
    'Par Sophie Martin', '2 avril 2024', '',
    "Le conseil municipal a voté mardi la construction de pistes cyclables protégées sur l'ensemble du périphérique, un projet qui durera trois ans et coûtera environ 40 millions d'euros.", '',
    'Les cyclistes ont salué la décision, tandis que certains commerçants craignent de perdre des places de stationnement devant leurs magasins pendant les travaux.', '',
    'Partager', 'Lire aussi', 'Les tarifs des bus gelés pour un an', '',
    'Abonnez-vous à La Gazette du Littoral', '© 2024 La Gazette du Littoral. Tous droits réservés.',
  ]),
  es: page([
    'El Heraldo del Sur', 'Inicio', 'Política', 'Economía', 'Deportes', '',
    'El ayuntamiento aprueba nuevos carriles bici en la ronda', '',
    'Por Sofía García', '2 de abril de 2024', '',
    'El pleno del ayuntamiento aprobó el martes la construcción de carriles bici protegidos a lo largo de toda la ronda, un proyecto que durará tres años y costará unos 40 millones de euros.', '',
    'Los ciclistas celebraron la decisión, mientras que algunos comerciantes temen perder plazas de aparcamiento frente a sus tiendas durante las obras.', '',
    'Compartir', 'Te puede interesar', 'Las tarifas del autobús, congeladas un año más', '',
    'Suscríbete a El Heraldo del Sur', '© 2024 El Heraldo del Sur. Todos los derechos reservados.',
  ]),
};

describe('headline', () => {
  it.each([
    ['en', 'City Council Approves New Cycle Lanes on the Ring Road'],
    ['de', 'Stadtrat beschließt neue Radwege am Ring'],
    ['fr', 'Le conseil municipal adopte de nouvelles pistes cyclables sur le périphérique'],
    ['es', 'El ayuntamiento aprueba nuevos carriles bici en la ronda'],
  ] as const)('finds the %s headline above byline and date, not a menu item or teaser', (lang, title) => {
    const a = clean(pages[lang]);
    expect(a.title).toBe(title);
    expect(a.language).toBe(lang);
    expect(a.paragraphs).toHaveLength(2);
  });
  it('gives no headline for a page without one', () => {
    expect(clean('The council met on Tuesday and voted to build new cycle lanes along the whole ring road.').title).toBeNull();
  });
});

describe('publication name', () => {
  it.each([
    ['en', 'The Riverside Courier'],
    ['de', 'Rheinische Abendpost'],
    ['fr', 'La Gazette du Littoral'],
    ['es', 'El Heraldo del Sur'],
  ] as const)('reads the %s publication from its masthead, subscription prompt and copyright line', (lang, source) => {
    expect(clean(pages[lang]).source).toBe(source);
  });
  it('prefers the name an appeal gives, and ignores a company suffix', () => {
    const text = page([
      'Harbour Reopens After the Storm', '',
      'The harbour reopened on Thursday after winds of more than 100 kilometres an hour had kept every ferry in port for three days.', '',
      'A message from The Island Voice:', '',
      'By supporting The Island Voice, you keep local reporting free for everyone.', '',
      '© 2024 Island Media Group Ltd',
    ]);
    expect(clean(text).source).toBe('The Island Voice');
  });
  it('reports no source when the page names none', () => {
    expect(clean(page(['Harbour Reopens After the Storm', '', 'The harbour reopened on Thursday after winds of more than 100 kilometres an hour had kept every ferry in port.'])).source).toBeNull();
  });
});

describe('authors and dates', () => {
  it.each([
    ['en', 'Sarah Mills', '2024-04-02'],
    ['de', 'Sabine Müller', '2024-04-02'],
    ['fr', 'Sophie Martin', '2024-04-02'],
    ['es', 'Sofía García', '2024-04-02'],
  ] as const)('reads the %s byline and date and keeps them out of the body', (lang, author, date) => {
    const a = clean(pages[lang]);
    expect(a.author).toBe(author);
    expect(a.authors).toEqual([author]);
    expect(a.date).toBe(date);
    expect(a.text).not.toContain(author);
  });
});
