/**
 * The headline: the best-ranked headline-shaped line around the start of the article body.
 *
 * Every headline-shaped line in a window around the start of the main run is a candidate;
 * a logistic model (trained by scripts/train.ts from the corpus's gold titles, stored with
 * the block classifier in src/model/weights.json) scores each from its shape, its words,
 * what stands around it and how far it is from the body. The best candidate wins when its
 * probability is high enough; otherwise there is no title.
 */
import { METADATA } from '../constants.js';
import type { Block } from '../types.js';
import { BYLINE_ROLES } from '../lexicon/metadata.js';
import { creditOf, isHeaderLine } from './cues.js';
import { tokenize } from './features.js';
import { dot, sigmoid, topReasons, type LinearModel } from './model.js';

const BODY_LABELS = new Set(['body', 'heading', 'list', 'quote']);

export function titleShaped(b: Block): boolean {
  const f = b.features;
  return (
    b.shape === 'text' &&
    f.words >= 1 &&
    f.words <= METADATA.TITLE_MAX_WORDS &&
    !/[.,;:]$/.test(b.text) &&
    !f.boilerplate &&
    !f.linkLike &&
    /^[\p{L}\p{N}"'“‘«„¿¡(]/u.test(b.text)
  );
}

const TITLE_SEPARATOR = /\s+[|–—:•·»-]\s+/u;

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

export const TITLE_FEATURES: readonly string[] = [
  '1 word', '2-3 words', '4-8 words', '9-15 words', '16-30 words', 'stopword density', 'capitalised words', 'all capitals',
  'ends with ? or !', 'digits', 'contains a separator', 'repeated on the page', 'article probability',
  'followed by byline/date/credit', 'followed by the body', 'after byline/date/credit', 'inside the body',
  'blocks from the body', 'lines from the body', 'candidates nearer the body', 'looks like a name', 'starts lower case',
  'blank line before', 'blank line after', 'position in page', 'longest nearby candidate', 'words shared with the lead',
  'quoted in another line', 'followed by a credit', 'looks like a caption', 'names a role', 'breadcrumb',
];

/** Candidate indices: headline-shaped lines in the window around the start of the body. */
/** isHeaderLine per block, computed once per page (the features ask about the same blocks often). */
const headerCache = new WeakMap<readonly Block[], Map<number, boolean>>();
function headerLine(blocks: readonly Block[], i: number): boolean {
  let cache = headerCache.get(blocks);
  if (!cache) headerCache.set(blocks, (cache = new Map()));
  let v = cache.get(i);
  if (v === undefined) cache.set(i, (v = isHeaderLine(blocks[i]!)));
  return v;
}

export function titleCandidates(blocks: readonly Block[], first: number): number[] {
  const out: number[] = [];
  const from = Math.max(0, first - METADATA.TITLE_WINDOW);
  const to = Math.min(blocks.length - 1, first + METADATA.TITLE_AFTER);
  for (let i = from; i <= to; i++) {
    const b = blocks[i]!;
    if (i >= first && b.label !== 'heading' && b.label !== 'body') continue;
    if (titleShaped(b) && b.features.digitRatio <= 0.3 && !headerLine(blocks, i)) out.push(i);
  }
  return out;
}

// "(left)", "pictured", "abgebildet": the wording of captions.
const CAPTION = /\((?:left|right|centre|center|top|bottom|front|back|l|r|links|rechts|mitte|gauche|droite|izquierda|derecha|sinistra|destra)\)|\b(?:pictured|abgebildet|en la imagen|sur la photo|nella foto)\b/iu;
const ROLE = new RegExp(`\\b(?:${BYLINE_ROLES.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|editorial staff|staff|redaktion|rédaction|redacción)\\b`, 'iu');
const BREADCRUMB = /\s[>›»/]\s/u;
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const NAME_LIKE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** Feature vectors of the candidates, in the order of TITLE_FEATURES. */
export function titleVectors(blocks: readonly Block[], first: number, candidates: readonly number[]): number[][] {
  const echoes = titleEchoes(blocks);
  const n = blocks.length;
  // Content words of the lead (the first body paragraphs): a headline shares some with it.
  const lead = new Set<string>();
  for (let j = Math.max(first, 0), taken = 0; j < n && taken < METADATA.LEAD_BLOCKS; j++) {
    const b = blocks[j]!;
    if (b.label !== 'body') continue;
    for (const t of tokenize(b.text)) if (t.length > 3) lead.add(t);
    taken++;
  }
  const lower = blocks.map((b) => (b.text.length <= 600 ? b.text.toLowerCase() : ''));
  // A headline is often quoted elsewhere: "12 thoughts on “Headline”", "Share: Headline".
  const quoted = (i: number) => {
    const key = lower[i]!;
    if (blocks[i]!.features.words < 3 || key === '') return 0;
    for (let j = 0; j < n; j++) if (j !== i && lower[j]!.length > key.length && lower[j]!.includes(key)) return 1;
    return 0;
  };
  const shared = (text: string) => {
    const words = tokenize(text).filter((t) => t.length > 3);
    if (words.length === 0) return 0;
    return words.filter((t) => lead.has(t)).length / words.length;
  };
  return candidates.map((i, k) => {
    const b = blocks[i]!;
    const f = b.features;
    const w = f.words;
    const near = (j: number) => j >= 0 && j < n;
    let followedByHeader = 0;
    let followedByBody = 0;
    const next = blocks[i + 1];
    const followedByCredit = next && creditOf(next.text, next.features.words) !== null ? 1 : 0;
    for (let j = i + 1; j <= Math.min(n - 1, i + 3); j++) {
      if (headerLine(blocks, j)) {
        followedByHeader = 1;
        break;
      }
      if (BODY_LABELS.has(blocks[j]!.label) && blocks[j]!.label !== 'heading') {
        followedByBody = 1;
        break;
      }
    }
    let distance = 0;
    for (let j = Math.min(i, first) + 1; j < Math.max(i, first); j++) {
      if (!headerLine(blocks, j) && !blocks[j]!.features.boilerplate) distance++;
    }
    const nearer = i < first ? candidates.filter((c) => c > i && c < first).length : 0;
    let longest = 1;
    for (let c = Math.max(0, k - 3); c <= Math.min(candidates.length - 1, k + 3); c++) {
      if (c !== k && blocks[candidates[c]!]!.features.words > w) longest = 0;
    }
    return [
      w === 1 ? 1 : 0,
      w >= 2 && w <= 3 ? 1 : 0,
      w >= 4 && w <= 8 ? 1 : 0,
      w >= 9 && w <= 15 ? 1 : 0,
      w >= 16 ? 1 : 0,
      f.stopwordDensity,
      f.capitalisedRatio,
      ALL_CAPS.test(b.text) ? 1 : 0,
      /[?!]["'”’»]?$/u.test(b.text) ? 1 : 0,
      Math.min(f.digitRatio * 3, 1),
      TITLE_SEPARATOR.test(b.text) ? 1 : 0,
      f.repeated || (echoes.get(b.text.toLowerCase()) ?? 0) > 0 ? 1 : 0,
      sigmoid(b.score),
      followedByHeader,
      followedByBody,
      near(i - 1) && headerLine(blocks, i - 1) ? 1 : 0,
      i >= first ? 1 : 0,
      Math.log1p(distance) / 3,
      Math.log1p(Math.abs(first - i)) / 3,
      Math.log1p(nearer) / 2,
      w <= 4 && f.stopwordDensity === 0 && NAME_LIKE.test(b.text) ? 1 : 0,
      /^\p{Ll}/u.test(b.text) ? 1 : 0,
      b.gapBefore > 0 ? 1 : 0,
      !near(i + 1) || blocks[i + 1]!.gapBefore > 0 ? 1 : 0,
      n > 1 ? i / (n - 1) : 0,
      longest,
      shared(b.text),
      quoted(i),
      followedByCredit,
      CAPTION.test(b.text) ? 1 : 0,
      ROLE.test(b.text) ? 1 : 0,
      BREADCRUMB.test(b.text) ? 1 : 0,
    ];
  });
}

export interface TitleChoice {
  index: number;
  p: number;
  reasons: string[];
}

/** The headline, or null when no candidate is likely enough. */
export function findTitle(blocks: readonly Block[], first: number, model: LinearModel | undefined): TitleChoice | null {
  if (first < 0 || !model) return null;
  const candidates = titleCandidates(blocks, first);
  if (candidates.length === 0) return null;
  const x = titleVectors(blocks, first, candidates);
  let best = -1;
  let bestP = 0;
  for (let k = 0; k < candidates.length; k++) {
    const p = sigmoid(dot(model, x[k]!));
    if (p > bestP) {
      bestP = p;
      best = k;
    }
  }
  if (best < 0 || bestP < METADATA.TITLE_MIN_PROBABILITY) return null;
  return { index: candidates[best]!, p: bestP, reasons: topReasons(model, x[best]!) };
}
