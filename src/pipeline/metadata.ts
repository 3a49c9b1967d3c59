/**
 * Stage 5: metadata. Finds the headline, image credit, byline, date and publication name
 * from the classified blocks, and relabels the lines it used so they leave the body.
 * A value is only reported when a cue supports it: a wrong value is worse than none.
 */
import { METADATA } from '../constants.js';
import { BYLINE_PREFIXES, BYLINE_ROLES, CREDIT_BY_WORDS, CREDIT_PREFIXES, MONTHS, PICTURE_AGENCIES, UPDATED_WORDS } from '../lexicon/metadata.js';
import type { Block, FieldEvidence } from '../types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

const BODY_LABELS = new Set(['body', 'heading', 'list', 'quote']);

// ---------- image credit ----------
const CREDIT_PREFIX_RE = new RegExp(
  `^(?:${alternation(CREDIT_PREFIXES)})(?:\\.?\\s*[:：|/]|\\s+(?:${alternation(CREDIT_BY_WORDS)})\\s+\\p{Lu})\\s*\\S`,
  'iu',
);
const AGENCY_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(PICTURE_AGENCIES)})(?![\\p{L}])`, 'u');
// A caption that ends with its credit: "... on Tuesday. Photo: Jane Doe/AP", "... (AP Photo/John Roe)".
const TRAILING_CREDIT_RE = new RegExp(
  `(?:^|[\\s.])((?:${alternation(CREDIT_PREFIXES)})\\s*[:：]\\s*[^:]{2,80}|©\\s*[^©]{2,80})$`,
  'iu',
);
const TRAILING_PAREN_CREDIT_RE = /(?:^|\s)(\([^()]{0,60}(?:Photo|Foto|Getty|Reuters|AFP|AP|EPA|dpa|Image|Credit)\b[^()]{0,60}\))$/u;

/** Returns the credit a line gives, or null. */
export function creditOf(text: string, words: number): string | null {
  if (words > 40) return null;
  // A caption that ends with its credit gives the credit part.
  const m = TRAILING_CREDIT_RE.exec(text) ?? TRAILING_PAREN_CREDIT_RE.exec(text);
  if (m && m[1]!.split(/\s+/).length <= METADATA.CREDIT_MAX_WORDS) return m[1]!.trim().replace(/[.]$/, '');
  if (words <= METADATA.CREDIT_MAX_WORDS) {
    if (CREDIT_PREFIX_RE.test(text) || /^©/.test(text)) return text;
    if (words <= METADATA.AGENCY_CREDIT_MAX_WORDS && AGENCY_RE.test(text) && !/[.!?]$/.test(text.replace(/\b[A-Z]\.$/, ''))) return text;
  }
  return null;
}

// ---------- byline ----------
const BYLINE_RE = new RegExp(`^(?:${alternation(BYLINE_PREFIXES)})\\s*:?\\s+(.+)$`, 'iu');
const ROLE_RE = new RegExp(`\\s*(?:[,|–—-]\\s*|\\s)(?:${alternation(BYLINE_ROLES)})\\b.*$`, 'iu');
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|van|von|der|de|da|del|di|la|le|du|bin|al|y|e|und|and|et|&)$/u;
const NAME_SEPARATORS = /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b)\s*/u;

/** Extracts author names from a byline line ("By Jane Doe and John Roe, Staff Writers"). */
export function bylineOf(text: string, words: number): string[] | null {
  if (words > 14) return null;
  const m = BYLINE_RE.exec(text);
  if (!m) return null;
  let rest = m[1]!;
  // Cut at a date, time, "on", "|", "•", "/" and roles.
  rest = rest.replace(/\s+(?:on|am|le|el|il|em|am|updated|published)\s+.*$/iu, '');
  rest = rest.split(/\s*[|•·/]\s*|\s+[-–—]\s+/u)[0]!;
  rest = rest.replace(ROLE_RE, '');
  rest = rest.replace(/\s*\d.*$/u, '').replace(/[\s,;:]+$/u, '');
  const names = rest.split(NAME_SEPARATORS).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return null;
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
const TIME_PART = String.raw`(?:[,\s]+(?:at|um|à|a las|alle|às|o|в)?\s*(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?m\.?)?)?`;
const DATE_PATTERNS: { re: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'd-month-y' | 'month-d-y' }[] = [
  { re: new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?`, 'u'), order: 'ymd' },
  { re: new RegExp(String.raw`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})` + TIME_PART, 'u'), order: 'dmy' },
  { re: new RegExp(String.raw`\b(\d{1,2})\.?\s+(?:de\s+)?(${MONTH_NAMES})\.?,?\s+(?:de\s+)?(\d{4})` + TIME_PART, 'iu'), order: 'd-month-y' },
  { re: new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TIME_PART, 'iu'), order: 'month-d-y' },
  { re: new RegExp(String.raw`\b(\d{1,2})/(\d{1,2})/(\d{4})` + TIME_PART, 'u'), order: 'mdy' },
];
const UPDATED_RE = new RegExp(`(?:${alternation(UPDATED_WORDS)})`, 'iu');

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses the first date in a line to ISO 8601 ("2019-11-19" or "2019-11-19T08:03"). */
export function parseDate(text: string, language: string | null = null): string | null {
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
      if (h < 24 && mi < 60) iso += `T${pad(h)}:${pad(mi)}`;
    }
    return iso;
  }
  return null;
}

