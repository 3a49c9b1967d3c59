/**
 * Line cues for metadata: does a line carry an image credit, a byline, a date, a time stamp?
 * Each is a pure function of the line's text; the data (prefixes, agencies, month names)
 * lives in ../lexicon/metadata.ts and ../lexicon/dates.ts.
 */
import { METADATA } from '../constants.js';
import { AGO_UNITS, MONTHS, TIME_AT_LETTERS, TIME_AT_WORDS, TIME_ZONES, UPDATED_WORDS, US_TIME_ZONES, VOR_UNITS, WEEKDAYS } from '../lexicon/dates.js';
import {
  BYLINE_DATE_LEADS,
  BYLINE_PREFIXES,
  BYLINE_ROLES,
  COPYRIGHT_SIGNS,
  CREDIT_BY_WORDS,
  CREDIT_PREFIXES,
  NAME_CONJUNCTIONS,
  NAME_PARTICLES,
  PARENTHESISED_CREDIT_WORDS,
  PICTURE_AGENCIES,
  RIGHTS_RESERVED,
} from '../lexicon/metadata.js';
import { caseless, hasDigits } from '../lexicon/chars.js';
import { alternation, escapeRegExp, inOrder } from '../lexicon/pattern.js';

// ---------- image credit ----------
const CREDIT_PREFIX_RE = new RegExp(
  `^(?:${alternation(CREDIT_PREFIXES)})(?:\\.?\\s*[:：|/]|\\s+(?:${alternation(CREDIT_BY_WORDS)})\\s+\\p{Lu})\\s*\\S`,
  'iu',
);
/** Whether a credit prefix can start with this character (see caseless). */
const CREDIT_START = caseless(CREDIT_PREFIXES.map((p) => p.charAt(0)));
// "Image copyright Reuters", "Foto copyright dpa".
const COPYRIGHT_PREFIX_RE = new RegExp(`^(?:${alternation(CREDIT_PREFIXES)})\\s+(?:copyright|©)\\s*\\S`, 'iu');
// The site's own copyright line ("© 2020 Acme Inc. All rights reserved.") credits no picture.
const SITE_COPYRIGHT = new RegExp(`(?:${inOrder(COPYRIGHT_SIGNS)})\\s*(?:\\d{4})|${inOrder(RIGHTS_RESERVED)}`, 'iu');
// Starts at the beginning of a run of non-spaces, so a run of '@' is scanned once.
const EMAIL = /(?<!\S)\S[^\s@]*@\S+\.\w|\[email/u;
// Agencies are matched with their case as written, and names of four letters or more in capitals too ("GETTY").
const AGENCY_RE = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...PICTURE_AGENCIES, ...PICTURE_AGENCIES.filter((a) => a.length >= 4).map((a) => a.toUpperCase())])})(?![\\p{L}])`,
  'u',
);
// "Jane Doe via Getty Images", "State Registry via AP": a source handed on by an agency.
const VIA_AGENCY_RE = new RegExp(`\\svia\\s+(?:${alternation(PICTURE_AGENCIES)})$`, 'u');
// A caption that ends with its credit: "... on Tuesday. Photo: Jane Doe/AP", "... (AP Photo/John Roe)".
const TRAILING_CREDIT_RE = new RegExp(
  `(?:^|[\\s.])((?:${alternation(CREDIT_PREFIXES)})\\s*[:：]\\s*[^:()]{2,80}|©\\s*[^©()]{2,80})$`,
  'iu',
);
const TRAILING_PAREN_CREDIT_RE = new RegExp(`(?:^|\\s)(\\([^()]{0,60}(?:${inOrder(PARENTHESISED_CREDIT_WORDS)})\\b[^()]{0,60}\\))$`, 'u');

/** Returns the credit a line gives, or null. */
export function creditOf(text: string, words: number): string | null {
  if (words > 40) return null;
  // The site's copyright line and an e-mail address rule a line out; they are looked for only
  // in the few lines that read as a credit otherwise.
  const credit = creditShaped(text, words);
  return credit === null || SITE_COPYRIGHT.test(text) || EMAIL.test(text) ? null : credit;
}

/** The credit a line gives, if neither a copyright line nor an e-mail address rules it out. */
function creditShaped(text: string, words: number): string | null {
  // A credit in parentheses of its own: "(Image credit: NASA)", "(Photo: AP)".
  const parenthesised = text.charCodeAt(0) === 0x28 && text.charCodeAt(text.length - 1) === 0x29;
  if (words <= METADATA.CREDIT_MAX_WORDS && parenthesised && /^\(.*\)$/u.test(text)) {
    const inner = text.slice(1, -1).trim();
    if ((CREDIT_START(inner.charCodeAt(0)) && CREDIT_PREFIX_RE.test(inner)) || /^©/u.test(inner) || AGENCY_RE.test(inner)) return text;
  }
  const prefixed = CREDIT_START(text.charCodeAt(0));
  if (words <= METADATA.CREDIT_MAX_WORDS && ((prefixed && (CREDIT_PREFIX_RE.test(text) || COPYRIGHT_PREFIX_RE.test(text))) || /^©/u.test(text))) return text;
  // A caption that ends with its credit gives the credit part (after a colon or ©, or in parentheses at the end).
  const m =
    (text.includes(':') || text.includes('：') || text.includes('©') ? TRAILING_CREDIT_RE.exec(text) : null) ??
    (text.charCodeAt(text.length - 1) === 0x29 ? TRAILING_PAREN_CREDIT_RE.exec(text) : null);
  if (m && m[1]!.split(/\s+/).length <= METADATA.CREDIT_MAX_WORDS) return m[1]!.trim().replace(/[.]$/, '');
  if (words <= METADATA.AGENCY_CREDIT_MAX_WORDS && AGENCY_RE.test(text) && !/[.!?]$/.test(text.replace(/\b[A-Z]\.$/, ''))) return text;
  if (words <= METADATA.CREDIT_MAX_WORDS && text.includes('via') && VIA_AGENCY_RE.test(text)) return text;
  return null;
}

// ---------- byline ----------
const BYLINE_RE = new RegExp(`^(?:${alternation(BYLINE_PREFIXES)})\\s*:?\\s+(.+)$`, 'iu');
const ROLE_RE = new RegExp(`\\s*(?:[,|–—-]\\s*|\\s)(?:${alternation(BYLINE_ROLES)})\\b.*$`, 'iu');
const ROLE_ONLY_RE = new RegExp(`^(?:${alternation(BYLINE_ROLES)})s?$`, 'iu');
// "Jane Doe November 19, 2019", "Jane Doe, Wednesday, 20 November": a date after the name.
const DATE_AFTER_NAME_RE = new RegExp(
  `,?\\s+(?:(?:${alternation(Object.keys(MONTHS))})\\.?\\s+\\d|(?:${alternation(WEEKDAYS)})\\b).*$`,
  'iu',
);
const NAME_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*|${inOrder(NAME_PARTICLES)})$`, 'u');
const NAME_SEPARATORS = new RegExp(`\\s*(?:,|&|${NAME_CONJUNCTIONS.map((w) => `\\b${escapeRegExp(w)}\\b`).join('|')})\\s*`, 'u');
const DATE_LEAD_RE = new RegExp(`\\s+(?:${inOrder(BYLINE_DATE_LEADS)})\\s+.*$`, 'iu');

