/**
 * The same invented page as other clients lay it out (text-mode browsers, pandoc/html2text,
 * an e-mail or PDF copy, a WET record, two columns side by side) gives the same article as
 * the browser's copy. All text here is invented.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { displayWidth, rebuildParagraphs, splitColumns } from '../../src/page/layout.js';

const TITLE = 'Floods cut off three mountain villages in the north';
const PARAGRAPHS = [
  'Heavy rain on Sunday swept away two bridges and cut off three mountain villages in the north of the country, where rescue teams were still trying to reach about forty families on Monday evening.',
  'The prime minister, who visited the area on Monday afternoon, said an inquiry would look into why the warnings issued by the weather service on Friday had not reached the villages in time.',
  'Local officials said the road to the valley could take weeks to repair, and that helicopters would bring food, water and medicine to the people who had chosen to stay in their homes.',
  'Farmers in the lower valley said they had lost most of their winter feed, and several asked the regional council for help to move their animals to higher ground before the next storm arrives.',
  'The weather service expects more rain later in the week and has asked people living near rivers to follow the advice of the local authorities and to keep their phones charged at all times.',
];
const MENU = ['Home', 'News', 'Weather', 'Sport'];
const FOOTER = ['Share this article', 'Most read', 'Contact us', 'Privacy policy'];

/** Greedy word wrap at `width` columns; `hyphenate` cuts a long last word with a hyphen as PDF copies do. */
function wrap(paragraph: string, width: number, indent = '', hyphenate = false): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of paragraph.split(' ')) {
    const next = row ? `${row} ${word}` : word;
    if (row && displayWidth(indent + next) > width) {
      const room = width - displayWidth(indent + row) - 2;
      if (hyphenate && /^[a-z]{8,}$/.test(word) && room >= 4) {
        rows.push(`${indent}${row} ${word.slice(0, room)}-`);
        row = word.slice(room);
      } else {
        rows.push(indent + row);
        row = word;
      }
    } else row = next;
  }
  if (row) rows.push(indent + row);
  return rows;
}

/** The browser's copy: one line per block. */
const plain = [...MENU, '', TITLE, '', PARAGRAPHS.join('\n\n'), '', ...FOOTER, ''].join('\n');

const layouts: Record<string, string> = {
  // lynx -dump: link numbers before the links, "*" bullets, indented paragraphs wrapped at 76, the links listed at the end.
  lynx: [
    ...MENU.map((m, i) => `     * [${i + 1}]${m}`),
    '',
    `${TITLE}`,
    '',
    ...PARAGRAPHS.flatMap((p) => [...wrap(p, 76, '   '), '']),
    ...FOOTER.map((f, i) => `     * [${i + 5}]${f}`),
    '',
    'References',
    '',
    ...[...MENU, ...FOOTER].map((_, i) => `   ${i + 1}. https://example.org/${i}`),
    '',
  ].join('\n'),
  // pandoc -t plain / html2text: wrapped at 72 columns, "-" bullets.
  pandoc: [...MENU.map((m) => `-   ${m}`), '', TITLE, '', ...PARAGRAPHS.flatMap((p) => [...wrap(p, 72), '']), ...FOOTER.map((f) => `-   ${f}`), ''].join('\n'),
  // An e-mail or PDF copy: wrapped at 66 columns, long words hyphenated at the margin.
  email: [...MENU, '', TITLE, '', ...PARAGRAPHS.flatMap((p) => [...wrap(p, 66, '', true), '']), ...FOOTER, ''].join('\n'),
  // html2text: links written [text](address), pictures ![description](address), "# " headings, wrapped at 78.
  html2text: [
    ...MENU.map((m) => `[${m}](https://example.org/${m.toLowerCase()}/index.html)`),
    '',
    `# ${TITLE}`,
    '',
    '![Rescue teams on the flooded road](https://example.org/media/2024/05/flooded-road-in-the-north.jpg)',
    '',
    ...PARAGRAPHS.flatMap((p, i) => [...wrap(i === 1 ? p.replace('the weather service', '[the weather service](https://example.org/weather-service)') : p, 78), '']),
    ...FOOTER.map((f, i) => `[${f}](https://example.org/footer/${i}/a-long-address-for-the-link.html)`),
    '',
  ].join('\n'),
  // A WET record: one line per block, no blank lines.
  wet: [...MENU, TITLE, ...PARAGRAPHS, ...FOOTER, ''].join('\n'),
  // Double spacing: a blank line after every line.
  double: [...MENU, TITLE, ...PARAGRAPHS, ...FOOTER].join('\n\n') + '\n',
};

/** Words of a text, without hyphens at line ends: what the body says, whatever its line breaks. */
const words = (text: string) => text.replace(/-\s+/g, '').split(/\s+/).filter(Boolean);

describe('the same page in the layouts of other clients', () => {
  const base = clean(plain);

  it('the browser copy gives the invented article', () => {
    expect(base.title).toBe(TITLE);
    expect(base.paragraphs).toEqual(PARAGRAPHS);
  });

  for (const [name, text] of Object.entries(layouts)) {
    it(`${name}: same title and body paragraphs`, () => {
      const a = clean(text);
      expect(a.title).toBe(TITLE);
      if (name === 'email') {
        // Hyphenated words come back with their hyphen ("moun-tain"): the text is the same word for word.
        expect(a.paragraphs.length).toBe(PARAGRAPHS.length);
        expect(words(a.paragraphs.join(' '))).toEqual(words(PARAGRAPHS.join(' ')));
      } else expect(a.paragraphs).toEqual(PARAGRAPHS);
    });
  }
});

describe('splitColumns', () => {
  const LINKS = ['Markets reopen after the holiday', 'New ferry timetable for the islands', 'School year to start a week later', 'Museum opens its winter exhibition'];

  /** An article in a 44-column cell beside a 30-column list of links, as a text-mode browser prints a two-cell table. */
  function sideBySide(): string {
    const left = ['Floods cut off mountain villages', '', ...wrap(PARAGRAPHS[0]!, 44), '', ...wrap(PARAGRAPHS[1]!, 44)];
    const right = ['Latest news', '', ...LINKS.flatMap((l) => [...wrap(l, 30), ''])];
    const rows: string[] = [];
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      const l = left[k] ?? '';
      const r = right[k] ?? '';
      rows.push(r ? l.padEnd(46) + r : l);
    }
    return ['Home', '', ...rows, '', ...wrap(PARAGRAPHS[2]!, 76), ''].join('\n');
  }

  it('reads two columns side by side as the left one, then the right one', () => {
    const out = rebuildParagraphs(sideBySide()).text.split('\n').filter(Boolean);
    expect(out).toEqual(['Home', 'Floods cut off mountain villages', PARAGRAPHS[0], PARAGRAPHS[1], 'Latest news', ...LINKS, PARAGRAPHS[2]]);
  });

  it('tells the input line of every output line', () => {
    const text = sideBySide();
    const out = rebuildParagraphs(text);
    const inLines = text.split('\n');
    out.text.split('\n').forEach((line, k) => {
      if (!line) return;
      expect(inLines[out.from![k]! - 1]).toContain(line.split(' ').slice(0, 2).join(' '));
    });
  });

  it('leaves text without columns alone: a few double spaces, drawn form fields', () => {
    const text = ['Search:  [                    ] [Go]', '[                    ]  Name', '[                    ]  E-mail', '[                    ]  Town', '[                    ]  Phone', ...wrap(`${PARAGRAPHS[0]!}  ${PARAGRAPHS[1]!}`, 76)];
    expect(splitColumns(text)).toBeNull();
  });
});
