/**
 * Markdown-like text, as html2text and some reader apps give a page: links written
 * "[text](address)", pictures "![description](address)", headings "# Title", emphasis
 * "**word**". The layout stage reads such a text as the words a browser shows: a link's text,
 * no pictures, no markers. Only a text with many links written so is read this way: a browser's
 * copy of a page may quote Markdown once or twice.
 */
import { LAYOUT } from '../constants.js';

/** A link written the Markdown way: "](" and an address or a fragment. */
const LINK_TARGET = /\]\((?:https?:|\/|#|\.\.?\/|mailto:|www\.)/u;

/** Whether a link's address starts at `at` of a line, after the text's closing bracket: "](https://...". */
export const addressAt = (line: string, at: number): boolean => line.charCodeAt(at) === 0x28 && LINK_TARGET.test(line.slice(at - 1, at + 12));

/** Whether a text writes its links the Markdown way, on LAYOUT.MARKDOWN_LINK_LINES lines or more. */
export function writesMarkdownLinks(lines: readonly string[]): boolean {
  let seen = 0;
  for (const line of lines) if (line.includes('](') && LINK_TARGET.test(line) && ++seen >= LAYOUT.MARKDOWN_LINK_LINES) return true;
  return false;
}

// (Every run is bounded and stops at the bracket that closes it: no backtracking.)
/** A picture: "![description](address "title")". */
const IMAGE = /!\[[^\]\n]{0,300}\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,300}")?\)/gu;
/** A link: "[text](address "title")"; the text stays. */
const LINK = /\[([^\]\n]{0,500})\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,300}")?\)/gu;
/** A heading's marker: "## " at the start. */
const HEADING_MARK = /^#{1,6}\s+/u;
/**
 * Strong emphasis as html2text writes it: "**word**". (Not "__word__": pages write Python's
 * "__init__" and "__del__" as they are, and html2text's strong mark is "**".)
 */
const STRONG = /\*\*(?=\S)([^*\n]{1,500}?\S)\*\*/gu;

/** A line or paragraph without its Markdown: pictures dropped, links as their text, no heading marks or strong emphasis. */
export function withoutMarkdown(text: string): string {
  let out = text.includes('](') ? text.replace(IMAGE, '').replace(LINK, '$1') : text;
  if (out.charCodeAt(0) === 0x23) out = out.replace(HEADING_MARK, '');
  if (out.includes('**')) out = out.replace(STRONG, '$1');
  return out.trim();
}

/** A line of links and pictures only (a menu, a row of teasers), a bullet before them or not. */
const LINKS_ONLY = /^(?:[*+-]\s+)?(?:!?\[[^\]\n]{0,500}\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,300}")?\)[\s|·•,]*)+$/u;

/** Whether a line is links and pictures only. */
export const linksOnly = (line: string) => line.includes('](') && LINKS_ONLY.test(line);

/**
 * Whether a line of Markdown starts a block: a heading, or a line of links only. The addresses
 * make such lines long, and the next one's first "word" (a whole link) seldom fits after them,
 * which in a wrapped paragraph would mean the wrapper moved it down: here it means nothing. (A
 * heading the wrapper cut goes on in the next line; a line of links only goes on in none.)
 */
export function startsBlock(line: string): boolean {
  return (line.charCodeAt(0) === 0x23 && HEADING_MARK.test(line)) || linksOnly(line);
}

/**
 * Whether a line leaves a link's text open ("[Keine Spiel-Talstraße zur") that the next line
 * closes ("Republik Neustadt](https://...)"): a wrapper broke the line inside the link's text,
 * where the address after it made the line too long, however short the part before the break.
 */
export function linkGoesOn(line: string, next: string): boolean {
  const open = line.lastIndexOf('[');
  if (open < 0 || line.indexOf(']', open) >= 0) return false;
  const close = next.indexOf('](');
  return close >= 0 && next.lastIndexOf('[', close) < 0 && addressAt(next, close + 1);
}
