import { describe, expect, it } from 'vitest';
import { classify, maxSpan, type Classifiable } from '../../src/blocks/classify.js';
import { computeFeatures } from '../../src/blocks/features.js';
import { DEFAULT_MODEL } from '../../src/model/index.js';

const en = 'en';
const blocks = (lines: string[]): Classifiable[] =>
  lines.map((text) => ({ text, shape: 'text' as const, features: computeFeatures(text, en, lines.filter((l) => l === text).length > 1) }));

const PROSE = [
  'The river rose by two metres overnight, and the town council closed the old bridge to traffic on Tuesday morning.',
  'Engineers said the supports had been weakened by the spring floods and that repairs would take at least three months.',
  'Shops on the eastern bank said they had lost most of their customers since the closure, and asked for help from the region.',
];

describe('maxSpan', () => {
  it('finds the contiguous run with the largest sum', () => {
    expect(maxSpan([-1, 2, 3, -2, 4, -10, 1])).toEqual([1, 4]);
    expect(maxSpan([-1, -2])).toBeNull();
    expect(maxSpan([])).toBeNull();
  });
});

describe('classify', () => {
  it('keeps the main run of prose and drops menus and the tail', () => {
    const lines = ['Home', 'News', 'Sport', 'Weather', ...PROSE, 'Related', 'Another story headline here', 'Share'];
    const d = classify(blocks(lines), true, DEFAULT_MODEL);
    expect(d.map((x) => x.label)).toEqual([
      'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'body', 'body', 'boilerplate', 'boilerplate', 'boilerplate',
    ]);
    expect(d[7]!.endMarker).toBe(true);
    expect(d[4]!.p).toBeGreaterThan(0.5);
    expect(d[0]!.p).toBeLessThan(0.5);
    // Every decision explains itself.
    for (const x of d) expect(x.reasons.length).toBeGreaterThan(0);
  });
  it('keeps subheadings between paragraphs', () => {
    const d = classify(blocks([PROSE[0]!, 'What happens next', PROSE[1]!, PROSE[2]!]), true, DEFAULT_MODEL);
    expect(d.map((x) => x.label)).toEqual(['body', 'heading', 'body', 'body']);
  });
  it('keeps list items inside the article', () => {
    const input: Classifiable[] = [
      ...blocks([PROSE[0]!]),
      { text: 'sandbags', shape: 'list-item', features: computeFeatures('sandbags', en, false) },
      { text: 'torches', shape: 'list-item', features: computeFeatures('torches', en, false) },
      ...blocks([PROSE[1]!]),
    ];
    expect(classify(input, true, DEFAULT_MODEL).map((x) => x.label)).toEqual(['body', 'list', 'list', 'body']);
  });
  it('drops an appeal to the reader after the article', () => {
    const d = classify(
      blocks([...PROSE, 'A message from the editors:', 'Dear readers,', 'If you value our reporting, we need your help now: please support us and become a member today.', 'Once', 'Monthly', 'Continue']),
      true,
      DEFAULT_MODEL,
    );
    expect(d.slice(0, 3).map((x) => x.label)).toEqual(['body', 'body', 'body']);
    expect(d.slice(3).every((x) => x.label === 'boilerplate')).toBe(true);
  });
  it('returns no body when there is no prose', () => {
    const d = classify(blocks(['Home', 'About us', 'Contact']), true, DEFAULT_MODEL);
    expect(d.every((x) => x.label === 'boilerplate')).toBe(true);
  });
});