const BYLINE_START = caseless(BYLINE_PREFIXES.map((p) => p.charAt(0)));

/** Extracts author names from a byline line ("By Jane Doe and John Roe, Staff Writers"). */
export function bylineOf(text: string, words: number): string[] | null {
  if (words > 14 || !BYLINE_START(text.charCodeAt(0))) return null;
  const m = BYLINE_RE.exec(text);
  if (!m) return null;
  let rest = m[1]!;
  if (ROLE_ONLY_RE.test(rest)) return null;
  // Cut at a date, time, "on", "|", "•", "/" and roles.
  rest = rest.replace(DATE_LEAD_RE, '');
  rest = rest.split(/\s*[|•·/]\s*|\s+[-–—]\s+/u)[0]!;
  rest = rest.replace(ROLE_RE, '');
  rest = rest.replace(DATE_AFTER_NAME_RE, '');
  rest = rest.replace(/\s*\d.*$/u, '').replace(/(?<![\s,;:])[\s,;:]+$/u, '');
  let names = rest.split(NAME_SEPARATORS).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return null;
  // "Von Risiken und Nebenwirkungen": a list of single capitalised words is a phrase, not people.
  if (names.length > 1 && names.every((n) => !/\s/u.test(n))) return null;
  // "Jane Doe, CNN", "John Roe, Berlin", "Ann Lee, example.com": after a name, one word is an outlet or a place.
  names = [names[0]!, ...names.slice(1).filter((n) => /\s/u.test(n) && !n.includes('.'))];
  for (const name of names) {
    const parts = name.split(/\s+/);
    if (parts.length > 5) return null;
    if (!parts.every((p) => NAME_WORD.test(p))) return null;
    if (!/^\p{Lu}/u.test(name)) return null;
  }
  return names;
}

