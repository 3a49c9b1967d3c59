/**
 * The page's footer: a site's copyright line ("© 2024 Acme. All rights reserved.") under the
 * article closes the page. What follows it (another page's text pasted after, a hidden panel, a
 * copy of the site's "About" section) is not the article, however much it reads like one.
 */
import { CONTEXT } from '../constants.js';
import { isSiteCopyright } from '../lexicon/copyright.js';
import type { Label } from '../types.js';
import type { Page } from '../page/page.js';

/** Drops every block after the first copyright line that comes once the article has begun. */
export function dropAfterFooter(page: Page, label: Label[], why: (i: number, reason: string) => void): void {
  const t = page.table;
  const n = t.length;
  let words = 0;
  let i = 0;
  for (; i < n; i++) {
    if (label[i] !== 'boilerplate') words += t.words[i]!;
    else if (words >= CONTEXT.FOOTER_AFTER_WORDS && t.words[i]! <= CONTEXT.FOOTER_MAX_WORDS && isSiteCopyright(t.texts[i]!)) break;
  }
  for (i++; i < n; i++) {
    if (label[i] === 'boilerplate') continue;
    label[i] = 'boilerplate';
    why(i, "after the site's copyright line");
  }
}
