import { describe, expect, it } from 'vitest';
import { bylineOf, creditOf, parseDate } from '../../src/metadata/index.js';
import { analyze } from '../../src/index.js';

const words = (s: string) => s.split(/\s+/).length;
const credit = (s: string) => creditOf(s, words(s));
const byline = (s: string) => bylineOf(s, words(s));

describe('creditOf', () => {
  it('reads credit lines in several languages', () => {
    expect(credit('Photo: Jane Doe/Reuters')).toBe('Photo: Jane Doe/Reuters');
    expect(credit('Foto: dpa')).toBe('Foto: dpa');
    expect(credit('Crédit : AFP')).toBe('Crédit : AFP');
    expect(credit('Imagen: EFE')).toBe('Imagen: EFE');
    expect(credit('Фото: ТАСС')).toBe('Фото: ТАСС');
    expect(credit('© picture alliance/dpa')).toBe('© picture alliance/dpa');
    expect(credit('Wikimedia Commons')).toBe('Wikimedia Commons');
    expect(credit('John Smith / Getty Images')).toBe('John Smith / Getty Images');
  });
  it('takes the credit from the end of a caption', () => {
    expect(credit('Firefighters at the harbour on Tuesday. Photo: Ann Lee/AP')).toBe('Photo: Ann Lee/AP');
    expect(credit('Voters queue outside a school in Lyon. (AP Photo/Marc Roe)')).toBe('(AP Photo/Marc Roe)');
  });
  it('reads credit labels of other scripts and an ellipsis', () => {
    expect(credit('写真：共同通信')).toBe('写真：共同通信');
    expect(credit('사진=연합뉴스')).toBe('사진=연합뉴스');
    expect(credit('Crédit photo : Jean Martin')).toBe('Crédit photo : Jean Martin');
    expect(credit('Credit...Jane Roe/Daily Planet')).toBe('Credit...Jane Roe/Daily Planet');
  });
  it('takes the credit part of a caption in the forms a page joins them', () => {
    // © right after the caption's last word, as text of adjacent elements comes out.
    expect(credit('Die Ministerin bei der Eröffnung am Montag© Amt für Presse/Eva Roth')).toBe('© Amt für Presse/Eva Roth');
    expect(credit('The new bridge opened in May. Photograph by Ann Lee/AFP/Getty Images')).toBe('Photograph by Ann Lee/AFP/Getty Images');
    expect(credit('A bridge over the river at dusk. Image copyright Getty Images')).toBe('Image copyright Getty Images');
    expect(credit('The harbour at night. Credit...Jane Roe/Daily Planet')).toBe('Credit...Jane Roe/Daily Planet');
    expect(credit('Saturn in false colour, 2004. (Space Agency/Jane Roe Institute)')).toBe('(Space Agency/Jane Roe Institute)');
    expect(credit('[IMG_0042](Bild: Eva Roth)')).toBe('(Bild: Eva Roth)');
  });
  it('cuts an agency and the names joined to it off the end of a caption', () => {
    expect(credit('A couple doing yoga together on a beach Shutterstock')).toBe('Shutterstock');
    expect(credit('Pedestrians on a snowy street in February. Anna Virtanen / Lehtikuva')).toBe('Anna Virtanen / Lehtikuva');
    expect(credit('The finance minister leaving the meeting on Friday. Jane Roe/Bloomberg/Getty Images')).toBe('Jane Roe/Bloomberg/Getty Images');
    // A short line naming an agency stays whole: it is the credit.
    expect(credit('Jane Roe | Getty Images')).toBe('Jane Roe | Getty Images');
  });
  it('cuts a wire service\'s credit, agency first, off the end of a caption', () => {
    expect(credit('FILE PHOTO: Traders on the floor of the exchange in Frankfurt, Germany, May 3, 2021. REUTERS/Jane Roe')).toBe('REUTERS/Jane Roe');
    expect(credit('Protesters march through the city centre. Reuters/Jane Roe/File Photo')).toBe('Reuters/Jane Roe/File Photo');
    expect(credit('Rescue workers search the rubble. AFP/Tom Roe.')).toBe('AFP/Tom Roe');
    // No agency before the slash, or no name after it: no credit.
    expect(credit('The results of the 2020/2021 season. Club/Ann Lee')).toBeNull();
    expect(credit('Support for the party fell, according to a Reuters/Ipsos poll.')).toBeNull();
  });
  it('keeps a caption\'s name out of a bare agency glued to it, but not a name joined to it', () => {
    expect(credit('Mayor Ann Lee Getty Images')).toBe('Getty Images');
    expect(credit('Tom Roe, Associated Press')).toBe('Tom Roe, Associated Press');
    expect(credit('Ministerin Eva Roth / AFP')).toBe('Ministerin Eva Roth / AFP');
    expect(credit('Jane Roe for Getty Images')).toBe('Jane Roe for Getty Images');
  });
  it('reads position labels, file names glued to a credit and ambiguous agencies', () => {
    expect(credit('Left image: Space Agency, right image: Jane Roe')).toBe('Left image: Space Agency, right image: Jane Roe');
    expect(credit('Rettungswagen | Foto: evaroth/stock.adobe.com2021/05/rettung_evaroth_1234-scaled.jpg')).toBe('Foto: evaroth/stock.adobe.com');
    expect(credit('image/svg+xml')).toBeNull();
    // "Bloomberg" names a person or a company as often as an agency: alone it is no credit.
    expect(credit('Campaign 2024 Bloomberg')).toBeNull();
    expect(credit('Jane Roe/Bloomberg')).toBe('Jane Roe/Bloomberg');
  });
  it('reads two pictures\' credits after a caption, but not who a caption says is pictured', () => {
    expect(credit('“I doubt he ever read a book.” L: Acme House / R: Roe & Sons')).toBe('L: Acme House / R: Roe & Sons');
    expect(credit('Die beiden Umschläge. Links: Verlag Eins | Rechts: Eva Roth')).toBe('Links: Verlag Eins | Rechts: Eva Roth');
    expect(credit('The ministers at the summit. Left: Jane Doe, right: John Roe.')).toBeNull();
  });
  it('takes a credit glued to the caption after it', () => {
    expect(credit('EvaRoth/GettyimagesDie Pflegeheime suchen Personal')).toBe('EvaRoth/Gettyimages');
    expect(credit('ShutterstockEin Paar beim Yoga am Strand')).toBe('Shutterstock');
    expect(credit('Reuters reported that the talks had failed.')).toBeNull();
  });
  it('takes no agency named as a byline\'s author for a credit', () => {
    expect(credit('Periodista: EFE')).toBeNull();
    expect(credit('Reporter: AP')).toBeNull();
  });
  it('leaves ordinary sentences alone', () => {
    expect(credit('The photo was released as a handout')).toBeNull();
    expect(credit('Reuters reported that the talks had failed after two days of negotiations.')).toBeNull();
    expect(credit('The photo shows the mayor.')).toBeNull();
  });
});

