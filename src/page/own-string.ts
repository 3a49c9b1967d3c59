/**
 * Strings of their own, made from a text's UTF-16 units, with nothing but standard JavaScript
 * (this runs in browsers too).
 *
 * A string cut out of another with slice() may be kept by the engine as a view into the
 * original (V8 does so from 13 characters on), and reading such a view character by character
 * costs several times what reading a string of its own does. String.fromCharCode makes a new
 * string, unit for unit: lone surrogates stay as they are (a TextDecoder would replace them).
 */

/** The UTF-16 units of a text, to cut strings of their own from (see stringOf). */
export function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** Units per String.fromCharCode call: each unit is an argument, and arguments live on the stack. */
const CHUNK = 8192;

/** The string of units[from .. to - 1], as a string of its own. */
export function stringOf(units: Uint16Array, from: number, to: number): string {
  if (to - from <= CHUNK) return String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  // Joined, the parts make one flat string (a concatenation with + would be a tree of them).
  const parts: string[] = [];
  for (let at = from; at < to; at += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(to, at + CHUNK)) as unknown as number[]));
  return parts.join('');
}