// ---------- source ----------
const SOURCE_PATTERNS: { re: RegExp; weight: number; reason: string }[] = [
  { re: /^a message from\s+(.{2,60}?)\s*:?$/iu, weight: 3, reason: '"A message from X"' },
  { re: /\bby supporting\s+([^,.;]{2,60}?)\s*(?:,|\.|;|\s+you\b)/iu, weight: 3, reason: '"By supporting X"' },
  { re: /^(?:support|subscribe to|follow)\s+((?:the\s+)?\p{Lu}[^,.;:!?]{1,50}?)(?:['’]s)?(?:\s+newsletter)?\s*[.!]?$/u, weight: 1, reason: '"Subscribe to X"' },
  { re: /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(\p{L}[^©|.,;:()]{1,60}?)\s*(?:[.,;|]|\s+all rights|\s+alle rechte|\s+tous droits|\s+todos los derechos|\s+tutti i diritti|\s+todos os direitos|\s+wszelkie prawa|\s+\d{4}|$)/iu, weight: 2, reason: 'copyright line' },
  { re: /^(\p{Lu}[^,.;:!?]{1,40}?)\s+is a (?:registered )?trademark/u, weight: 2, reason: '"X is a registered trademark"' },
];

function cleanSource(raw: string): string | null {
  const s = raw.replace(/\s+/g, ' ').replace(/^[\s"'“”]+|[\s"'“”:]+$/gu, '');
  const words = s.split(' ');
  if (words.length === 0 || words.length > METADATA.SOURCE_MAX_WORDS) return null;
  if (/^(?:all|the author|authors?|all rights reserved|\d+)$/iu.test(s)) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(s) && !/\.\p{L}{2,}$/u.test(s)) return null;
  return s;
}

// ---------- title ----------
function titleShaped(b: Block): boolean {
  const f = b.features;
  return (
    b.shape === 'text' &&
    f.words >= 2 &&
    f.words <= METADATA.TITLE_MAX_WORDS &&
    !/[.,;:]$/.test(b.text) &&
    !f.boilerplate &&
    !f.linkLike &&
    /^[\p{L}\p{N}"'“‘«„¿¡(]/u.test(b.text)
  );
}

// "6:55 AM", "12:01", "vor 2 Stunden", "2 hours ago": a time stamp on a short line.
const TIME_STAMP = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?\b|\b\d+\s+(?:minutes?|hours?|days?|mins?|hrs?)\s+ago\b|\bvor\s+\d+\s+(?:minuten|stunden|tagen)\b/iu;

const TITLE_SEPARATOR = /\s+[|–—:•·»-]\s+/u;

/** True for lines that carry a byline, a date or a credit, which sit between headline and body. */
function isHeaderLine(b: Block): boolean {
  const w = b.features.words;
  return (
    bylineOf(b.text, w) !== null ||
    (w <= 12 && (parseDate(b.text) !== null || TIME_STAMP.test(b.text))) ||
    creditOf(b.text, w) !== null
  );
}

interface TitleCue {
  score: number;
  reasons: string[];
}

/** How much a block looks like the page's headline, given where the body starts. */
function titleCue(blocks: readonly Block[], i: number, first: number, echoes: ReadonlyMap<string, number>): TitleCue | null {
  const b = blocks[i]!;
  if (!titleShaped(b) || b.features.digitRatio > 0.3 || isHeaderLine(b)) return null;
  const reasons: string[] = [];
  const w = b.features.words;
  let score = 0;
  if (w >= 4 && w <= 20) {
    score += 2;
    reasons.push(`${w} words`);
  } else if (w > 20) score += 0.5;
  else if (w === 3) score += 1;
  if (/^\p{Ll}/u.test(b.text)) score -= 1;
  if (b.features.repeated || (echoes.get(b.text.toLowerCase()) ?? 0) > 0) {
    score += 2.5;
    reasons.push('repeated on the page');
  }
  // What follows a headline: a byline, date, credit, standfirst or the body itself.
  for (let j = i + 1; j <= Math.min(blocks.length - 1, i + 3); j++) {
    const n = blocks[j]!;
    if (isHeaderLine(n)) {
      score += 1.5;
      reasons.push('followed by byline/date/credit');
      break;
    }
    if (BODY_LABELS.has(n.label) && n.label !== 'heading') {
      score += 1;
      reasons.push('followed by the body');
      break;
    }
  }
  // Distance to the body in blocks, not counting header lines and furniture.
  let distance = 0;
  for (let j = Math.min(i, first) + 1; j < Math.max(i, first); j++) {
    const m = blocks[j]!;
    if (!isHeaderLine(m) && !m.features.boilerplate) distance++;
  }
  score -= (i > first ? 0.8 : 0.25) * distance;
  if (i >= first) score -= 0.5;
  reasons.push(distance === 0 ? 'next to the body' : `${distance} blocks from the body`);
  return { score, reasons };
}

/** Texts that other lines repeat as "Title | Site" or "Site - Title". */
function titleEchoes(blocks: readonly Block[]): Map<string, number> {
  const echoes = new Map<string, number>();
  for (const b of blocks) {
    if (b.features.words > 40) continue;
    const parts = b.text.split(TITLE_SEPARATOR);
    if (parts.length < 2) continue;
    for (const p of parts) {
      const k = p.toLowerCase();
      echoes.set(k, (echoes.get(k) ?? 0) + 1);
    }
  }
  return echoes;
}

/** Index of the headline, or -1: the best-scoring candidate around the start of the body. */
function findTitle(blocks: readonly Block[], first: number): number {
  const echoes = titleEchoes(blocks);
  let best = -1;
  let bestScore = METADATA.TITLE_MIN_SCORE;
  const from = Math.max(0, first - METADATA.TITLE_WINDOW);
  const to = Math.min(blocks.length - 1, first + METADATA.TITLE_AFTER);
  for (let i = from; i <= to; i++) {
    if (i >= first && !(blocks[i]!.label === 'heading' || blocks[i]!.label === 'body')) continue;
    const cue = titleCue(blocks, i, first, echoes);
    if (cue && cue.score > bestScore) {
      bestScore = cue.score;
      best = i;
    }
  }
  return best;
}

function titleReasons(blocks: readonly Block[], i: number, first: number): string[] {
  return titleCue(blocks, i, first, titleEchoes(blocks))?.reasons ?? [];
}

/**
 * Where the article's main run of body blocks starts: the maximum-sum span where body
 * blocks count their words and other blocks cost a little, so a stray teaser above the
 * article does not pass for its start. -1 when there is no body.
 */
export function mainRunStart(blocks: readonly Block[]): number {
  let best = 0;
  let bestStart = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += BODY_LABELS.has(b.label) ? Math.max(b.features.words, 1) : -METADATA.RUN_GAP_COST;
    if (sum > best) {
      best = sum;
      bestStart = start;
    }
  }
  // The span starts at a body block (a positive step), never at a gap.
  while (bestStart >= 0 && bestStart < blocks.length && !BODY_LABELS.has(blocks[bestStart]!.label)) bestStart++;
  return bestStart;
}

export interface MetadataResult {
  title: string | null;
  source: string | null;
  imageCredit: string | null;
  authors: string[];
  date: string | null;
  dateModified: string | null;
  evidence: FieldEvidence[];
}

/**
 * Finds the metadata and relabels the blocks it came from (title, credit, metadata),
 * so that they are not part of the body. Mutates `blocks` labels and reasons.
 */
export function extractMetadata(blocks: Block[], language: string | null): MetadataResult {
  const evidence: FieldEvidence[] = [];
  const result: MetadataResult = { title: null, source: null, imageCredit: null, authors: [], date: null, dateModified: null, evidence };
  const first = mainRunStart(blocks);

  // Byline, date and credit lines: look in the header (around the headline) and inside the body.
  const relabel = (b: Block, label: 'metadata' | 'credit', reason: string) => {
    b.label = label;
    b.reasons.unshift(reason);
  };

  // Title: the best headline-shaped line around the start of the body.
  const titleIndex = first >= 0 ? findTitle(blocks, first) : -1;
  if (titleIndex >= 0) {
    const t = blocks[titleIndex]!;
    result.title = t.text;
    t.label = 'title';
    t.reasons.unshift(`headline (${titleReasons(blocks, titleIndex, first).join(', ')})`);
    evidence.push({ field: 'title', value: t.text, block: t.index, reason: titleReasons(blocks, titleIndex, first).join(', ') });
    // The headline repeated in the body is not body.
    for (let i = titleIndex + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (BODY_LABELS.has(b.label) && b.text === t.text) relabel(b, 'metadata', 'repeats the headline');
    }
  }

  const headerStart = titleIndex >= 0 ? titleIndex + 1 : Math.max(0, first - METADATA.TITLE_WINDOW);
  const headerEnd = Math.min(blocks.length - 1, (first >= 0 ? first : headerStart) + METADATA.HEADER_WINDOW);
  const lastBody = (() => {
    for (let i = blocks.length - 1; i >= 0; i--) if (BODY_LABELS.has(blocks[i]!.label)) return i;
    return -1;
  })();

  // Header lines: bylines, dates, credits between the headline and the first paragraphs.
  for (let i = headerStart; i <= headerEnd && i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.label === 'title') continue;
    const isProse = b.features.words > 14 && b.features.endsWithPunctuation;
    if (isProse) continue;
    const names = bylineOf(b.text, b.features.words);
    if (names && result.authors.length === 0) {
      result.authors = names;
      evidence.push({ field: 'author', value: names.join(', '), block: b.index, reason: 'byline' });
      relabel(b, 'metadata', 'byline');
    }
    const date = b.features.words <= 16 ? parseDate(b.text, language) : null;
    if (date) {
      const updated = UPDATED_RE.test(b.text);
      if (updated ? !result.dateModified : !result.date) {
        if (updated) result.dateModified = date;
        else result.date = date;
        evidence.push({ field: 'date', value: date, block: b.index, reason: updated ? 'modification date near the headline' : 'date near the headline' });
      }
      if (b.label !== 'metadata') relabel(b, 'metadata', updated ? 'modification date' : 'dateline');
    }
  }

  // Image credit: the first credit after the headline, in the header or among the body's captions.
  const creditEnd = lastBody >= 0 ? lastBody : headerEnd;
  for (let i = headerStart; i <= creditEnd && i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.label === 'title' || b.label === 'metadata') continue;
    const credit = creditOf(b.text, b.features.words);
    if (!credit) continue;
    if (!result.imageCredit) {
      result.imageCredit = credit;
      evidence.push({ field: 'imageCredit', value: credit, block: b.index, reason: credit === b.text ? 'credit line' : 'caption ending with a credit' });
    }
    relabel(b, 'credit', credit === b.text ? 'image credit' : 'caption with image credit');
  }
  if (!result.date && result.dateModified) {
    // Only an "updated" date is shown: it is still the best date the page gives.
    result.date = result.dateModified;
  }

  // Source: votes from appeals, copyright lines and subscription prompts anywhere on the page.
  const votes = new Map<string, { weight: number; block: number; reason: string }>();
  for (const b of blocks) {
    if (b.features.words > 60) continue;
    for (const { re, weight, reason } of SOURCE_PATTERNS) {
      const m = re.exec(b.text);
      if (!m) continue;
      const name = cleanSource(m[1]!);
      if (!name) continue;
      const v = votes.get(name);
      if (v) v.weight += weight;
      else votes.set(name, { weight, block: b.index, reason });
    }
  }
  let best: [string, { weight: number; block: number; reason: string }] | null = null;
  for (const entry of votes) if (!best || entry[1].weight > best[1].weight) best = entry;
  if (best && best[1].weight >= 2) {
    result.source = best[0];
    evidence.push({ field: 'source', value: best[0], block: best[1].block, reason: best[1].reason });
  }
  return result;
}