describe('a credit label alone on its line', () => {
  const page = [
    'Home', 'World', 'Business', '',
    'Storm Closes Harbour for Third Day', '',
    'Ferries wait in port on Sunday morning.', 'Credit...', 'Jane Roe/The Coastal Herald', '',
    'The harbour stayed closed on Sunday as winds of more than 100 km/h kept ferries in port for a third day running.', '',
    'Port officials said they hoped to reopen on Monday, but warned that the backlog of freight would take a week to clear.', '',
  ].join('\n');
  const a = analyze(page);
  it('takes the next line as the credit and keeps both out of the body', () => {
    expect(a.article.imageCredit).toBe('Credit... Jane Roe/The Coastal Herald');
    expect(a.article.text).not.toMatch(/Credit\.\.\.|Jane Roe/);
    const e = a.evidence.find((x) => x.field === 'imageCredit')!;
    expect(e.reason).toBe('credit under a credit label');
  });
});

describe('the lead picture\'s credit in context', () => {
  const body = [
    'The harbour stayed closed on Sunday as winds of more than 100 km/h kept ferries in port for a third day running.', '',
    'Port officials said they hoped to reopen on Monday, but warned that the backlog of freight would take a week to clear.', '',
  ];
  const credited = (lines: string[]) => analyze([...lines, ...body].join('\n')).article.imageCredit;
  it('takes a licence under a labelled credit with it', () => {
    expect(credited(['Home', 'World', '', 'Storm Closes Harbour for Third Day', '', 'Bild:', 'Eva Roth', 'cc-by 4.0', ''])).toBe('Bild: Eva Roth cc-by 4.0');
  });
  it('takes the line after a caption ending with its label', () => {
    expect(credited(['Home', 'World', '', 'Storm Closes Harbour for Third Day', '', 'Ferries in port | Foto:', 'Eva Roth/Hafenamt', ''])).toBe('Foto: Eva Roth/Hafenamt');
  });
  it('takes the line after a caption ending with a label and an ellipsis (a wrapped layout joins the label to its caption)', () => {
    expect(credited(['Home', 'World', '', 'Storm Closes Harbour for Third Day', '', 'Ferries wait in port on Sunday morning. Credit...', 'Jane Roe/The Coastal Herald', ''])).toBe('Credit... Jane Roe/The Coastal Herald');
    expect(credited(['Home', 'World', '', 'Storm Closes Harbour for Third Day', '', 'Ferries wait in port on Sunday morning. Foto…', 'Eva Roth/Hafenamt', ''])).toBe('Foto… Eva Roth/Hafenamt');
  });
  it('takes an agency alone above a date for the byline, not a credit', () => {
    expect(credited(['Home', 'World', '', 'Storm Closes Harbour for Third Day', '', 'Associated Press', 'Published 9:30 am, Sunday, March 3, 2024', ''])).toBeNull();
  });
  it('prefers a credit line of its own to the credit at a caption\'s end just above it', () => {
    const lines = ['Home', 'World', '', 'Storm Closes Harbour for Third Day', '', 'Ferries wait in port on Sunday. (AP Photo/Jane Roe)', 'Photo: Jane Roe', ''];
    expect(credited(lines)).toBe('Photo: Jane Roe');
  });
  it('prefers a credit to a labelled description ("Foto: " and a sentence)', () => {
    const lines = ['Home', 'World', '', 'Storm Closes Harbour for Third Day', '', 'Foto: Die Fähren und die Schiffe im Hafen der Stadt', '', '© Hafenamt | Eva Roth', ''];
    expect(credited(lines)).toBe('© Hafenamt | Eva Roth');
  });
  it('takes a name that ends several captions for their photographer', () => {
    const lines = [
      'Home', 'Hotels', '', 'A Week in the Mountains', '', 'Eva Roth', '',
      'The spa looks out over the valley and the peaks beyond it.', '',
      'The lodge has twelve rooms, each with a balcony over the lake. Eva Roth', '',
      'Breakfast is served on the terrace when the weather allows. Eva Roth', '',
    ];
    expect(credited(lines)).toBe('Eva Roth');
  });
  it('counts a photographer\'s name inside a paragraph that joined several captions', () => {
    const lines = [
      'Home', 'Hotels', '', 'A Week in the Mountains', '', 'Eva Roth', '',
      'The spa looks out over the valley and the peaks beyond it.', '',
      'The lodge has twelve rooms, each with a balcony over the lake. Eva Roth Breakfast is served on the terrace when the weather allows. Eva Roth "Lake House", Alpsee', '',
      'Breakfast is served in the barn. Tom Brook', '', 'The sauna stands in the woods. Tom Brook', '',
    ];
    expect(credited(lines)).toBe('Eva Roth');
  });
  it('takes a name alone under several captions\' sentences for their photographer', () => {
    const lines = [
      'Home', 'Hotels', '', 'A Week in the Mountains', '', 'Mountain Lodge Terrace', 'Eva Roth', '',
      'The spa looks out over the valley and the peaks beyond it.', '', 'Eva Roth', '', 'Lodge Rooms', '',
      'The lodge has twelve rooms, each with a balcony over the lake.', '', 'Eva Roth', '', 'Lake House', '',
    ];
    expect(credited(lines)).toBe('Eva Roth');
  });
  it('takes no speaker\'s name above the answers of an interview for a photographer', () => {
    const answer = 'We walked for hours through the valley, and every evening we talked about the weather, the maps and the long road back home.';
    const lines = [
      'Home', 'Hotels', '', 'A Week in the Mountains', '', 'What did you see first?', '', 'Eva Roth', '', answer, '',
      'And then?', '', 'Eva Roth', '', answer, '', 'Was it worth it?', '', 'Eva Roth', '', answer, '',
    ];
    expect(credited(lines)).toBeNull();
  });
  it('joins a credit line cut after a position word to the next', () => {
    const lines = ['Home', 'World', '', 'Storm Closes Harbour for Third Day', '', 'Left image: Space Agency, Right', 'Image: Jane Roe', ''];
    expect(credited(lines)).toBe('Left image: Space Agency, Right Image: Jane Roe');
  });
  it('joins a slash that a wrapped line left a space after', () => {
    const lines = ['Home', 'World', '', 'Storm Closes Harbour for Third Day', '', 'Ferries wait in port on Sunday.Photograph: Jane Roe/ Getty Images', ''];
    expect(credited(lines)).toBe('Photograph: Jane Roe/Getty Images');
  });
});

