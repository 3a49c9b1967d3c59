/**
 * Which of several groups of strings occur in a text, found in one pass over the text
 * however many strings there are (instead of one `includes` per string).
 */
export class Needles {
  /** Groups of each one-character needle, by its character. */
  private readonly single = new Map<number, number>();
  /** Needles of two characters or more, by their first two, each with the groups it stands for. */
  private readonly byStart = new Map<number, { needle: string; groups: number }[]>();
  /** 1 for a character some needle starts with. */
  private readonly starts = new Uint8Array(0x10000);
  private readonly all: number;

  /** `groups[g]`: the needles of group g (at most 31 groups). */
  constructor(groups: readonly (readonly string[])[]) {
    this.all = groups.length === 31 ? -1 >>> 1 : (1 << groups.length) - 1;
    groups.forEach((needles, g) => {
      for (const needle of needles) {
        if (needle === '') throw new Error('empty needle');
        const first = needle.charCodeAt(0);
        this.starts[first] = 1;
        if (needle.length === 1) {
          this.single.set(first, (this.single.get(first) ?? 0) | (1 << g));
          continue;
        }
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
    for (let p = 0; p < n && found !== this.all; p++) {
      const c = text.charCodeAt(p);
      if (this.starts[c] === 0) continue;
      const one = this.single.get(c);
      if (one !== undefined) found |= one;
      if (p + 1 >= n) break;
      const list = this.byStart.get(c * 0x10000 + text.charCodeAt(p + 1));
      if (list === undefined) continue;
      for (const { needle, groups } of list) if ((found & groups) !== groups && text.startsWith(needle, p)) found |= groups;
    }
    return found;
  }
}
