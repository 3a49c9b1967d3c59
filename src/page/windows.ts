/**
 * How a text is cut before it is read: into windows (a text too long to be one page is
 * cleaned a window at a time, see PAGE.MAX_CHARS) and each window into chunks of lines
 * (normalisation works line by line, so no whole copy of a window is made).
 */
import { PAGE } from '../constants.js';

/** A page is normalised and segmented in chunks of lines of about this many characters. */
const CHUNK_CHARS = 16_384;

/**
 * Where to end a piece of `text` that starts at `start` and may not go past `limit`: right
 * after a line break (with `blank`, preferably one before a blank line, in the last half);
 * with `blank` and no line break in reach, after a sentence or a word (see
 * sentenceOrWordEnd); else at `limit` but not inside a surrogate pair or a CR LF. `limit` >=
 * text.length ends it.
 */
function cutBefore(text: string, start: number, limit: number, blank: boolean): number {
  if (limit >= text.length) return text.length;
  if (blank) {
    for (let nl = text.lastIndexOf('\n', limit - 1); nl > start + (limit - start) / 2; nl = text.lastIndexOf('\n', nl - 1)) {
      let j = nl + 1;
      while (j < limit && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n') return nl + 1;
    }
  }
  const nl = text.lastIndexOf('\n', limit - 1);
  if (nl >= start) return nl + 1;
  // One line longer than the piece (a page pasted without line breaks): cut between sentences,
  // else between words, so that no word is cut in two (it would count, and read, as two).
  const between = blank ? sentenceOrWordEnd(text, start, limit) : -1;
  if (between > start) return between;
  const before = text.charCodeAt(limit - 1);
  return (before >= 0xd800 && before < 0xdc00) || (before === 0x0d && text.charCodeAt(limit) === 0x0a) ? limit - 1 : limit;
}

/** Sentence ends: . ! ? … (and closing quotes or brackets after them) before a space, or a CJK full stop. */
const SENTENCE_END = /[.!?…]["'”’)\]]*\s|[。！？]/gu;

/**
 * Where a piece of one long line may end before `limit`: right after the last sentence end in
 * its last half, else right after its last space (or other white space); -1 when it has none.
 */
function sentenceOrWordEnd(text: string, start: number, limit: number): number {
  const from = start + Math.floor((limit - start) / 2);
  const tail = text.slice(from, limit);
  let last = -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(tail); m !== null; m = SENTENCE_END.exec(tail)) last = m.index + m[0].length;
  if (last > 0) return from + last;
  for (let i = limit - 1; i > start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x3000) return i + 1;
  }
  return -1;
}

/**
 * The windows a text is cleaned in: consecutive parts of at most PAGE.MAX_CHARS characters,
 * each ending at a blank line if there is one in its last half, else at a line break, else
 * (one long line) at a sentence end or a space. A text
 * of at most PAGE.MAX_CHARS characters is one window.
 */
export function* windows(text: string, size: number = PAGE.MAX_CHARS): Generator<string> {
  if (text.length <= size) {
    yield text;
    return;
  }
  for (let start = 0; start < text.length; ) {
    const end = cutBefore(text, start, start + size, true);
    yield text.slice(start, end);
    start = end;
  }
}

/** The chunks of lines a page is read in: each ends right after a line break, but the last. */
export function* lineChunks(text: string): Generator<string> {
  if (text.length <= CHUNK_CHARS) {
    yield text;
    return;
  }
  for (let start = 0; start < text.length; ) {
    let end = cutBefore(text, start, start + CHUNK_CHARS, false);
    // A line longer than a chunk stays whole.
    if (end < text.length && text.charCodeAt(end - 1) !== 0x0a) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
    }
    yield text.slice(start, end);
    start = end;
  }
}