describe('bylineOf', () => {
  it('reads bylines in several languages', () => {
    expect(byline('By Jane Doe')).toEqual(['Jane Doe']);
    expect(byline('By Jane Doe and John Roe, Staff Writers')).toEqual(['Jane Doe', 'John Roe']);
    expect(byline('Von Anna Schmidt')).toEqual(['Anna Schmidt']);
    expect(byline('Par Marie Dubois')).toEqual(['Marie Dubois']);
    expect(byline('Por Juan Pérez')).toEqual(['Juan Pérez']);
    expect(byline('Posted by Sam Lee on March 3, 2023')).toEqual(['Sam Lee']);
  });
  it('leaves dates, outlets and places after the name out', () => {
    expect(byline('By Jane Doe November 19, 2019, 07:47 PM EST')).toEqual(['Jane Doe']);
    expect(byline('By Jane Doe, Wednesday, 20 November 2019 08:05 GMT')).toEqual(['Jane Doe']);
    expect(byline('By Jane Doe, CNN')).toEqual(['Jane Doe']);
    expect(byline('Von Anna Schmidt, Berlin')).toEqual(['Anna Schmidt']);
    expect(byline('Von Anna Schmidt und Peter Müller, Mittwoch, 3. April 2024')).toEqual(['Anna Schmidt', 'Peter Müller']);
    expect(byline('Par Marie Dubois, le 12 mars 2024')).toEqual(['Marie Dubois']);
    expect(byline('Por Juan Pérez, Madrid')).toEqual(['Juan Pérez']);
    expect(byline('By Theresa May')).toEqual(['Theresa May']);
  });
  it('gives no names for a role alone or a phrase of nouns', () => {
    expect(byline('By Staff Writer')).toBeNull();
    expect(byline('Von Redaktion')).toBeNull();
    expect(byline('Par la rédaction')).toBeNull();
    expect(byline('Von Risiken und Nebenwirkungen')).toBeNull();
  });
  it('rejects sentences that start like a byline', () => {
    expect(byline('By the end of the year the plant will be closed')).toBeNull();
    expect(byline('Von der Leyen sagte, das sei nicht genug')).toBeNull();
  });
});

