/**
 * src/page/: stages 1-3, from text to pages. Takes the input text; gives its windows (a text
 * too long to be one page is cleaned a window at a time, see windows.ts), each window's text
 * with its paragraphs rebuilt whatever its layout (layout.ts: hard-wrapped lines joined, blank
 * lines read anew, text-browser furniture dropped), and each window's Page (page.ts): the blocks, one per non-empty line of the normalised text (normalize.ts,
 * segment.ts), with their features as typed columns (table.ts), the page's language, and the
 * facts about a line the metadata stage asks for, worked out once. prepare.ts makes a Page;
 * headings.ts tells a heading-shaped line.
 */
export { Page } from './page.js';
export { preparePage, readPage } from './prepare.js';
export { rebuildParagraphs, type Layout } from './layout.js';
export { windows } from './windows.js';
