import { describe, expect, it } from 'vitest';
import { segment, shapeOf } from '../../src/page/segment.js';

describe('segment', () => {
  it('makes one block per non-empty line and counts the blank lines before it', () => {
    const blocks = segment('Menu\nHome\n\nFirst paragraph.\n\n\nSecond.');
    expect(blocks.map((b) => [b.text, b.gapBefore, b.line])).toEqual([
      ['Menu', 1, 1],
      ['Home', 0, 2],
      ['First paragraph.', 1, 4],
      ['Second.', 2, 7],
    ]);
    expect(blocks.map((b) => b.index)).toEqual([0, 1, 2, 3]);
  });
  it('returns nothing for empty text', () => {
    expect(segment('')).toEqual([]);
    expect(segment('\n\n')).toEqual([]);
  });
});

describe('shapeOf', () => {
  it('reads bullets and numbers as list items', () => {
    expect(shapeOf('• Apples')).toEqual({ shape: 'list-item', marker: '-', text: 'Apples' });
    expect(shapeOf('- Pears')).toEqual({ shape: 'list-item', marker: '-', text: 'Pears' });
    // A list copied inside a list: every bullet is the marker, so cleaning the output again reads the same item.
    expect(shapeOf('- • Plums')).toEqual({ shape: 'list-item', marker: '-', text: 'Plums' });
    expect(shapeOf('- - Figs')).toEqual({ shape: 'list-item', marker: '-', text: 'Figs' });
    expect(shapeOf('2. Second step')).toEqual({ shape: 'list-item', marker: '2.', text: 'Second step' });
    expect(shapeOf('b) Option')).toEqual({ shape: 'list-item', marker: 'b.', text: 'Option' });
  });
  it('does not take dialogue dashes, years or plain text for lists', () => {
    expect(shapeOf('— Нет, — сказал он.').shape).toBe('text');
    expect(shapeOf('2019. A year to remember').shape).toBe('text');
    expect(shapeOf('Plain text').shape).toBe('text');
    expect(shapeOf('a. b').shape).toBe('text');
  });
  it('reads "> " as a quote', () => {
    expect(shapeOf('> quoted words')).toEqual({ shape: 'quote', text: 'quoted words' });
  });
});