describe('parseDate', () => {
  it('reads dates in several formats and languages', () => {
    expect(parseDate('Nov. 19, 2019 8:03 am ET')).toBe('2019-11-19T08:03-05:00');
    expect(parseDate('July 4, 2019 8:03 pm ET')).toBe('2019-07-04T20:03-04:00');
    expect(parseDate('19.06.2023, 14:30 Uhr MESZ')).toBe('2023-06-19T14:30+02:00');
    expect(parseDate('2023-05-02T10:15+0100')).toBe('2023-05-02T10:15+01:00');
    expect(parseDate('Nov. 19, 2019 8:03 am')).toBe('2019-11-19T08:03');
    expect(parseDate('19.11.2019, 14:30 Uhr')).toBe('2019-11-19T14:30');
    expect(parseDate('19 novembre 2019')).toBe('2019-11-19');
    expect(parseDate('19 de noviembre de 2019')).toBe('2019-11-19');
    expect(parseDate('19. März 2024')).toBe('2024-03-19');
    expect(parseDate('12 marca 2024')).toBe('2024-03-12');
    expect(parseDate('Published 2023-05-02T10:15')).toBe('2023-05-02T10:15');
    expect(parseDate('3/4/2021', 'en')).toBe('2021-03-04');
    expect(parseDate('3/4/2021', 'de')).toBe('2021-04-03');
  });
  it('rejects what is not a date', () => {
    expect(parseDate('Call 12.34.5678')).toBeNull();
    expect(parseDate('about 300,000 people')).toBeNull();
  });
});

