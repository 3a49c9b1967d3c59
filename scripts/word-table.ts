/**
 * Writes src/lexicon/words.json, the word table of the stopword lists (see makeWordTable in
 * src/lexicon/word-table.ts), from the stopwords-iso package and PERSONAL_WORDS. Run it after
 * updating either; test/unit/word-table.test.ts fails while the file is out of date.
 *
 *   npm run lexicon:words
 *
 * One line per entry and per entry's words, so that a change of the lists reads as a diff.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeWordTable, type WordTable } from '../src/lexicon/word-table.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'src', 'lexicon', 'words.json');

function format(table: WordTable): string {
  const rows = (list: unknown[]) => list.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  return [
    '{',
    `  "codes": ${JSON.stringify(table.codes)},`,
    `  "sizes": ${JSON.stringify(table.sizes)},`,
    `  "entries": [\n${rows(table.entries)}\n  ],`,
    `  "words": [\n${rows(table.words)}\n  ]`,
    '}',
    '',
  ].join('\n');
}

const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
fs.writeFileSync(out, format(makeWordTable(lists)));
console.log(`wrote ${path.relative(root, out)}`);
