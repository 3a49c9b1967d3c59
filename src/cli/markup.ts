/**
 * HTML, XML and RSS given where text copied from a page is expected. The cleaner reads the
 * text a browser shows, not markup: fed the source of a page it would keep tags and scripts as
 * "article". Such an input is refused with the way to turn it into text. The test is
 * conservative, since text pages may well mention a tag or two: the input must start (after a
 * byte-order mark and white space) with a document's opening, or its first KB must be thick
 * with the tags of page markup.
 */

/** The fix given with the refusal. */
export const HTML_FIX = 'w3m -dump -T text/html page.html | article-cleaner';

/** What a markup document starts with. */
const OPENING = /^<(?:!doctype\s+html|html[\s>]|\?xml[\s?]|rss[\s>]|feed[\s>]|head[\s>]|body[\s>])/i;

/** Tags of page markup (opening or closing). */
const TAG = /<\/?(?:div|p|span|a|li|ul|ol|td|tr|th|table|tbody|img|br|hr|h[1-6]|section|article|nav|header|footer|main|aside|script|style|meta|link|form|input|button|iframe|noscript|figure|svg|path)(?=[\s>/])[^<>]{0,300}>/gi;

/** Tags needed in the first KB: an article quoting markup has a handful at most. */
const MANY_TAGS = 12;
/** A text that starts with a tag needs fewer. */
const MANY_TAGS_FROM_START = 4;
const HEAD = 1024;

/** Whether a text is markup (HTML, XML, RSS) rather than the text of a page. */
export function looksLikeMarkup(text: string): boolean {
  const head = text.slice(0, HEAD + 16).replace(/^[\uFEFF\s]+/, '').slice(0, HEAD);
  if (OPENING.test(head)) return true;
  const tags = head.match(TAG)?.length ?? 0;
  return tags >= (head.startsWith('<') ? MANY_TAGS_FROM_START : MANY_TAGS);
}

/** The one-line refusal of a markup input named `display`. */
export function markupProblem(display: string): string {
  return `'${display}' is HTML or XML, not the text of a page; convert it first: ${HTML_FIX}`;
}