describe('metadata in context', () => {
  const page = [
    'Home', 'World', 'Business', '',
    'Storm Closes Harbour for Third Day', '',
    'By Jane Doe', 'March 3, 2024', 'Photo: Harbour Authority', '',
    'The harbour stayed closed on Sunday as winds of more than 100 km/h kept ferries in port for a third day running.', '',
    'Port officials said they hoped to reopen on Monday, but warned that the backlog of freight would take a week to clear.', '',
    'Related', 'Ferry prices to rise', '',
    'Subscribe to The Coastal Herald', '© 2024 The Coastal Herald. All rights reserved.',
  ].join('\n');
  const a = analyze(page);
  it('finds headline, byline, date, credit and source', () => {
    expect(a.article.title).toBe('Storm Closes Harbour for Third Day');
    expect(a.article.author).toBe('Jane Doe');
    expect(a.article.date).toBe('2024-03-03');
    expect(a.article.imageCredit).toBe('Photo: Harbour Authority');
    expect(a.article.source).toBe('The Coastal Herald');
    expect(a.article.language).toBe('en');
  });
  it('keeps metadata lines out of the body', () => {
    expect(a.article.paragraphs).toHaveLength(2);
    expect(a.article.text).not.toMatch(/Jane Doe|Photo:|March 3/);
  });
  it('records which line gave each field', () => {
    const fields = a.evidence.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'description', 'author', 'date', 'imageCredit', 'source', 'language']));
    const title = a.evidence.find((e) => e.field === 'title')!;
    expect(a.blocks[title.block!]!.text).toBe('Storm Closes Harbour for Third Day');
  });
});

describe("the newsroom's credits under a story", () => {
  const body = [
    'The central bank raised its main interest rate by half a point on Thursday, the third rise this year, and signalled that more could follow.',
    'Economists had expected a smaller step, but prices rose faster than forecast in the spring, driven by energy and food.',
    'The decision was taken unanimously, the bank said in a statement after the meeting of its council.',
  ];
  /** The story with `header` lines under its headline and `end` paragraphs under its body. */
  const story = (header: string[], end: string[]) =>
    ['Home', 'Markets', '', 'Central Bank Raises Rates Again', '', ...header.flatMap((p) => [p, '']), ...body.flatMap((p) => [p, '']), ...end.flatMap((p) => [p, '']), 'Related', 'Markets close higher'].join('\n');
  it('leave the body', () => {
    for (const credit of ['Associated Press writers Jane Roe, Tom Lee and Ann Lee in Washington and Frankfurt contributed to this report.', '(Reporting by Jane Roe; Editing by Tom Lee)']) {
      expect(analyze(story([], [credit])).article.paragraphs, credit).toEqual(body);
    }
  });
  it("and the author's name or bio under it leave the body too, not a paragraph that only names the author later", () => {
    const signed = (end: string[]) => story(['By Jane Roe'], end);
    const bio = ['Jane Roe', 'Jane Roe is a senior economics reporter at the paper and writes about central banks, prices and jobs.'];
    const a = analyze(signed(bio));
    expect(a.article.author).toBe('Jane Roe');
    expect(a.article.paragraphs).toEqual(body);
    // A bio without a byline above: a name, a bio's verb and a role.
    for (const bio of ['Tom Q. Lee is a freelance writer living in Harbour City and covers money and jobs.', 'Erika Beispiel ist Redakteurin im Ressort Wirtschaft und schreibt über Banken.']) {
      expect(analyze(story([], [bio])).article.paragraphs, bio).toEqual(body);
    }
    const said = 'Anna Smith is worried: her savings earn less than prices rise, she said on Friday, and she is not alone.';
    expect(analyze(story([], [said])).article.paragraphs).toEqual([...body, said]);
    const quoted = 'As Jane Roe wrote last year, the bank has rarely moved so fast, and markets had not priced in the rise.';
    expect(analyze(signed([quoted])).article.paragraphs).toEqual([...body, quoted]);
  });
});

