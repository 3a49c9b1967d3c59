/**
 * Layouts of a corpus that ../shared/bench/layouts.mjs does not make, as other clients lay the
 * same text out: a text-mode browser's dump (80 columns, a 3-space margin, links numbered, as lynx -dump), pandoc's
 * plain text (72 columns), an e-mail (66 columns, CRLF line breaks), a PDF copy (68 columns,
 * long words hyphenated at the margin), html2text's Markdown (78 columns, links written out) and
 * a plain text whose paragraphs a first-line indent marks (72 columns, no blank lines). Each non-empty line of the text is hard-wrapped at
 * spaces; blank lines stay; the gold files are copied unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Name -> how the client lays a text out: the column it wraps at, the margin before each row,
 * its line break, whether it hyphenates long words at the margin (PDF), how it writes links:
 * numbered (lynx -dump: "[12]Politics", and the links' addresses listed at the end), as
 * Markdown (html2text: "[Politics](https://...)") or not at all; the indent of a paragraph's
 * first line, if any (then without blank lines).
 */
export const OWN_LAYOUTS = {
  lynx: { width: 80, margin: '   ', eol: '\n', hyphenate: false, links: 'numbered' },
  pandoc: { width: 72, margin: '', eol: '\n', hyphenate: false, links: null },
  email: { width: 66, margin: '', eol: '\r\n', hyphenate: false, links: null },
  pdf: { width: 68, margin: '', eol: '\n', hyphenate: true, links: null },
  html2text: { width: 78, margin: '', eol: '\n', hyphenate: false, links: 'markdown' },
  indented: { width: 72, margin: '', eol: '\n', hyphenate: false, links: null, indent: '    ' },
};

/** A word a PDF copy may hyphenate at the margin: nine letters or more. */
const HYPHENATED = /^\p{L}{9,}$/u;

/**
 * A line wrapped at spaces so that no row (margin included) passes `width`, unless one word does;
 * with `hyphenate`, a long word that does not fit is cut with a hyphen where the row ends (at
 * least four letters on the row), as PDF copies do; `indent` goes before the first row.
 */
function wrapLine(line, width, margin, hyphenate, indent = '') {
  const rows = [];
  let row = indent;
  for (const word of line.split(' ')) {
    const room = width - (margin + row + ' ').length;
    if (row.trim() && hyphenate && word.length > room && HYPHENATED.test(word) && room >= 5) {
      rows.push(`${margin}${row} ${word.slice(0, room - 1)}-`);
      row = word.slice(room - 1);
    } else if (row.trim() && (margin + row + ' ' + word).length > width) {
      rows.push(margin + row);
      row = word;
    } else row = row.trim() ? `${row} ${word}` : row + word;
  }
  rows.push(margin + row);
  return rows.join('\n');
}

/**
 * A short line that ends no sentence: without the page's markup, such lines (menu items, teasers,
 * labels) are most often links. (Short in characters too: a paragraph of Chinese or Japanese has
 * few spaces.)
 */
const linkLike = (s) => s !== '' && s.length <= 60 && s.split(/\s+/).length <= 6 && !/[.!?:。！？]$/u.test(s);

/** Links numbered as lynx -dump numbers them: "[n]" before each, and the list of addresses after the text. */
function numberLinks(text) {
  let n = 0;
  const lines = text.split('\n').map((l) => (linkLike(l.trim()) ? `[${++n}]${l.trim()}` : l));
  if (n === 0) return text;
  const list = Array.from({ length: n }, (_, i) => `   ${i + 1}. https://example.org/${i + 1}`);
  return [...lines, '', 'References', '', ...list, ''].join('\n');
}

/** Links written as html2text writes them: "[text](address)". */
function markdownLinks(text) {
  let n = 0;
  return text.split('\n').map((l) => (linkLike(l.trim()) ? `[${l.trim()}](https://example.org/page-${++n}.html)` : l)).join('\n');
}

/** A text as a client lays it out (see OWN_LAYOUTS): links numbered, every non-empty line wrapped (see wrapLine), line breaks written as `eol`. */
export function layOut(text, { width, margin, eol, hyphenate, links, indent = '' }) {
  // (With a first-line indent, a text has no blank lines: the indent marks its paragraphs.)
  const wrap = (t) => (indent ? t.split('\n').filter((l) => l.trim()) : t.split('\n')).map((l) => (l.trim() ? wrapLine(l.trim(), width, margin, hyphenate, indent) : '')).join('\n');
  // (the list of addresses is not wrapped: lynx prints one address a line)
  const numbered = links === 'numbered' ? numberLinks(text) : links === 'markdown' ? markdownLinks(text) : text;
  const at = links === 'numbered' ? numbered.lastIndexOf('\nReferences\n') : -1;
  const laid = at < 0 ? wrap(numbered) : wrap(numbered.slice(0, at)) + numbered.slice(at);
  return laid.replace(/\n/g, eol);
}

/** Writes each of OWN_LAYOUTS of the corpus `src` (one folder per dataset) under `out`/NAME. */
export function makeOwnLayouts(src, out) {
  for (const [name, layout] of Object.entries(OWN_LAYOUTS)) {
    for (const ds of fs.readdirSync(src)) {
      const dir = path.join(src, ds);
      if (!fs.statSync(dir).isDirectory()) continue;
      const to = path.join(out, name, ds);
      fs.mkdirSync(to, { recursive: true });
      for (const f of fs.readdirSync(dir)) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        fs.writeFileSync(path.join(to, f), f.endsWith('.txt') ? layOut(text.replace(/\r\n?/g, '\n'), layout) : text);
      }
    }
  }
}
