/**
 * Stage 2: segment normalised text into blocks, one per non-empty line.
 *
 * Browsers render a paragraph as a line followed by a blank line and most other block
 * elements (menu items, buttons, list items) as single lines, so the line is the unit and
 * the number of blank lines before it is kept as a feature. A line's shape (list item,
 * quote) is read from its leading marker.
 */
import type { Shape } from '../types.js';

export interface Segment {
  index: number;
  /** 1-based line number in the normalised text. */
  line: number;
  text: string;
  gapBefore: number;
  shape: Shape;
  marker?: string;
  /** The list or quote marker taken off the start of the line ("1. ", "- ", "> "). */
  prefix?: string;
}

const BULLET = /^([•·▪▸►‣◦●○■□➤→✓✔*-])\s+(?=\S)/;
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

export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  const lines = text.split('\n');
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw === '') {
      gap++;
      continue;
    }
    const s = shapeOf(raw);
    const seg: Segment = { index: out.length, line: i + 1, text: s.text, gapBefore: out.length === 0 ? 1 : gap, shape: s.shape };
    if (s.marker) seg.marker = s.marker;
    if (s.text.length < raw.length) seg.prefix = raw.slice(0, raw.length - s.text.length);
    out.push(seg);
    gap = 0;
  }
  return out;
}