// ---------- dates ----------
const MONTH_NAMES = alternation(Object.keys(MONTHS));
const TIME_PART = String.raw`(?:[,\s]+(?:${inOrder([...TIME_AT_WORDS, ...TIME_AT_LETTERS])})?\s*(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?m\.?)?)?`;
const DATE_PATTERNS: { re: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'd-month-y' | 'month-d-y' }[] = [
  { re: new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?`, 'u'), order: 'ymd' },
  { re: new RegExp(String.raw`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})` + TIME_PART, 'u'), order: 'dmy' },
  { re: new RegExp(String.raw`\b(\d{1,2})\.?\s+(?:de\s+)?(${MONTH_NAMES})\.?,?\s+(?:de\s+)?(\d{4})` + TIME_PART, 'iu'), order: 'd-month-y' },
  { re: new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TIME_PART, 'iu'), order: 'month-d-y' },
  { re: new RegExp(String.raw`\b(\d{1,2})/(\d{1,2})/(\d{4})` + TIME_PART, 'u'), order: 'mdy' },
];

export const UPDATED_RE = new RegExp(`(?:${alternation(UPDATED_WORDS)})`, 'iu');

const pad = (n: number) => String(n).padStart(2, '0');

const ZONE_AFTER = /^\s*(?:[Uu]hr\s*)?\(?\s*(?:([A-Z]{1,4})\b|([+-])(\d{2}):?(\d{2})\b)/u;

/** US daylight saving time: from the second Sunday of March to the first Sunday of November. */
function usDaylightTime(y: number, mo: number, d: number): boolean {
  const sunday = (month: number, nth: number) => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  if (mo < 3 || mo > 11) return false;
  if (mo > 3 && mo < 11) return true;
  return mo === 3 ? d >= sunday(3, 2) : d < sunday(11, 1);
}

/** The UTC offset written right after a time ("8:03 am ET", "14:30 MESZ", "10:15 +0100"), or null. */
function zoneOffset(rest: string, y: number, mo: number, d: number): string | null {
  const z = ZONE_AFTER.exec(rest);
  if (!z) return null;
  if (z[2]) return `${z[2]}${z[3]}:${z[4]}`;
  const name = z[1]!;
  if (TIME_ZONES[name]) return TIME_ZONES[name]!;
  const base = US_TIME_ZONES[name];
  if (base === undefined) return null;
  const hours = base + (usDaylightTime(y, mo, d) ? 1 : 0);
  return `${hours < 0 ? '-' : '+'}${pad(Math.abs(hours))}:00`;
}

/** Parses the first date in a line to ISO 8601 ("2019-11-19" or "2019-11-19T08:03"). */
export function parseDate(text: string, language: string | null = null): string | null {
  // Every date has a year of four digits: most lines are ruled out without running the patterns.
  if (!hasDigits(text, 4)) return null;
  for (const { re, order } of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    let y: number, mo: number, d: number;
    let h: number | undefined, mi: number | undefined;
    let ampm: string | undefined;
    switch (order) {
      case 'ymd':
        [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
        if (m[4]) [h, mi] = [+m[4], +m[5]!];
        break;
      case 'dmy':
        [d, mo, y] = [+m[1]!, +m[2]!, +m[3]!];
        if (m[4]) [h, mi, ampm] = [+m[4], +m[5]!, m[6]];
        break;
      case 'd-month-y':
        [d, mo, y] = [+m[1]!, MONTHS[m[2]!.toLowerCase()]!, +m[3]!];
        if (m[4]) [h, mi, ampm] = [+m[4], +m[5]!, m[6]];
        break;
      case 'month-d-y':
        [mo, d, y] = [MONTHS[m[1]!.toLowerCase()]!, +m[2]!, +m[3]!];
        if (m[4]) [h, mi, ampm] = [+m[4], +m[5]!, m[6]];
        break;
      default:
        // Slashed dates are month first in English, day first elsewhere.
        if (language && language !== 'en') [d, mo, y] = [+m[1]!, +m[2]!, +m[3]!];
        else [mo, d, y] = [+m[1]!, +m[2]!, +m[3]!];
        if (m[4]) [h, mi, ampm] = [+m[4], +m[5]!, m[6]];
    }
    if (!(y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) continue;
    let iso = `${y}-${pad(mo)}-${pad(d)}`;
    if (h !== undefined && mi !== undefined) {
      if (ampm) {
        const pm = ampm.toLowerCase() === 'p';
        if (h === 12) h = pm ? 12 : 0;
        else if (pm) h += 12;
      }
      if (h < 24 && mi < 60) {
        iso += `T${pad(h)}:${pad(mi)}`;
        const offset = zoneOffset(text.slice(m.index + m[0].length), y, mo, d);
        if (offset) iso += offset;
      }
    }
    return iso;
  }
  return null;
}

// "6:55 AM", "12:01", "vor 2 Stunden", "2 hours ago": a time stamp on a short line.
const TIME_STAMP = new RegExp(
  String.raw`\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?\b|\b\d+\s+(?:${inOrder(AGO_UNITS)})\s+ago\b|\bvor\s+\d+\s+(?:${inOrder(VOR_UNITS)})\b`,
  'iu',
);

/** A short line with a date or a time stamp. */
export function isDateLine(text: string, words: number): boolean {
  return words <= 12 && hasDigits(text, 1) && (parseDate(text) !== null || TIME_STAMP.test(text));
}