describe('description (standfirst)', () => {
  /** Analyses a page and checks the headline and the standfirst found on it. */
  function expectHeadlineAndStandfirst(page: string, title: string, description: string) {
    const a = analyze(page);
    expect(a.article.title).toBe(title);
    expect(a.article.description).toBe(description);
    return a;
  }

  it('is the prose under the headline, past byline and date, and stays in the body', () => {
    const page = [
      'Startseite', 'Politik', 'Wirtschaft', '',
      'Stadtrat beschließt neuen Radweg am Fluss', '',
      'Nach zwei Jahren Streit ist die Entscheidung gefallen: Der Weg soll bis zum Sommer fertig sein.', '',
      'Von Anna Schmidt', '12. März 2024', '',
      'Der Stadtrat hat am Dienstagabend mit großer Mehrheit für den Bau des neuen Radwegs gestimmt, der die Altstadt mit dem Hafen verbinden soll.', '',
      'Die Kosten von rund drei Millionen Euro trägt zum größten Teil das Land, teilte die Verwaltung mit.', '',
      '© 2024 Rheinbote',
    ].join('\n');
    const a = expectHeadlineAndStandfirst(page, 'Stadtrat beschließt neuen Radweg am Fluss', 'Nach zwei Jahren Streit ist die Entscheidung gefallen: Der Weg soll bis zum Sommer fertig sein.');
    expect(a.article.paragraphs[0]).toBe(a.article.description);
    const e = a.evidence.find((x) => x.field === 'description')!;
    expect(a.blocks[e.block!]!.text).toBe(a.article.description);
  });
  it('is the first short paragraph under the headline when nothing stands between them', () => {
    const page = [
      'Accueil', 'Monde', 'Culture', '',
      'Le festival de jazz attire un public record', '',
      'Plus de quarante mille spectateurs se sont pressés sur les quais pendant les trois jours du festival.', '',
      'Les organisateurs, surpris par l’affluence, ont dû ouvrir une deuxième scène dès le samedi après-midi, et les buvettes ont été dévalisées avant la nuit.', '',
      'La prochaine édition aura lieu en juillet, avec une programmation déjà annoncée pour moitié.', '',
    ].join('\n');
    expectHeadlineAndStandfirst(page, 'Le festival de jazz attire un public record', 'Plus de quarante mille spectateurs se sont pressés sur les quais pendant les trois jours du festival.');
  });
  it('is a short subtitle sentence right under the headline', () => {
    const page = [
      'Strona główna', 'Kraj', 'Świat', '',
      'Nowy most otwarty po trzech latach budowy', '',
      'Kierowcy czekali na to od dawna.', '',
      'Autor: Jan Kowalski', '',
      'W poniedziałek rano otwarto dla ruchu nowy most na Wiśle, który ma skrócić dojazd do centrum miasta o kilkanaście minut.', '',
      'Budowa kosztowała ponad dwieście milionów złotych i trwała o rok dłużej, niż zakładano w pierwotnych planach.', '',
    ].join('\n');
    const a = expectHeadlineAndStandfirst(page, 'Nowy most otwarty po trzech latach budowy', 'Kierowcy czekali na to od dawna.');
    expect(a.article.paragraphs).toContain('Kierowcy czekali na to od dawna.');
  });
  it('is not the caption under a picture\'s credit line', () => {
    const page = [
      'Home', 'News', 'Business', 'Events', '',
      'Harbour Fair Expects Record Crowd', '',
      'Written by: Jane Doe', 'Photo: John Smith',
      'The harbour master (left) looks on as the fair\'s organiser addresses a recent meeting of traders.',
      'Related', 'Ferry timetable changes for the summer', 'Related', 'New lighthouse museum opens its doors', '',
      'Traders can expect three days of stalls, talks and boat trips when the harbour fair opens on the first weekend of June.', '',
      'The organisers said more than ten thousand visitors had already bought tickets, twice as many as last year.', '',
      'Parking will be free at the ferry terminal, and extra buses will run from the station every twenty minutes.', '',
    ].join('\n');
    const a = analyze(page);
    expect(a.article.title).toBe('Harbour Fair Expects Record Crowd');
    expect(a.article.paragraphs.join('\n')).not.toContain('looks on as');
    expect(a.article.description).not.toContain('looks on as');
  });
  it('is not promoted a second time when the article prints the same summary further down', () => {
    const summary = 'Our picks for the best walks, markets and concerts in the valley this month.';
    const page = [
      'Home', 'News', 'Events', '',
      'Five Things to Do in May', '',
      summary, 'Author:', 'Valley Courier Staff', 'Published:', 'May 2, 2024', '',
      summary, '',
      'WALK the old towpath from the mill to the lock, where the spring flowers are at their best in the first week of the month.', '',
      'VISIT the farmers\' market on Saturday mornings, when more than forty stalls sell cheese, bread and vegetables from the hills.', '',
      'LISTEN to the brass band in the park on Sunday afternoons; bring a blanket, as the benches fill up early.', '',
    ].join('\n');
    const a = analyze(page);
    expect(a.article.title).toBe('Five Things to Do in May');
    expect(a.article.paragraphs.filter((p) => p === summary)).toHaveLength(1);
  });
  it('is null when a long paragraph or a subheading comes first, or when there is no headline', () => {
    const long = 'El ayuntamiento aprobó ayer el presupuesto del próximo año, que incluye una subida de las inversiones en barrios, nuevas líneas de autobús, la reforma de tres mercados municipales, la ampliación de la biblioteca central y un plan de vivienda que, según el alcalde, permitirá construir más de mil pisos de alquiler asequible antes de que termine la legislatura, además de una rebaja del impuesto de basuras para las familias numerosas y los pequeños comercios del centro histórico, que llevaban meses reclamando ayudas.';
    const page = ['Inicio', 'Noticias', '', 'El ayuntamiento aprueba el presupuesto', '', long, '', 'La oposición votó en contra y anunció enmiendas para el pleno de enero.', ''].join('\n');
    const a = analyze(page);
    expect(a.article.title).toBe('El ayuntamiento aprueba el presupuesto');
    expect(a.article.description).toBeNull();
    expect(analyze('').article.description).toBeNull();
  });
});

