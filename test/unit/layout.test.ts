import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, rebuildParagraphs, wrapColumn } from '../../src/page/layout.js';

/** Greedy word wrap at `width` columns, as fmt, pandoc and text-mode browsers do. */
function wrap(paragraph: string, width: number, indent = ''): string {
  const rows: string[] = [];
  let row = '';
  for (const word of paragraph.split(' ')) {
    if (row && displayWidth(indent + row + ' ' + word) > width) {
      rows.push(indent + row);
      row = word;
    } else row = row ? `${row} ${word}` : word;
  }
  if (row) rows.push(indent + row);
  return rows.join('\n');
}

const PARAGRAPHS = [
  'Heavy rain on Sunday swept away two bridges and cut off three mountain villages in the north of the country, where rescue teams were still trying to reach about forty families on Monday evening.',
  'The prime minister, who visited the area on Monday afternoon, said an inquiry would look into why the warnings issued by the weather service on Friday had not reached the villages in time.',
  'Local officials said the road to the valley could take weeks to repair, and that helicopters would bring food, water and medicine to the people who had chosen to stay in their homes.',
];

/** The text rebuilt from `lines` (a paragraph as some wrapper left it) over two paragraphs wrapped at 68 columns. */
const rebuiltOver = (lines: string) => rebuildParagraphs([lines, wrap(PARAGRAPHS[1]!, 68), wrap(PARAGRAPHS[2]!, 68)].join('\n\n')).text;

