/** The page tail in the neighbourhood features: where a marker such as "More from ..." opens it, and where not. */
import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../../src/blocks/context-features.js';
import { pageWords } from '../../src/blocks/words.js';
import { preparePage } from '../../src/page/index.js';

const PROSE = [
  'The river rose by two metres overnight, and the town council closed the old bridge to traffic on Tuesday morning after an inspection found cracks.',
  'Engineers said the supports had been weakened by the spring floods and that repairs would take at least three months, perhaps longer if it rains.',
  'Shops on the eastern bank said they had lost most of their customers since the closure, and asked the region for help to pay their rents this year.',
  'The council said a temporary footbridge would open next week, and that buses would run every twenty minutes between the two banks until then.',
  'A spokeswoman for the region said an emergency fund for the shops would be discussed on Thursday, and that the first payments could come within a month.',
];
const TEASERS = [
  '- Storm damages harbour wall',
  '- School reopens after repairs',
  '- Council votes on new budget',
  '- Ferry service cut for winter',
  '- Museum gets a new director',
  '- Market moves to the square',
];

/** Whether each block is after the page tail opened, with the article's prose sure and the rest not. */
function tailOf(lines: string[]): number[] {
  const page = preparePage(lines.join('\n\n'));
  const p = lines.map((l) => (PROSE.includes(l) ? 0.95 : 0.05));
  const c = neighbourhoodOf(page.table, p, pageWords(page.table));
  return Array.from(c.tail);
}

describe('the page tail', () => {
  it('does not open at a marker whose list of links, bulleted and spaced out, has the article going on after it', () => {
    const lines = [PROSE[0]!, PROSE[1]!, 'More from the region', ...TEASERS, PROSE[2]!, PROSE[3]!, PROSE[4]!];
    expect(tailOf(lines).every((t) => t === 0)).toBe(true);
  });

  it('does not open at a button the article goes on right under, with no blank line between', () => {
    const page = preparePage([PROSE[0], '', PROSE[1], 'Read more', PROSE[2], '', PROSE[3], PROSE[4]].join('\n'));
    const p = page.table.texts.map((l) => (PROSE.includes(l) ? 0.95 : 0.05));
    const c = neighbourhoodOf(page.table, p, pageWords(page.table));
    expect(Array.from(c.tail).every((t) => t === 0)).toBe(true);
  });

  it('opens at a marker with no article after its list', () => {
    const lines = [PROSE[0]!, PROSE[1]!, PROSE[2]!, 'More from the region', ...TEASERS, 'Storm damages harbour wall again'];
    expect(tailOf(lines).slice(3)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });
});