describe('headline, never UI text', () => {
  /** The article under the headline "Why Bees Dance", a blank line after each paragraph. */
  const BEES = [
    'Honeybees returning to the hive perform a waggle dance that tells their sisters where the best flowers are.', '',
    'The angle of the dance points the way, and its length says how far the others will have to fly.', '',
  ];
  it('is not a breadcrumb trail, an error message or a carousel control', () => {
    const pages = [
      ['Startseite » Ratgeber » Warum Igel im Winter Hilfe brauchen', 'Etwas ist schiefgelaufen. Bitte erneut versuchen.', '', 'Warum Igel im Winter Hilfe brauchen', '',
        'Wenn die Nächte kalt werden, suchen Igel ein trockenes Versteck, in dem sie bis zum Frühjahr schlafen können.', '',
        'Wer einen Laubhaufen im Garten liegen lässt, hilft den Tieren mehr als mit jedem gekauften Igelhaus.', ''],
      ['Something went wrong with the connection!', 'Previous slide', 'Next slide', '', 'Home › Science › Why Bees Dance', '', 'Why Bees Dance', '',
        ...BEES],
    ];
    for (const lines of pages) {
      const title = analyze(lines.join('\n')).article.title;
      expect(title).toMatch(/^(Warum Igel im Winter Hilfe brauchen|Why Bees Dance)$/);
    }
  });
  it('is not a log-in or cart widget, a sign-up prompt, a template\'s empty slot or a breadcrumb\'s last step', () => {
    const body = ['', 'Why Bees Dance', '', ...BEES];
    for (const ui of ['Loggen Sie sich hier für Ihr Konto ein', 'Gehen Sie zu Ihrem Warenkorb', 'Never miss a story from the Valley Courier', 'Only [freeShippingLeft] left for free delivery', 'Science ›',
      'Home / Science / Insects / Bees', 'Politics | Blog | Campaigns | About us', 'Skip to main navigation']) {
      expect(analyze([ui, 'By Jane Roe', ...body].join('\n')).article.title, ui).toBe('Why Bees Dance');
    }
  });
  it('is not a share prompt over the byline', () => {
    const lines = ['Why Bees Dance', 'March 3', 'Print This Article', 'Share it With Friends', 'by Valley Courier Staff', '', ...BEES];
    expect(analyze(lines.join('\n')).article.title).not.toBe('Share it With Friends');
  });
});
