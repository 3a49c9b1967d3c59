import { describe, expect, it } from 'vitest';
import { dropRepeats } from '../../src/blocks/repeats.js';
import { contentWords, WordNumbers } from '../../src/blocks/words.js';
import type { Label } from '../../src/types.js';

const numbered = (texts: string[]) => {
  const numbers = new WordNumbers();
  for (const t of texts) numbers.add(contentWords(t));
  return numbers.words;
};

const LEAD = 'Heavy rain swept away two bridges and flooded three mountain villages overnight, officials said.';
const NEXT = 'Rescue teams reached most families by helicopter before nightfall on Monday.';

describe('dropRepeats', () => {
  it('drops a kept block that repeats article text kept above it (a hidden copy of the article)', () => {
    const texts = [LEAD, NEXT, `${LEAD} ${NEXT}`, 'Les équipes de secours ont atteint les familles isolées lundi soir.'];
    const label: Label[] = ['body', 'body', 'body', 'body'];
    const reasons: string[] = [];
    dropRepeats(numbered(texts), label, (i, r) => reasons.push(`${i}: ${r}`));
    expect(label).toEqual(['body', 'body', 'boilerplate', 'body']);
    expect(reasons).toEqual(['2: repeats article text kept above']);
  });

  it('keeps text seen only in dropped blocks, short blocks, and blocks that say more than they repeat', () => {
    const texts = [LEAD, LEAD, 'Flooded villages', 'Flooded villages', `${LEAD.slice(0, 40)} while new storms, heavier than any recorded this century, gathered over the southern coast of the country.`];
    const label: Label[] = ['boilerplate', 'body', 'heading', 'heading', 'body'];
    dropRepeats(numbered(texts), label, () => {});
    expect(label).toEqual(['boilerplate', 'body', 'heading', 'heading', 'body']);
  });
});
