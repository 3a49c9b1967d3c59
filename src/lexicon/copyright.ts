/**
 * A site's copyright line ("© 2024 Acme", "Copyright 2019 Acme. All rights reserved."): the
 * page's footer, and never a picture's credit.
 */
import { COPYRIGHT_SIGNS, RIGHTS_RESERVED } from './metadata.js';
import { inOrder } from './pattern.js';

const SITE_COPYRIGHT_RE = new RegExp(`(?:${inOrder(COPYRIGHT_SIGNS)})\\s*(?:\\d{4})|${inOrder(RIGHTS_RESERVED)}`, 'iu');

/** Whether the line carries a site's copyright: a copyright sign with a year, or "all rights reserved". */
export function isSiteCopyright(text: string): boolean {
  return SITE_COPYRIGHT_RE.test(text);
}
