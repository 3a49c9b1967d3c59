import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { makeWordTable } from '../../src/lexicon/word-table.js';
import WORDS from '../../src/lexicon/words.json' with { type: 'json' };

describe('src/lexicon/words.json', () => {
  it('is the table of the installed stopword lists and PERSONAL_WORDS (else run `npm run lexicon:words`)', () => {
    const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    expect(WORDS).toEqual(makeWordTable(lists));
  });
});
