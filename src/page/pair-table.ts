/**
 * A table of (number, number) -> number without an object per entry: the pages' phrase trie
 * (see metadata/phrases.ts) and runs of words (see blocks/repeats.ts) are looked up in one.
 */

/** Open addressing over pairs of non-negative integers, to non-negative numbers (get gives -1 for a pair not set). */
export class PairTable {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private size = 0;

  /** Room for `capacity` pairs before the table grows (growing rehashes every pair set so far). */
  constructor(capacity = 511) {
    // (At most half the slots are used: the table grows past that.)
    let slots = 16;
    while (slots <= 2 * capacity) slots *= 2;
    this.keys = new Int32Array(2 * slots);
    this.values = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }

  private slot(a: number, b: number): number {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask;
    for (;;) {
      if (this.values[slot] === -1 || (this.keys[2 * slot] === a && this.keys[2 * slot + 1] === b)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  get(a: number, b: number): number {
    return this.values[this.slot(a, b)]!;
  }

  set(a: number, b: number, value: number): void {
    const slot = this.slot(a, b);
    if (this.values[slot] === -1) {
      this.keys[2 * slot] = a;
      this.keys[2 * slot + 1] = b;
      this.size++;
    }
    this.values[slot] = value;
    if (this.size * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { keys, values } = this;
    this.mask = this.mask * 2 + 1;
    this.keys = new Int32Array(2 * (this.mask + 1));
    this.values = new Int32Array(this.mask + 1).fill(-1);
    this.size = 0;
    for (let s = 0; s < values.length; s++) if (values[s] !== -1) this.set(keys[2 * s]!, keys[2 * s + 1]!, values[s]!);
  }
}
