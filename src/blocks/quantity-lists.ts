/**
 * Lists of quantities and dates: a recipe's ingredients ("125 g flour", "2 Pck. Puddingpulver",
 * "½ cup milk") and a schedule's stops ("June 9 -- Arena, Tampa", "12. März: Halle 3") are short
 * lines the block classifier takes for page furniture, one by one. A run of them near the
 * article, each led by a number and a word or by a date, is the article's list.
 */
import { CONTEXT } from '../constants.js';
import { MONTHS } from '../lexicon/dates.js';
import type { Label } from '../types.js';
import type { Page } from '../page/page.js';

/**
 * A number (a decimal, a fraction or a range: "1,5", "1/2", "2-3", "½") and then, within a
 * space, a letter: "125 g Mehl", "2 Dose/n", "1 TL". Dates ("10.10.2006") and times have no
 * letter there; a number of four digits counts only before a unit in lower case ("1000 ml"), not
 * as a year before a name ("2017 Lexus LC 500").
 */
const QUANTITY_START = /^(?:(?:\d{1,3}(?:[.,/]\d{1,3})?|\d{4}(?=\s?\p{Ll}))(?:\s?[-–]\s?\d{1,4}(?:[.,]\d{1,3})?)?|[½¼¾⅓⅔⅛])\s?\p{L}/u;

/** A day and a month name, either way round: "June 9", "Oct. 10", "9. Juni", "12 de marzo". */
const DATE_START = /^(?:(\p{L}+)\.?\s+\d{1,2}(?!\d)|\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?(\p{L}+))/u;

/** A letter: what a schedule's item has after its date ("June 9 -- Arena"), and a date line alone ("March 12, 2024, 10:30") has not. */
const LETTER = /\p{L}/u;

/** Whether a line starts with a date (a day and a month's name) and names something after it. */
function isDateLed(text: string): boolean {
  const m = DATE_START.exec(text);
  return m !== null && Object.hasOwn(MONTHS, (m[1] ?? m[2]!).toLowerCase()) && LETTER.test(text.slice(m[0].length));
}

/** Whether block i is a short line led by a quantity or a date. */
function isQuantityLine(t: Page['table'], i: number): boolean {
  if (t.endsWithPunctuation[i] !== 0) return false;
  const words = t.words[i]!;
  const text = t.texts[i]!;
  return (words <= CONTEXT.QUANTITY_MAX_WORDS && QUANTITY_START.test(text)) || (words <= CONTEXT.SCHEDULE_MAX_WORDS && isDateLed(text));
}

/** Whether block i labels part of a list ("Für den Teig:", "For the sauce:"). */
function isListLabel(t: Page['table'], i: number): boolean {
  return t.words[i]! <= CONTEXT.QUANTITY_MAX_WORDS && t.texts[i]!.endsWith(':');
}

/** Whether block i is a quantity alone, as it stands under its item's name: "3 sztuki", "200 g". */
function isAmount(t: Page['table'], i: number): boolean {
  return t.words[i]! <= CONTEXT.QUANTITY_AMOUNT_WORDS && isQuantityLine(t, i);
}

/** Whether block i may name an item whose quantity stands on the next line ("ząbki czosnku" / "3 sztuki"). */
function isItemName(t: Page['table'], i: number): boolean {
  return t.words[i]! <= CONTEXT.QUANTITY_MAX_WORDS && t.endsWithPunctuation[i] === 0;
}

/**
 * The run of quantity lines that starts at block i and ends before block `last` (its part labels and
 * item names included): the block after it, how many quantities it holds, and whether its
 * items are named on lines of their own.
 */
function runFrom(t: Page['table'], i: number, last: number): { end: number; items: number; named: boolean } {
  let j = i;
  let items = 0;
  let named = false;
  for (; j < last; j++) {
    if (isQuantityLine(t, j)) items++;
    else if (isQuantityLine(t, j + 1) && isListLabel(t, j)) continue;
    else if (isAmount(t, j + 1) && isItemName(t, j)) named = true;
    else break;
  }
  return { end: j, items, named };
}

/**
 * Relabels as list items the runs of at least CONTEXT.QUANTITY_MIN_ITEMS quantity lines that
 * start at most CONTEXT.QUANTITY_LOOKBACK blocks before the article's first block and end before
 * its last, and the run that a label right after the article's last block introduces ("Tour
 * dates:"). A run may hold the labels of its parts ("Für den Teig:", kept as text), or name each
 * item on the line above its quantity (the names are items too).
 */
export function keepQuantityLists(page: Page, label: Label[], why: (i: number, reason: string) => void): void {
  const t = page.table;
  const n = t.length;
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (label[i] === 'boilerplate') continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return;
  for (let i = Math.max(0, first - CONTEXT.QUANTITY_LOOKBACK); i < last; i++) {
    if (!isQuantityLine(t, i)) continue;
    i = keepRun(t, label, why, i, last);
  }
  // (the article's last line may announce a list that the page sets out after it)
  const announced = last + 2;
  if (announced < n && isListLabel(t, last + 1) && isQuantityLine(t, announced)) keepRun(t, label, why, announced, n);
}

/** Keeps the run of quantity lines from block i (ending before block `end`) when it is long enough; returns its last block. */
function keepRun(t: Page['table'], label: Label[], why: (i: number, reason: string) => void, i: number, end: number): number {
  const { end: j, items, named } = runFrom(t, i, end);
  if (items < CONTEXT.QUANTITY_MIN_ITEMS) return j;
  // (a part's label just before the run opens it too, and so does the first item's name)
  const from = i > 0 && (isListLabel(t, i - 1) || (named && isItemName(t, i - 1))) ? i - 1 : i;
  for (let k = from; k < j; k++) {
    // (an item the classifier kept as a paragraph of its own is the list's too)
    if ((label[k] !== 'boilerplate' && label[k] !== 'body') || t.furniture[k] === 1 || t.boilerplate(k) !== null) continue;
    const isLabel = isListLabel(t, k);
    if (label[k] === (isLabel ? 'body' : 'list')) continue;
    label[k] = isLabel ? 'body' : 'list';
    why(k, isLabel ? 'labels part of a run of quantities' : 'one of a run of quantities: a list item');
  }
  return j;
}