describe('rebuildParagraphs', () => {
  it('joins paragraphs hard-wrapped at any margin back into one line each', () => {
    for (const width of [60, 72, 76, 80]) {
      const text = `Floods cut off three villages\n\n${PARAGRAPHS.map((p) => wrap(p, width)).join('\n\n')}\n`;
      const out = rebuildParagraphs(text);
      expect(out.wrapWidth).toBeGreaterThan(width - 10);
      expect(out.text.split('\n').filter(Boolean)).toEqual(['Floods cut off three villages', ...PARAGRAPHS]);
    }
  });

  it('keeps list items apart and joins their hanging indents (text-mode browser lists)', () => {
    const items = PARAGRAPHS.map((p) => '  • ' + wrap(p, 76, '    ').trimStart());
    const text = `${wrap(PARAGRAPHS[0]!, 76)}\n\n${items.join('\n')}\n\n${wrap(PARAGRAPHS[1]!, 76)}\n`;
    const lines = rebuildParagraphs(text).text.split('\n').filter(Boolean);
    expect(lines).toEqual([PARAGRAPHS[0], ...PARAGRAPHS.map((p) => `• ${p}`), PARAGRAPHS[1]]);
  });

  it('reads a hard-wrapped text with bulleted lines as a text-mode browser dump, and no other', () => {
    const menu = ['Home', 'World', 'Politics', 'Science', 'Weather'];
    const body = PARAGRAPHS.map((p) => wrap(p, 76)).join('\n\n');
    // Bullets as text-mode browsers draw them: "•", "*", and indented "+" or "o" for nested lists.
    for (const bullets of [menu.map((m) => `  • ${m}`), menu.map((m) => `* ${m}`), menu.map((m, i) => (i === 0 ? `  • ${m}` : `      o ${m}`))]) {
      expect(rebuildParagraphs(`${bullets.join('\n')}\n\n${body}\n`).textBrowser).toBe(true);
    }
    // Too few bullets, bullets in an unwrapped text, "o" and "+" starting unindented lines: no dump.
    expect(rebuildParagraphs(`${menu.slice(0, 3).map((m) => `  • ${m}`).join('\n')}\n\n${body}\n`).textBrowser).toBe(false);
    expect(rebuildParagraphs(`${menu.map((m) => `• ${m}`).join('\n')}\n\n${PARAGRAPHS.join('\n\n')}\n`).textBrowser).toBe(false);
    expect(rebuildParagraphs(`${menu.map((m) => `o ${m}`).join('\n')}\n\n${body}\n`).textBrowser).toBe(false);
  });

  it('finds the margin of a dump whose nested menus, lines of every length, outnumber its paragraphs', () => {
    const words = 'Reports Statistics Archive Guidance Publications Consultations Projects Events Services Contacts'.split(' ');
    // Menu items from 40 to 69 columns wide, indented under their sections.
    const menu = Array.from({ length: 60 }, (_, k) => {
      let item = `      ☆ ${words[k % words.length]}`;
      for (let w = k; item.length < 40 + (k % 30); w++) item += ` ${words[w % words.length]!.toLowerCase()}`;
      return item.slice(0, 40 + (k % 30)).trimEnd();
    });
    const body = PARAGRAPHS.map((p) => wrap(p, 78)).join('\n\n');
    const out = rebuildParagraphs(`${menu.join('\n')}\n\n${body}\n`);
    expect(out.wrapWidth).toBeGreaterThan(70);
    expect(out.text.split('\n').filter(Boolean).slice(-3)).toEqual(PARAGRAPHS);
  });

  it('drops media types on lines of their own from a text-mode browser dump', () => {
    const body = PARAGRAPHS.map((p) => wrap(p, 76)).join('\n\nimage/svg+xml\n\n');
    expect(rebuildParagraphs(`[logo]\n\n[banner]\n\n${body}\n`).text.split('\n').filter(Boolean)).toEqual(PARAGRAPHS);
    // A browser's copy keeps its lines.
    expect(rebuildParagraphs(`${PARAGRAPHS.join('\n\n')}\n\nimage/svg+xml\n`).text).toContain('image/svg+xml');
  });

  it('drops rules drawn with box-drawing lines from a text-mode browser dump', () => {
    const body = PARAGRAPHS.map((p) => wrap(p, 76)).join('\n\n━━━━━━━━━━━━━━━━━━━━\n\n');
    const lines = rebuildParagraphs(`${body}\n\n────────────\n`).text.split('\n').filter(Boolean);
    expect(lines).toEqual(PARAGRAPHS);
  });

  it('joins a wrapped line that a dash happens to start, unless the sentence before has ended', () => {
    const dashed = 'The northern valley - home to about forty thousand people and two small towns along its river - has been without power since the storm on Sunday evening, officials said.';
    // Wrapped at 80 columns with a three-space margin, the second line starts with "- home" or "- has".
    for (const width of [60, 66, 72, 80]) {
      const text = `${wrap(dashed, width, '   ')}\n\n${wrap(PARAGRAPHS[0]!, width, '   ')}\n`;
      expect(rebuildParagraphs(text).text.split('\n').filter(Boolean)).toEqual([dashed, PARAGRAPHS[0]]);
    }
    const list = `${wrap(PARAGRAPHS[0]!, 76)}\n- bread\n- milk\n\n${wrap(PARAGRAPHS[1]!, 76)}\n\n${wrap(PARAGRAPHS[2]!, 76)}\n`;
    expect(rebuildParagraphs(list).text.split('\n').filter(Boolean)).toEqual([PARAGRAPHS[0], '- bread', '- milk', PARAGRAPHS[1], PARAGRAPHS[2]]);
  });

  it('joins wrapped wide characters without a space', () => {
    const sentence = '東京都は二十一日、新しい交通計画を発表した。計画では、二〇三〇年までに市内の主要な駅を結ぶ路線を増やし、混雑を減らすことを目指している。';
    // Three paragraphs (not the same: a text-browser's repeated paragraph is dropped), wrapped every 38 characters (76 columns) as a text-mode browser does.
    const paras = [sentence.repeat(3), sentence.repeat(2), sentence.repeat(4)];
    const rowsOf = (para: string) => {
      const rows: string[] = [];
      for (let i = 0; i < para.length; i += 38) rows.push(para.slice(i, i + 38));
      return rows.join('\n');
    };
    const text = `${paras.map(rowsOf).join('\n\n')}\n`;
    const out = rebuildParagraphs(text);
    expect(out.text.split('\n').filter(Boolean)).toEqual(paras);
  });

  it('keeps a space between a word and wide characters on the next line when it joins them (no word the input lacks)', () => {
    const text = 'the the council the the the the\n東京\n\nthe the the the the город\nthe the the council the the\nthe council the the the the the #';
    expect(rebuildParagraphs(text).text.split('\n')[0]).toBe('the the council the the the the 東京');
  });

  it('joins Korean paragraphs wrapped by a tool that counts characters, not display columns', () => {
    // Invented paragraphs, wrapped at 80 characters with a 3-space margin: a line of Hangul is then
    // about 150 display columns wide, and the menu lines above it 20 to 40.
    const paras = [
      '서울시는 이번 주말부터 한강 공원의 자전거 도로를 넓히는 공사를 시작한다고 밝혔다. 공사는 다음 달 말까지 이어지며, 그동안 일부 구간의 통행이 제한된다. 시는 시민들에게 우회 도로를 이용해 달라고 당부했다.',
      '시 관계자는 "주말마다 자전거 이용자가 크게 늘어 사고 위험이 커졌다"며 "도로가 넓어지면 보행자와 자전거가 더 안전하게 다닐 수 있을 것"이라고 말했다. 공사 비용은 모두 시 예산으로 충당된다.',
      '한편 시민 단체들은 공사 기간 동안 안내 표지판을 충분히 설치하고, 야간 조명을 늘려 달라고 요구했다. 시는 이 요구를 검토해 다음 주에 구체적인 계획을 발표할 예정이다.',
    ];
    const byCharacters = (p: string) => {
      const rows: string[] = [];
      let row = '';
      for (const word of p.split(' ')) {
        if (row && `   ${row} ${word}`.length > 80) {
          rows.push(`   ${row}`);
          row = word;
        } else row = row ? `${row} ${word}` : word;
      }
      rows.push(`   ${row}`);
      return rows.join('\n');
    };
    // (Each paragraph twice as long, so that enough lines reach the margin.)
    const long = paras.map((p, k) => `${p} ${paras[(k + 1) % paras.length]}`);
    const text = `   뉴스\n   정치\n   경제\n   사회 | 문화 | 스포츠\n\n   자전거 도로 넓힌다\n\n${long.map(byCharacters).join('\n\n')}\n`;
    const out = rebuildParagraphs(text);
    expect(out.wrapWidth).toBeGreaterThan(70);
    expect(out.text.split('\n').filter(Boolean).slice(-3)).toEqual(long);
  });

  it('joins the one wrapped paragraph of a short page, but no lines that end sentences', () => {
    const menu = ['Home', 'Events', 'Members', 'Contact', 'Imprint', '', 'Thursday, 31 May 2012', '', 'The committee informs…', ''];
    const para = 'The new fees are out of all proportion! Under the tariffs planned for next year – also known as daylight robbery – many small venues in the old town and along the river face closure within a year. So that bands do not have to play in the street, please sign the petition:';
    const wrapped = rebuildParagraphs([...menu, wrap(para, 78), '', 'Older post', 'Newer post'].join('\n'));
    expect(wrapped.wrapWidth).toBeGreaterThan(0);
    expect(wrapped.text.split('\n')).toContain(para);
    // Three lines of a width that each end a sentence are three paragraphs.
    const sentences = ['The new fees are out of all proportion, and they will hit the small venues first.', 'Many of them say they will have to close by the end of the year, or sooner.', 'The committee asks everyone to sign the petition before the end of the month.'];
    const apart = rebuildParagraphs([...menu, ...sentences, '', 'Older post'].join('\n'));
    expect(apart.wrapWidth).toBe(0);
    expect(apart.text.split('\n')).toEqual(expect.arrayContaining(sentences));
  });
  it('takes short lines that reach one width in several paragraphs for no margin, so that what it rebuilds stays as it is', () => {
    // Three two-line paragraphs, each a long line and one word: joined, they would read as one
    // paragraph wrapped at the width of the longest and be joined again.
    const lines = ['Rain fell on the harbour town all day', 'long', 'and the ferries stayed in port until dusk', 'came', 'while the fishermen mended their nets', 'slowly', 'in the sheds'];
    const once = rebuildParagraphs(lines.join('\n')).text;
    expect(once.split(/\s+/)).toEqual(lines.join(' ').split(/\s+/));
    expect(rebuildParagraphs(once).text).toBe(once);
    // Nor is a margin one that a line's next word would have fitted under.
    const fits = ['A aAA AAAAa AAaAAAaAAA', 'A Aa AAAaAa aAaAAAAAAA', 'A AAaA A AAaAa aAAaAaAA', 'aAaAAaa', 'a'].join('\n');
    const rebuilt = rebuildParagraphs(fits).text;
    expect(rebuildParagraphs(rebuilt).text).toBe(rebuilt);
  });
  it('joins the wrapped paragraphs of a page of teasers of every width when several lines go on in lower case', () => {
    // Teasers 36 to 60 columns wide, three of each: too many lines for the few at the margin to
    // make a share or a cliff, and no lines at it that all go on (some end sentences).
    const words = 'Harbour festival draws crowds to the old town as bands play late into the night and stalls sell food '.repeat(3);
    const teaser = (width: number) => (words.slice(0, width).endsWith(' ') ? `${words.slice(0, width - 1)}s` : words.slice(0, width));
    const teasers = Array.from({ length: 75 }, (_, k) => teaser(36 + (k % 25)));
    const paras = [
      'After the storm the volunteers cleaned the harbour walls on saturday morning and collected more than two tonnes of rubbish, which the council will take away on monday. they plan to meet again next month, when the weather should be warmer and the days longer than they are now in the winter.',
      'Most of them came from the villages along the coast, and some had driven for more than an hour to help. the council thanked them and promised to pay for the skips and the gloves next time as well.',
    ];
    const wrapped = rebuildParagraphs(['Home', ...teasers, '', ...paras.flatMap((p) => [wrap(p, 72), ''])].join('\n'));
    expect(wrapped.wrapWidth).toBe(72);
    expect(wrapped.text.split('\n')).toEqual(expect.arrayContaining(paras));
    // Lines of that width that start with a capital after a full stop are a browser's paragraphs.
    const sentences = [
      'After the storm the volunteers cleaned the harbour walls on Saturday.',
      'Morning came and they collected more than two tonnes of rubbish there.',
      'Will the council take away all of it on Monday, as it said it would do?',
      'They plan to meet again next month, when the weather should be warmer.',
    ];
    expect(rebuildParagraphs(['Home', ...teasers, '', ...sentences].join('\n')).wrapWidth).toBe(0);
  });

  it('joins a word hyphenated at the margin without a space', () => {
    const hyphenated = [
      'Heavy rain on Sunday swept away two bridges and cut off three moun-',
      'tain villages in the north of the country, where rescue teams were',
      'still trying to reach about forty families on Monday evening.',
    ].join('\n');
    expect(rebuiltOver(hyphenated)).toContain('three moun-tain villages in the north');
  });

  it('drops the hyphen of a word hyphenated at the margin when the page writes the word whole elsewhere', () => {
    const hyphenated = [
      'Heavy rain on Sunday swept away two bridges and cut off three moun-',
      'tain villages in the north of the country, where rescue teams were',
      'still trying to reach about forty families in two of the region\'s well-',
      'known holiday towns on Monday evening, before the mountain road closed.',
    ].join('\n');
    const rebuilt = rebuiltOver(hyphenated);
    // "mountain" stands whole in the last line; "wellknown" nowhere: that hyphen is the compound's.
    expect(rebuilt).toContain('cut off three mountain villages in the north');
    expect(rebuilt).toContain("region's well-known holiday towns");
  });

  it('drops every hyphen a typesetter put at the margin once the page confirms two, but not a compound the page writes', () => {
    const typeset = [
      'Heavy rain on Sunday swept away two bridges and cut off three mount-',
      'ain villages in the north, where the emergency services and volunte-',
      'ers worked through the night on the long-term repairs of the roads,',
      'and the regional government promised help for the long-term rebuild-',
      'ing of the villages and a review of its flood defences, which the',
      'residents of the three mountain villages say came too late. The',
      'emergency services expect the defences to be ready by next year, and',
      'the government will pay for the rebuilding of the bridges in the',
      'mountains as well.',
      '',
      'The council said that its long-term plan is ready, and the long-',
      'term costs would be shared by the region and the state.',
    ].join('\n');
    const rebuilt = rebuiltOver(typeset);
    // "mountain" and "rebuilding" stand whole elsewhere: a typesetter hyphenated the page, and
    // "volunteers" loses its hyphen too; "long-term" stands as a compound.
    expect(rebuilt).toContain('emergency services and volunteers worked');
    expect(rebuilt).toContain('help for the long-term rebuilding of the villages');
    expect(rebuilt).toContain('and the long-term costs would be shared');
    // With one word confirmed only, a hyphen the page does not confirm stays.
    const once = typeset.replace('long-term rebuild-\ning', 'long-term\nrebuilding');
    expect(rebuiltOver(once)).toContain('services and volunte-ers worked');
  });

  it('joins a line to the next when a word of one letter, bound to the word after it, would have fitted alone', () => {
    // "w\u00a0Polsce": the page binds the preposition to its noun; the dump shows a plain space.
    const headline = 'Nowe mosty na rzece otwarte po powodzi. Jak wygląda odbudowa dróg\nw regionie?';
    const text = [headline, '', ...PARAGRAPHS.map((p) => wrap(p, 72)), ''].join('\n');
    expect(headline.split('\n')[0]!.length + 2).toBeLessThanOrEqual(72);
    expect(rebuildParagraphs(text).text.split('\n')[0]).toBe(headline.replace('\n', ' '));
  });

  it('finds the margin past which only lines of one unbreakable word go', () => {
    // A text-mode browser's list of pictures by their file names, each longer than the margin.
    const files = Array.from({ length: 8 }, (_, k) => ` ${k + 1}. the_mayor_of_the_harbour_town_opens_the_rebuilt_bridges_after_the_spring_floods_${k}`);
    const headline = 'The mayor of the harbour town opens both bridges rebuilt after the spring\nfloods';
    const text = [headline, '', ...PARAGRAPHS.map((p) => wrap(p, 78)), '', ...files, ''].join('\n');
    const out = rebuildParagraphs(text);
    expect(out.wrapWidth).toBeGreaterThan(70);
    expect(out.wrapWidth).toBeLessThanOrEqual(78);
    expect(out.text.split('\n')[0]).toBe(headline.replace('\n', ' '));
  });

  it('takes out the numbers a text-mode browser puts before links, and only in such a text', () => {
    const menu = ['Home', 'World', 'Politics', 'Business', 'Science', 'Sport', 'Culture', 'Weather'];
    const dump = [
      ...menu.map((m, i) => `   [${i + 1}]${m}`),
      '',
      '   Floods cut off three mountain villages',
      '',
      wrap(`${PARAGRAPHS[0]!} Read the [9]full report of the weather service.`, 76, '   '),
      '',
      wrap(PARAGRAPHS[1]!, 76, '   '),
    ].join('\n');
    const rebuilt = rebuildParagraphs(dump).text;
    expect(rebuilt).not.toMatch(/\[\d+\]/u);
    expect(rebuilt.split('\n')).toContain('Politics');
    expect(rebuilt).toContain('Read the full report of the weather service.');
    // A browser's copy with a few footnote marks keeps them.
    const notes = `${PARAGRAPHS[0]}[1]\n\n${PARAGRAPHS[1]} [2]\n\n[3]Smith, J. (2020). Floods.\n`;
    expect(rebuildParagraphs(notes).text).toBe(notes);
    // A page of few links: its list of addresses at the end says the numbers are links'.
    const few = ['   [1]Home', '', wrap(PARAGRAPHS[0]!, 76, '   '), '   [2]Jane Example, Associated Press', '', 'References', '', '   1. https://example.org/', '   2. https://example.org/photos/'].join('\n');
    const lines = rebuildParagraphs(few).text.split('\n');
    expect(lines).toContain('Jane Example, Associated Press');
    expect(lines).not.toContain('References');
  });

  it('joins paragraphs marked by a first-line indent, without blank lines between them', () => {
    // Each paragraph's first line indented by four spaces (the indent counts toward the margin), its other lines at the margin.
    const indented = (p: string) => `    ${wrap(`xxxx ${p}`, 72).slice(5)}`;
    const text = PARAGRAPHS.map(indented).join('\n');
    expect(text.split('\n')[0]).toMatch(/^ {4}Heavy/u);
    expect(text.split('\n')[1]).toMatch(/^\S/u);
    expect(rebuildParagraphs(text).text.split('\n').filter(Boolean).map((l) => l.trim())).toEqual(PARAGRAPHS);
  });

  it('in a text marked by first-line indents, starts a paragraph at every indented line, though the line before nearly reached the margin', () => {
    const indented = (p: string) => `    ${wrap(`xxxx ${p}`, 72).slice(5)}`;
    // A headline that fills most of a line, and a standfirst whose first word would not have fitted after it.
    const headline = '    Regional council agrees to rebuild the two bridges lost in floods';
    const standfirst = 'Work starts in spring and should take two years, the council said.';
    // (the paragraphs twice: a text shows its first-line indents on three paragraphs or more)
    const body = [...PARAGRAPHS, ...PARAGRAPHS];
    const text = [headline, `    ${standfirst}`, ...body.map(indented)].join('\n');
    const lines = rebuildParagraphs(text).text.split('\n').filter(Boolean).map((l) => l.trim());
    expect(lines.slice(0, 2)).toEqual([headline.trim(), standfirst]);
    expect(lines.slice(2)).toEqual(body);
    // Each paragraph under a short heading of its own indent: the headings end their blocks, so
    // the paragraphs still show the text's first-line indents.
    const sections = PARAGRAPHS.flatMap((p, k) => [`    Section ${k + 1}`, indented(p)]);
    const under = rebuildParagraphs([headline, `    ${standfirst}`, ...sections].join('\n')).text.split('\n').filter(Boolean).map((l) => l.trim());
    expect(under.slice(0, 2)).toEqual([headline.trim(), standfirst]);
  });

  it('finds the margin of Markdown text among lines of links that its addresses make long', () => {
    const links = Array.from({ length: 14 }, (_, i) => `[Section number ${i + 1} of the site](https://example.org/sections/${'x'.repeat(i * 2)}${i}.html)`);
    const text = [...links, '', wrap(PARAGRAPHS[0]!, 78), '', wrap(PARAGRAPHS[1]!, 78), ''].join('\n');
    const lines = rebuildParagraphs(text).text.split('\n').filter(Boolean);
    expect(lines.slice(-2)).toEqual([PARAGRAPHS[0], PARAGRAPHS[1]]);
  });

  it('joins a word in capitals hyphenated at the margin, without its hyphen when the page writes it whole', () => {
    const lines = [
      'HEAVY RAIN ON SUNDAY SWEPT AWAY TWO BRIDGES AND CUT OFF THREE MOUN-',
      'TAIN VILLAGES IN THE NORTH, WHERE RESCUE TEAMS WERE STILL TRYING TO',
      'reach about forty families on Monday evening in the mountain valleys.',
    ].join('\n');
    expect(rebuiltOver(lines)).toContain('CUT OFF THREE MOUNTAIN VILLAGES IN THE NORTH');
  });

  it('keeps the space after a hyphen that a conjunction follows ("Umwelt- und Sozialstandards")', () => {
    const lines = [
      'Die Firma hat sich in den letzten Jahren strengen Regeln für Umwelt-',
      'und Sozialstandards unterworfen, die von unabhängigen Prüfern und',
      'von den Kunden selbst regelmäßig kontrolliert und bewertet werden.',
    ].join('\n');
    expect(rebuiltOver(lines)).toContain('für Umwelt- und Sozialstandards');
  });

  it('keeps a byline or a date under a headline that nearly reached the margin on a line of its own', () => {
    // The headline fills the 76-column margin: the next line's first word would not have fitted after it.
    const headline = 'Regional council agrees to rebuild the two bridges lost in the spring floods';
    for (const under of ['By Jane Example', 'Von Erika Beispiel', '15.03.2024 10:12', 'Tuesday, 12 March 2024', 'March 12, 2024', 'Getty Images', 'REUTERS']) {
      const text = `${headline}\n${under}\n\n${PARAGRAPHS.map((p) => wrap(p, 76)).join('\n\n')}\n`;
      const lines = rebuildParagraphs(text).text.split('\n').filter(Boolean);
      expect(lines.slice(0, 2)).toEqual([headline, under]);
    }
    // A headline that closes with a question mark, then a short line that closes nothing (a section, a caption's credit).
    const question = 'Will the regional council agree to rebuild the two bridges before winter?';
    const asked = rebuildParagraphs(`${question}\nAnalysis\n\n${PARAGRAPHS.map((p) => wrap(p, 76)).join('\n\n')}\n`);
    expect(asked.text.split('\n').slice(0, 2)).toEqual([question, 'Analysis']);
    // A caption that closes with its picture's credit in brackets, then the next block's kicker.
    const caption = 'The old bridge at Easton the morning after the flood. (Jane Example/AP)';
    const captioned = rebuildParagraphs(`${caption}\nREGION\n\n${PARAGRAPHS.map((p) => wrap(p, 76)).join('\n\n')}\n`);
    expect(captioned.text.split('\n').slice(0, 2)).toEqual([caption, 'REGION']);
    // An agency's name after a word that leads a credit goes on it.
    const credited = 'The old bridge at Easton the morning after the flood. Jane Example via\nGetty Images';
    expect(rebuildParagraphs(`${credited}\n\n${PARAGRAPHS.map((p) => wrap(p, 76)).join('\n\n')}\n`).text.split('\n')[0]).toBe(credited.replace('\n', ' '));
    // A sentence wrapped before a date or a name still goes on.
    const sentence = 'The council said on Monday that the work on both bridges would start in\nMarch 2024 and take about six months.';
    const text = `${sentence}\n\n${PARAGRAPHS.map((p) => wrap(p, 76)).join('\n\n')}\n`;
    expect(rebuildParagraphs(text).text.split('\n')[0]).toBe(sentence.replace('\n', ' '));
  });

  it('keeps a schedule\'s lines apart though one of them reached the margin, and joins the item that wrapped', () => {
    const schedule = [
      'May 12 -- Riverside Amphitheatre and Garden Stage at Harbour Point, Easton, MD',
      'May 14 -- Old Mill Arena, Dover, DE',
      'May 17 -- Lakeside Pavilion at the County Fairgrounds and Exhibition Centre,',
      'Marston, PA',
      'May 19 -- Town Hall, Millbrook, NY',
    ];
    const text = `${PARAGRAPHS.map((p) => wrap(p, 80)).join('\n\n')}\n\nTour dates:\n${schedule.join('\n')}\n`;
    const lines = rebuildParagraphs(text).text.split('\n');
    expect(lines).toContain(schedule[0]);
    expect(lines).toContain(schedule[1]);
    expect(lines).toContain(`${schedule[2]} ${schedule[3]}`);
    expect(lines).toContain(schedule[4]);
  });

  it('leaves a text that is not wrapped as it is', () => {
    const text = `Menu\nHome\nNews\n\n${PARAGRAPHS.join('\n\n')}\n\nShare\nTweet\n\n© 2024 The Valley Courier\n`;
    const out = rebuildParagraphs(text);
    expect(out.wrapWidth).toBe(0);
    expect(out.from).toBeNull();
    expect(out.text).toBe(text);
  });

  it('puts a blank line between lines of a text that has none, and reads double spacing the same way', () => {
    const lines = ['Menu', 'Home', 'News', 'Floods cut off three villages', ...PARAGRAPHS, 'Share', 'Tweet', '© 2024 The Valley Courier'];
    const single = rebuildParagraphs(lines.join('\n'));
    const double = rebuildParagraphs(lines.join('\n\n'));
    expect(single.respaced).toBe(true);
    expect(single.text).toBe(lines.join('\n\n'));
    expect(double.text).toBe(single.text);
  });

  it('drops text-browser furniture: lone bullets, form controls, image names, the list of links', () => {
    const text = [
      '  •', '  •', '[logo]', '[                    ] [Search]', '□', '',
      wrap(PARAGRAPHS[0]!, 78), '', wrap(PARAGRAPHS[1]!, 78), '', wrap(PARAGRAPHS[2]!, 78), '',
      'References', '', '   1. https://example.org/', '   2. https://example.org/news/',
    ].join('\n');
    const out = rebuildParagraphs(text);
    expect(out.text.split('\n').filter(Boolean)).toEqual(['[                    ] [Search]', ...PARAGRAPHS]);
    expect(out.dropped).toBeGreaterThanOrEqual(7);
  });

  it('drops image names of a text-mode browser: a line of them, file names before a headline', () => {
    const text = [
      '[icon_fb][icon_tw][icon_yt]', '[logo_main] [banner-top]', '', '[hero_image-2] Floods cut off three villages', '',
      wrap(PARAGRAPHS[0]!, 76), '', '[4K] Video: the valley from above', '', wrap(PARAGRAPHS[1]!, 76), '',
    ].join('\n');
    const lines = rebuildParagraphs(text).text.split('\n').filter(Boolean);
    expect(lines).toEqual(['Floods cut off three villages', PARAGRAPHS[0], '[4K] Video: the valley from above', PARAGRAPHS[1]]);
  });

  it("keeps one of a text-mode browser's image description and caption when they say the same", () => {
    const caption = 'Rescue teams reach the first of the three villages cut off by the floods on Monday evening';
    const text = [wrap(PARAGRAPHS[0]!, 76), '', wrap(caption, 76), wrap(caption, 76), '', wrap(PARAGRAPHS[1]!, 76), '', 'Menu', 'Menu', ''].join('\n');
    const out = rebuildParagraphs(text);
    expect(out.text.split('\n').filter(Boolean)).toEqual([PARAGRAPHS[0], caption, PARAGRAPHS[1], 'Menu', 'Menu']);
    const inLines = text.split('\n');
    out.text.split('\n').forEach((line, k) => {
      if (line) expect(inLines.slice(out.from![k]! - 1, out.to![k]!).join(' ')).toBe(line);
    });
    // The copy kept is marked as printed twice (the page counts it as repeated).
    expect(out.doubled.map((l) => out.text.split('\n')[l - 1])).toEqual([caption]);
  });

  it('joins a paragraph wrapped in a column narrower than the text, not a list or a table', () => {
    const side = 'The council said on Tuesday that the new bridge would open in spring, and that buses would run every ten minutes until then.';
    const list = ['Weather and warnings', 'Roads and closures', 'Schools and nurseries', 'Contact the council'];
    const table = ['Rainfall     12 mm', 'Wind         40 km/h', 'Temperature  8 C', 'Humidity     90 %'];
    const text = [wrap(PARAGRAPHS[0]!, 78), '', wrap(PARAGRAPHS[1]!, 78), '', wrap(side, 34), '', ...list, '', ...table, ''].join('\n');
    const out = rebuildParagraphs(text).text.split('\n').filter(Boolean);
    expect(out).toEqual([PARAGRAPHS[0], PARAGRAPHS[1], side, ...list, ...table]);
  });

  it('tells which input lines each output line comes from', () => {
    const text = `Title\n\n${wrap(PARAGRAPHS[0]!, 72)}\n\n${wrap(PARAGRAPHS[1]!, 72)}\n\n${wrap(PARAGRAPHS[2]!, 72)}\n`;
    const out = rebuildParagraphs(text);
    const outLines = out.text.split('\n');
    const inLines = text.split('\n');
    for (let k = 0; k < outLines.length; k++) {
      if (!outLines[k]) continue;
      const span = inLines.slice(out.from![k]! - 1, out.to![k]!).join(' ');
      expect(span).toBe(outLines[k]);
    }
  });

  it('keeps every word of the input but furniture, in order, and is idempotent', () => {
    const word = fc.stringMatching(/^[a-zA-Z]{1,12}$/);
    const para = fc.array(word, { minLength: 1, maxLength: 60 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 12 }), fc.integer({ min: 30, max: 120 }), fc.boolean(), (paras, width, blank) => {
        const text = paras.map((p) => wrap(p, width)).join(blank ? '\n\n' : '\n');
        const once = rebuildParagraphs(text).text;
        expect(once.split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
        expect(rebuildParagraphs(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('wrapColumn', () => {
  it('finds the margin of a wrapped text and none in a browser copy', () => {
    const wrapped = PARAGRAPHS.map((p) => wrap(p, 72)).join('\n\n');
    expect(wrapColumn(wrapped.split('\n').map(displayWidth))).toBeGreaterThan(62);
    expect(wrapColumn([...PARAGRAPHS, 'Menu', 'Home'].map(displayWidth))).toBe(0);
  });
});
