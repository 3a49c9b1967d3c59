/**
 * Layouts of a corpus that ../shared/bench/layouts.mjs does not make, as other clients lay the
 * same text out: a text-mode browser's dump (80 columns, a 3-space margin, as lynx -dump), pandoc's
 * plain text (72 columns), an e-mail (66 columns, CRLF line breaks) and a PDF copy (68 columns,
 * long words hyphenated at the margin). Each non-empty line of the text is hard-wrapped at
 * spaces; blank lines stay; the gold files are copied unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Name -> [width, margin, line break, hyphenate]. */
export const OWN_LAYOUTS = {
  lynx: [80, '   ', '\n', false],
  pandoc: [72, '', '\n', false],
  email: [66, '', '\r\n', false],
  pdf: [68, '', '\n', true],
};

/** A word a PDF copy may hyphenate at the margin: nine letters or more. */
const HYPHENATED = /^\p{L}{9,}$/u;

/**
 * A line wrapped at spaces so that no row (margin included) passes `width`, unless one word does;
 * with `hyphenate`, a long word that does not fit is cut with a hyphen where the row ends (at
 * least four letters on the row), as PDF copies do.
 */
function wrapLine(line, width, margin, hyphenate) {
  const rows = [];
  let row = '';
  for (const word of line.split(' ')) {
    const room = width - (margin + row + ' ').length;
    if (row && hyphenate && word.length > room && HYPHENATED.test(word) && room >= 5) {
      rows.push(`${margin}${row} ${word.slice(0, room - 1)}-`);
      row = word.slice(room - 1);
    } else if (row && (margin + row + ' ' + word).length > width) {
      rows.push(margin + row);
      row = word;
    } else row = row ? `${row} ${word}` : word;
  }
  rows.push(margin + row);
  return rows.join('\n');
}

/** A text hard-wrapped: every non-empty line wrapped (see wrapLine), line breaks written as `eol`. */
export function wrapText(text, width, margin, eol, hyphenate = false) {
  return text
    .split('\n')
    .map((l) => (l.trim() ? wrapLine(l.trim(), width, margin, hyphenate) : ''))
    .join('\n')
    .replace(/\n/g, eol);
}

/** Writes each of OWN_LAYOUTS of the corpus `src` (one folder per dataset) under `out`/NAME. */
export function makeOwnLayouts(src, out) {
  for (const [name, [width, margin, eol, hyphenate]] of Object.entries(OWN_LAYOUTS)) {
    for (const ds of fs.readdirSync(src)) {
      const dir = path.join(src, ds);
      if (!fs.statSync(dir).isDirectory()) continue;
      const to = path.join(out, name, ds);
      fs.mkdirSync(to, { recursive: true });
      for (const f of fs.readdirSync(dir)) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        fs.writeFileSync(path.join(to, f), f.endsWith('.txt') ? wrapText(text.replace(/\r\n?/g, '\n'), width, margin, eol, hyphenate) : text);
      }
    }
  }
}
