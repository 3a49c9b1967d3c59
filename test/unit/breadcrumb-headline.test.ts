/**
 * A text browser renders a breadcrumb as a list, and its last item is often the headline, as the
 * page gives it (the heading under it may have a kicker joined to it, or lose its colon): the
 * headline search offers that item when a line under it repeats it, and no other list item.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/blocks/classify.js';
import { DEFAULT_MODEL } from '../../src/model/index.js';
import { mainRunStart } from '../../src/metadata/index.js';
import { titleCandidates } from '../../src/metadata/title.js';
import { readPage } from '../../src/page/index.js';

const BODY = [
  'The harbour stayed closed on Sunday as winds of more than 100 km/h kept ferries in port for a third day running, and the coastguard said it expected no change before Tuesday.',
  'Port officials said they hoped to reopen on Monday, but warned that the backlog of freight waiting on the quays would take at least a week to clear once the ships could sail.',
  'Cyclists and walkers were asked to keep away from the sea front, where waves broke over the wall for most of the afternoon and several benches were carried off.',
];

describe('a breadcrumb that ends with the headline', () => {
  // A text browser renders a breadcrumb as a list; the headline under it may have a kicker.
  const trail = (last: string, under: string) =>
    ['  • Home', '  • News', `  • ${last}`, '', under, '', ...BODY.flatMap((b) => [b, ''])].join('\n');
  const candidatesOf = (text: string) => {
    const { page: p } = readPage(text);
    const labels = classify(p, DEFAULT_MODEL, false);
    return titleCandidates(p, labels, mainRunStart(p, labels)).map((c) => p.text(c));
  };

  it('offers the last item when the headline under it repeats it', () => {
    const last = 'Storm Closes Harbour: Ferries Stay in Port';
    expect(candidatesOf(trail(last, 'Weather Storm Closes Harbour Ferries Stay in Port'))).toContain(last);
  });

  it('does not offer a menu item that nothing under it repeats', () => {
    const last = 'Ferry Timetables';
    expect(candidatesOf(trail(last, 'Storm Closes the Harbour'))).not.toContain(last);
  });
});
