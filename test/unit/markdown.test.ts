import { describe, expect, it } from 'vitest';
import { rebuildParagraphs } from '../../src/page/layout.js';
import { linkGoesOn, linksOnly, startsBlock, withoutMarkdown, writesMarkdownLinks } from '../../src/page/markdown.js';

describe('Markdown-like text (html2text)', () => {
  it('reads a line as the words it shows: link texts, no pictures, no heading marks or strong emphasis', () => {
    expect(withoutMarkdown('Read the [full report](https://example.org/report "The report") of the **weather service**.')).toBe('Read the full report of the weather service.');
    expect(withoutMarkdown('![A flooded road](https://example.org/img/road.jpg)')).toBe('');
    expect(withoutMarkdown('## Floods cut off three villages')).toBe('Floods cut off three villages');
    expect(withoutMarkdown('[Home](/) | [News](/news) | [Sport](/sport)')).toBe('Home | News | Sport');
    // Not Markdown: brackets without an address, a lone asterisk, snake_case.
    expect(withoutMarkdown('The [sic] remark * in file_name_v2')).toBe('The [sic] remark * in file_name_v2');
    expect(withoutMarkdown('What goes in __init__.py and what in __main__.py?')).toBe('What goes in __init__.py and what in __main__.py?');
  });

  it('reads a text as Markdown only when it writes many links so', () => {
    const links = ['[Home](https://example.org/)', '[News](https://example.org/news)', '[Sport](/sport)', '[Weather](#weather)', '[Contact](mailto:desk@example.org)'];
    expect(writesMarkdownLinks(links)).toBe(true);
    expect(writesMarkdownLinks(links.slice(0, 4))).toBe(false);
    expect(writesMarkdownLinks(['See [this](https://example.org) for more.', 'An array [1, 2](3) in code.'])).toBe(false);
  });

  it('starts a block at a heading or a line of links only; a line of links only takes no next line', () => {
    expect(startsBlock('# Floods cut off three villages')).toBe(true);
    expect(startsBlock('* [News](https://example.org/news) [Sport](https://example.org/sport)')).toBe(true);
    expect(startsBlock('Read the [full report](https://example.org/report) today.')).toBe(false);
    expect(linksOnly('[Home](/) · [News](/news)')).toBe(true);
    expect(linksOnly('# Floods')).toBe(false);
  });

  it('joins a link whose text the wrapper broke, however short its first line', () => {
    expect(linkGoesOn('[Harbour festival draws', 'crowds to the old town](https://example.org/2024/05/harbour-festival.html)')).toBe(true);
    expect(linkGoesOn('[Home](https://example.org/)', 'crowds to the old town](https://example.org/x.html)')).toBe(false);
    expect(linkGoesOn('The [sic', 'remark] stands')).toBe(false);
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Contact'].map((m) => `[${m}](https://example.org/${m.toLowerCase()}/)`);
    const text = [...menu, '', '[Harbour festival draws', 'crowds to the old town](https://example.org/2024/05/harbour-festival-draws-crowds.html)', 'Posted on 12 May 2024 by Jane Example', ''].join('\n');
    const lines = rebuildParagraphs(text).text.split('\n').filter(Boolean);
    expect(lines).toContain('Harbour festival draws crowds to the old town');
    expect(lines).toContain('Posted on 12 May 2024 by Jane Example');
  });

  it('reads a link whose text has a hyphen or an underscore as a link, not as a picture\'s file name', () => {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Contact'].map((m) => `[${m}](https://example.org/${m.toLowerCase()}/)`);
    const text = [...menu, '', '[2024-05-12](https://example.org/2024/05/12/)', '[team_sheet](https://example.org/team-sheet.pdf)', ''].join('\n');
    const lines = rebuildParagraphs(text).text.split('\n').filter(Boolean);
    expect(lines.slice(-2)).toEqual(['2024-05-12', 'team_sheet']);
    // A text-mode browser's picture name before its caption in brackets still goes.
    expect(rebuildParagraphs([...menu, '', '[harbour_banner_1024](Photo: Jane Example)', ''].join('\n')).text).toContain('\n(Photo: Jane Example)');
  });
});
