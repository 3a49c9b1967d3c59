/**
 * Stage 2: segment normalised text into blocks, one per non-empty line.
 *
 * Browsers render a paragraph as a line followed by a blank line and most other block
 * elements (menu items, buttons, list items) as single lines, so the line is the unit and
 * the number of blank lines before it is kept as a feature. A line's shape (list item,
 * quote) is read from its leading marker.
 */
import type { Segment, Shape } from '../types.js';
import { stringOf, unitsOf } from './own-string.js';

/**
 * Strings of up to this many characters that are cut out of another are copies; longer ones
 * are kept by V8 as a view into the string they were cut from, and reading such a view
 * character by character costs several times what reading a string of its own does. The
 * later stages read every block's characters, some several times over.
 */
const MAX_SHORT = 12;

export interface SegmentWithPrefix extends Segment {
  /** The list or quote marker taken off the start of the line ("1. ", "- ", "> "). */
  prefix?: string;
}

/** A bullet, or several ("- - item", "• * item": a copied list inside a list): all are the marker, none the item's text. */
const BULLET = /^([•·▪▸►‣◦●○■□➤→✓✔*-])(?:\s+[•·▪▸►‣◦●○■□➤→✓✔*-])*\s+(?=\S)/;
const ORDERED = /^(\d{1,3}|[a-z])([.)])\s+(?=\S)/;
const QUOTE = /^>\s*/;

export function shapeOf(text: string): { shape: Shape; marker?: string; text: string } {
  const bullet = BULLET.exec(text);
  if (bullet) return { shape: 'list-item', marker: '-', text: text.slice(bullet[0].length) };
  const ordered = ORDERED.exec(text);
  // "1. " starts an ordered item; single letters only with ")" ("a)"), and never a year ("2019.").
  if (ordered && (ordered[2] === ')' || /^\d/.test(ordered[1]!))) {
    return { shape: 'list-item', marker: `${ordered[1]}${ordered[2] === ')' ? '.' : ordered[2]}`, text: text.slice(ordered[0].length) };
  }
  if (QUOTE.test(text) && text.length > 1) return { shape: 'quote', text: text.replace(QUOTE, '') };
  return { shape: 'text', text };
}

/**
 * Segments a text that may come in parts, each ending with a line break (except the last):
 * line numbers, block indices and the blank lines before a block go on from part to part.
 */
export class Segmenter {
  /** Blocks and lines so far. */
  blocks = 0;
  lines = 0;
  private gap = 0;

  /** The blocks of the lines of `text`; `more`: more text follows its last line break. */
  add(text: string, more = false): SegmentWithPrefix[] {
    const out: SegmentWithPrefix[] = [];
    const lines = text.split('\n');
    const end = more ? lines.length - 1 : lines.length;
    // The blocks' texts are made as strings of their own (see MAX_SHORT), from the text's UTF-16 units.
    const units = text.length > MAX_SHORT ? unitsOf(text) : null;
    for (let i = 0, at = 0; i < end; at += lines[i]!.length + 1, i++) {
      const raw = lines[i]!;
      this.lines++;
      if (raw === '') {
        this.gap++;
        continue;
      }
      const s = shapeOf(raw);
      const body = units && s.text.length > MAX_SHORT ? stringOf(units, at + raw.length - s.text.length, at + raw.length) : s.text;
      const seg: SegmentWithPrefix = { index: this.blocks, line: this.lines, text: body, gapBefore: this.blocks === 0 ? 1 : this.gap, shape: s.shape };
      if (s.marker) seg.marker = s.marker;
      if (s.text.length < raw.length) seg.prefix = raw.slice(0, raw.length - s.text.length);
      out.push(seg);
      this.blocks++;
      this.gap = 0;
    }
    return out;
  }
}

export function segment(text: string): SegmentWithPrefix[] {
  return new Segmenter().add(text);
}
