/**
 * Which of several groups of strings occur in a text, found in one pass over the text
 * however many strings there are (instead of one `includes` per string).
 */

/** A slot for the first three UTF-16 units of a needle (or of a text at a position). */
const trigram = (a: number, b: number, c: number) => (Math.imul(a, 0x3c6ef35f) ^ Math.imul(b, 0x9e3779b1) ^ c) & 0xffff;

export class Needles {
  /** Groups of each one-character needle, by its character. */
  private readonly single = new Map<number, number>();
  /** Needles of two characters or more, by their first two, each with the groups it stands for. */
  private readonly byStart = new Map<number, { needle: string; groups: number }[]>();
  /** 1 for a slot (see trigram) that the start of a needle of three characters or more falls in. */
  private readonly starts3 = new Uint8Array(0x10000);
  /** 1 for the first character of a needle of one or two characters. */
  private readonly shortStarts = new Uint8Array(0x10000);
  private readonly all: number;

  /** `groups[g]`: the needles of group g (at most 31 groups). */
  constructor(groups: readonly (readonly string[])[]) {
    this.all = groups.length === 31 ? -1 >>> 1 : (1 << groups.length) - 1;
    groups.forEach((needles, g) => {
      for (const needle of needles) {
        if (needle === '') throw new Error('empty needle');
        const first = needle.charCodeAt(0);
        if (needle.length === 1) {
          this.shortStarts[first] = 1;
          this.single.set(first, (this.single.get(first) ?? 0) | (1 << g));
          continue;
        }
        if (needle.length === 2) this.shortStarts[first] = 1;
        else this.starts3[trigram(first, needle.charCodeAt(1), needle.charCodeAt(2))] = 1;
        const key = first * 0x10000 + needle.charCodeAt(1);
        const list = this.byStart.get(key) ?? [];
        const same = list.find((e) => e.needle === needle);
        if (same) same.groups |= 1 << g;
        else list.push({ needle, groups: 1 << g });
        this.byStart.set(key, list);
      }
    });
  }

  /** The groups with a needle in `text`, as bits (bit g for group g). */
  find(text: string): number {
    let found = 0;
    const n = text.length;
    let b = n > 0 ? text.charCodeAt(0) : 0;
    let c = n > 1 ? text.charCodeAt(1) : 0;
    for (let p = 0; p < n && found !== this.all; p++) {
      const a = b;
      b = c;
      c = p + 2 < n ? text.charCodeAt(p + 2) : 0;
      // Most positions start no needle: a look-up in a table of 64K slots tells.
      const long = p + 2 < n && this.starts3[trigram(a, b, c)] === 1;
      if (!long && this.shortStarts[a] === 0) continue;
      const one = this.single.get(a);
      if (one !== undefined) found |= one;
      if (p + 1 >= n) break;
      const list = this.byStart.get(a * 0x10000 + b);
      if (list === undefined) continue;
      for (const { needle, groups } of list) if ((found & groups) !== groups && text.startsWith(needle, p)) found |= groups;
    }
    return found;
  }
}
