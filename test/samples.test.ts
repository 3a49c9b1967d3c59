/** Every bundled sample page cleans to exactly the Markdown written beside it. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, renderMarkdown } from '../src/index.js';

const dir = path.resolve(import.meta.dirname, '..', 'samples');
const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe('samples', () => {
  it('has at least eight pages, each with its expected Markdown', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const p of pages) expect(fs.existsSync(path.join(dir, p.replace(/\.txt$/, '.md'))), p).toBe(true);
  });
  for (const page of pages) {
    it(`cleans ${page} to ${page.replace(/\.txt$/, '.md')}`, () => {
      const text = fs.readFileSync(path.join(dir, page), 'utf8');
      const expected = fs.readFileSync(path.join(dir, page.replace(/\.txt$/, '.md')), 'utf8');
      expect(renderMarkdown(clean(text))).toBe(expected);
    });
  }
});
