/**
 * Layouts of a corpus that ../shared/bench/layouts.mjs does not make, as other clients lay the
 * same text out: a text-mode browser's dump (80 columns, a 3-space margin, as lynx -dump), pandoc's
 * plain text (72 columns) and an e-mail (66 columns, CRLF line breaks). Each non-empty line of
 * the text is hard-wrapped at spaces; blank lines stay; the gold files are copied unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Name -> [width, margin, line break]. */
export const OWN_LAYOUTS = {
  lynx: [80, '   ', '\n'],
  pandoc: [72, '', '\n'],
  email: [66, '', '\r\n'],
};

/** A line wrapped at spaces so that no row (margin included) passes `width`, unless one word does. */
function wrapLine(line, width, margin) {
  const rows = [];
  let row = '';
  for (const word of line.split(' ')) {
    if (row && (margin + row + ' ' + word).length > width) {
      rows.push(margin + row);
      row = word;
    } else row = row ? `${row} ${word}` : word;
  }
  rows.push(margin + row);
  return rows.join('\n');
}

/** A text hard-wrapped: every non-empty line wrapped (see wrapLine), line breaks written as `eol`. */
export function wrapText(text, width, margin, eol) {
  return text
    .split('\n')
    .map((l) => (l.trim() ? wrapLine(l.trim(), width, margin) : ''))
    .join('\n')
    .replace(/\n/g, eol);
}

/** Writes each of OWN_LAYOUTS of the corpus `src` (one folder per dataset) under `out`/NAME. */
export function makeOwnLayouts(src, out) {
  for (const [name, [width, margin, eol]] of Object.entries(OWN_LAYOUTS)) {
    for (const ds of fs.readdirSync(src)) {
      const dir = path.join(src, ds);
      if (!fs.statSync(dir).isDirectory()) continue;
      const to = path.join(out, name, ds);
      fs.mkdirSync(to, { recursive: true });
      for (const f of fs.readdirSync(dir)) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        fs.writeFileSync(path.join(to, f), f.endsWith('.txt') ? wrapText(text.replace(/\r\n?/g, '\n'), width, margin, eol) : text);
      }
    }
  }
}
