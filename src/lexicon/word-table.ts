/**
 * The word table: every word of the stopword lists (stopwords-iso) and of PERSONAL_WORDS, in
 * the form src/lexicon/words.json holds them. scripts/word-table.ts writes that file with
 * makeWordTable; reading the table is several times faster than making it from the lists.
 */
import { PERSONAL_WORDS } from './boilerplate.js';

/**
 * Every word of the stopword lists and of PERSONAL_WORDS, in a form that loads fast: the
 * languages' codes and list sizes, the distinct entries (personal 0 or 1, then the indices of
 * the languages whose list has the word), and the words of each entry.
 */
export interface WordTable {
  codes: string[];
  sizes: number[];
  entries: number[][];
  words: string[][];
}

/** Makes the word table from the stopword lists (stopwords-iso: language code -> words). */
export function makeWordTable(lists: Record<string, string[]>): WordTable {
  const codes = Object.keys(lists);
  const langs = new Map<string, number[]>();
  codes.forEach((code, i) => {
    for (const w of lists[code]!) {
      const key = w.toLowerCase();
      const list = langs.get(key);
      if (!list) langs.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  for (const w of PERSONAL_WORDS) if (!langs.has(w)) langs.set(w, []);
  const personal = new Set(PERSONAL_WORDS);
  const entryOf = new Map<string, number>();
  const entries: number[][] = [];
  const words: string[][] = [];
  for (const [word, list] of langs) {
    const entry = [personal.has(word) ? 1 : 0, ...list];
    const key = entry.join(',');
    let id = entryOf.get(key);
    if (id === undefined) {
      entryOf.set(key, (id = entries.length));
      entries.push(entry);
      words.push([]);
    }
    words[id]!.push(word);
  }
  return { codes, sizes: codes.map((c) => lists[c]!.length), entries, words };
}
