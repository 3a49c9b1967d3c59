import { describe, expect, it } from 'vitest';
import { linksOnly, startsBlock, withoutMarkdown, writesMarkdownLinks } from '../../src/page/markdown.js';

describe('Markdown-like text (html2text)', () => {
  it('reads a line as the words it shows: link texts, no pictures, no heading marks or strong emphasis', () => {
    expect(withoutMarkdown('Read the [full report](https://example.org/report "The report") of the **weather service**.')).toBe('Read the full report of the weather service.');
    expect(withoutMarkdown('![A flooded road](https://example.org/img/road.jpg)')).toBe('');
    expect(withoutMarkdown('## Floods cut off three villages')).toBe('Floods cut off three villages');
    expect(withoutMarkdown('[Home](/) | [News](/news) | [Sport](/sport)')).toBe('Home | News | Sport');
    // Not Markdown: brackets without an address, a lone asterisk, snake_case.
    expect(withoutMarkdown('The [sic] remark * in file_name_v2')).toBe('The [sic] remark * in file_name_v2');
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
});
