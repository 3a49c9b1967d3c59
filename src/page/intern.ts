/**
 * Strings numbered in the order they are first seen, looked up by hash as a part of a longer
 * string: a word met again costs no new string. The pages' words (content words, phrase words,
 * tokens) are numbered this way.
 */
import { HASH_SEED, hashStep } from '../lexicon/stopwords.js';

/** The hash of s[from .. to - 1] (see hashStep). */
export function hashOf(s: string, from = 0, to = s.length): number {
  let h = HASH_SEED;
  for (let k = from; k < to; k++) h = hashStep(h, s.charCodeAt(k));
  return h;
}

/** Whether a equals s[from .. to - 1], with the unit at `apostrophe` (or none, -1) read as ' . */
function same(a: string, s: string, from: number, to: number, apostrophe: number): boolean {
  if (a.length !== to - from) return false;
  for (let j = 0; j < a.length; j++) if (a.charCodeAt(j) !== (from + j === apostrophe ? 0x27 : s.charCodeAt(from + j))) return false;
  return true;
}

export class Interner {
  /** The strings, by number. */
  readonly texts: string[] = [];
  private readonly hashes: number[] = [];
  /** Open addressing: number + 1 by hash, 0 for an empty slot. */
  private slots: Int32Array;

  /** Room for `capacity` strings before the table grows (growing rehashes every string so far). */
  constructor(capacity = 511) {
    // (At most half the slots are used: the table grows past that.)
    let slots = 16;
    while (slots <= 2 * capacity) slots *= 2;
    this.slots = new Int32Array(slots);
  }

  get count(): number {
    return this.texts.length;
  }

  /** The slot of s[from .. to - 1] (whose hash is `hash`), or of the empty slot where it would go. */
  private slot(s: string, from: number, to: number, hash: number, apostrophe: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const k = this.slots[slot]! - 1;
      if (k < 0 || (this.hashes[k] === hash && same(this.texts[k]!, s, from, to, apostrophe))) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The number of s[from .. to - 1] with the unit at `apostrophe` (or none, -1) read as ' ;
   * `hash` is the hash of that string. A string not seen before gets the next number.
   */
  number(s: string, from: number, to: number, hash: number, apostrophe = -1): number {
    const slot = this.slot(s, from, to, hash, apostrophe);
    const k = this.slots[slot]! - 1;
    if (k >= 0) return k;
    const id = this.texts.length;
    const text = s.slice(from, to);
    this.texts.push(apostrophe >= 0 ? `${text.slice(0, apostrophe - from)}'${text.slice(apostrophe - from + 1)}` : text);
    this.hashes.push(hash);
    this.slots[slot] = id + 1;
    if (this.texts.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** The number of text[from .. to - 1] (all of it by default), or -1 when it has none. */
  find(text: string, from = 0, to = text.length): number {
    return this.slots[this.slot(text, from, to, hashOf(text, from, to), -1)]! - 1;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((h, k) => {
      let at = h & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = k + 1;
    });
    this.slots = slots;
  }
}
