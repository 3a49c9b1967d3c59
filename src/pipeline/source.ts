/**
 * The publication's name ("source"), when the page shows it.
 *
 * Candidates come from generic cues: short lines near the top and bottom of the page (a
 * masthead, a footer), names in appeals ("A message from X", "By supporting X"), copyright
 * and trademark lines, subscription and newsletter prompts, parts of "Headline | Site" lines,
 * and domain names. A logistic ranker (trained by scripts/train.ts from the corpus's gold
 * sources, stored in src/model/weights.json) scores each candidate from how and where it
 * occurs. It is a softmax over the page's candidates plus "none of them" (whose score is
 * minus the model's bias): the best candidate wins when its share is high enough.
 */
import { METADATA } from '../constants.js';
import { matchLine } from '../lexicon/index.js';
import type { Block } from '../types.js';
import { dot, topReasons, type LinearModel } from './model.js';

type Cue = 'appeal' | 'subscribe' | 'newsletter' | 'copyright' | 'trademark' | 'separator' | 'line' | 'line start' | 'domain';

/** Each pattern with the lower-case strings one of which it cannot match without (a cheap pre-check). */
const PATTERNS: { cue: Cue; needles: readonly string[]; re: RegExp }[] = [
  { cue: 'appeal', needles: ['a message from'], re: /^a message from\s+(.{2,60}?)\s*:?$/iu },
  { cue: 'appeal', needles: ['by supporting'], re: /\bby supporting\s+([^,.;]{2,60}?)\s*(?:,|\.|;|\s+you\b)/iu },
  {
    cue: 'subscribe',
    needles: ['support', 'subscribe to', 'follow', 'sign up for'],
    re: /^(?:support|subscribe to|follow|sign up for)\s+((?:the\s+)?\p{Lu}[^,.;:!?]{1,50}?)(?:['’]s)?(?:\s+newsletters?)?\s*[.!]?$/u,
  },
  { cue: 'newsletter', needles: ['newsletter'], re: /^((?:the\s+)?\p{Lu}[^,.;:!?]{1,40}?)\s+newsletters?$/iu },
  {
    cue: 'copyright',
    needles: ['©', '(c)', 'copyright'],
    re: /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(\p{L}[^©|.,;:()·•–—]{1,60}?)\s*(?:[.,;|·•–—]|\s-\s|\s+all rights|\s+alle rechte|\s+tous droits|\s+todos los derechos|\s+tutti i diritti|\s+todos os direitos|\s+wszelkie prawa|\s+\d{4}|$)/iu,
  },
  { cue: 'trademark', needles: ['trademark'], re: /^(\p{Lu}[^,.;:!?]{1,40}?)\s+is a (?:registered )?trademark/u },
];
const SEPARATOR = /\s+[|–—•·»]\s+|\s+-\s+/u;
const DOMAIN = /\b(?:www\.)?([\p{L}\p{N}-]+\.(?:com|org|net|info|io|co|de|fr|es|it|pl|ru|uk|nl|at|ch|eu|be|pt|br|mx|ar|news|tv|fm|media|co\.uk|com\.br|com\.ar|com\.mx))\b/iu;
const COMPANY = /\b(?:GmbH|AG|Inc|Ltd|LLC|LLP|S\.?A|SL|SAS|SARL|S\.?p\.?A|Pvt|Corp|Corporation|Limited|Media|Group|Verlag|e\.\s?V)\b\.?/u;

interface Candidate {
  name: string;
  cues: Set<Cue>;
  /** First block that gave it. */
  block: number;
}

function clean(raw: string): string | null {
  const s = raw.replace(/\s+/g, ' ').replace(/^[\s"'“”«»„]+|[\s"'“”«»:|]+$/gu, '');
  const words = s.split(' ').length;
  if (s.length < 2 || s.length > 60 || words > METADATA.SOURCE_MAX_WORDS) return null;
  if (!/\p{L}/u.test(s) || /^(?:all|the author|authors?|all rights reserved)$/iu.test(s)) return null;
  return s;
}

/** Candidate names of the page, each with the cues that proposed it. */
export function sourceCandidates(blocks: readonly Block[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const add = (raw: string, cue: Cue, block: number) => {
    const name = clean(raw);
    if (!name) return;
    const key = name.toLowerCase();
    const c = byKey.get(key);
    if (c) c.cues.add(cue);
    else byKey.set(key, { name, cues: new Set([cue]), block });
  };
  const n = blocks.length;
  for (const b of blocks) {
    const w = b.features.words;
    if (w > 60) continue;
    const lower = b.text.toLowerCase();
    for (const { cue, needles, re } of PATTERNS) {
      if (!needles.some((x) => lower.includes(x))) continue;
      const m = re.exec(b.text);
      if (m) add(m[1]!, cue, b.index);
    }
    const d = lower.includes('.') ? DOMAIN.exec(b.text) : null;
    if (d && w <= 12) add(d[1]!, 'domain', b.index);
    const nearEdge = b.index < METADATA.SOURCE_TOP_BLOCKS || b.index >= n - METADATA.SOURCE_BOTTOM_BLOCKS;
    if (nearEdge && w <= METADATA.SOURCE_MAX_WORDS && !/[.,:;!?]$/u.test(b.text) && b.label !== 'body') {
      add(b.text, 'line', b.index);
      // "The Daily Lantern homepage", "Lantern Logo": the name may be the start of the line.
      const parts = b.text.split(/\s+/);
      for (let k = 1; k < parts.length && k <= 3; k++) add(parts.slice(0, k).join(' '), 'line start', b.index);
    }
    if (w <= 20 && SEPARATOR.test(b.text)) {
      for (const part of b.text.split(SEPARATOR)) if (part.split(/\s+/).length <= 5) add(part, 'separator', b.index);
    }
  }
  return [...byKey.values()];
}

export const SOURCE_FEATURES: readonly string[] = [
  'lines equal to it', 'lines mentioning it', 'copyright line', 'appeal', 'subscribe or follow', 'newsletter', 'trademark',
  'part of a "Headline | Site" line', 'domain name', 'near the top', 'near the bottom', 'top and bottom', '1 word',
  '2 words', '3-4 words', '5+ words', 'starts with "The"', 'all capitals', 'digits', 'company suffix', 'in the headline',
  'is the headline', 'page furniture', 'in the article body', 'looks like a person', 'lower case start', 'start of a line',
];

/** Feature vectors of the candidates, in the order of SOURCE_FEATURES. */
export function sourceVectors(blocks: readonly Block[], candidates: readonly Candidate[], title: string | null): number[][] {
  const n = blocks.length;
  const lower = blocks.map((b) => b.text.toLowerCase());
  const titleLower = title?.toLowerCase() ?? null;
  // All short enough blocks in one string (a newline between them, which no name contains),
  // so that each candidate is found with native indexOf; starts[] maps positions to blocks.
  const starts: number[] = [];
  let joined = '';
  for (let i = 0; i < n; i++) {
    starts.push(joined.length);
    joined += (lower[i]!.length > 2000 ? '' : lower[i]!) + '\n';
  }
  const blockAt = (pos: number) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return candidates.map((c) => {
    const key = c.name.toLowerCase();
    let equal = 0;
    let mention = 0;
    let top = 0;
    let bottom = 0;
    let inBody = 0;
    let last = -1;
    for (let pos = joined.indexOf(key); pos >= 0; pos = joined.indexOf(key, pos + 1)) {
      const i = blockAt(pos);
      if (i === last) continue;
      last = i;
      const t = lower[i]!;
      mention++;
      if (t === key) equal++;
      if (i < METADATA.SOURCE_TOP_BLOCKS) top = 1;
      if (i >= n - METADATA.SOURCE_BOTTOM_BLOCKS) bottom = 1;
      if (blocks[i]!.label === 'body') inBody = 1;
    }
    const words = c.name.split(' ').length;
    const letters = c.name.replace(/[^\p{L}]/gu, '');
    return [
      Math.log1p(equal) / 2,
      Math.log1p(mention) / 3,
      c.cues.has('copyright') ? 1 : 0,
      c.cues.has('appeal') ? 1 : 0,
      c.cues.has('subscribe') ? 1 : 0,
      c.cues.has('newsletter') ? 1 : 0,
      c.cues.has('trademark') ? 1 : 0,
      c.cues.has('separator') ? 1 : 0,
      c.cues.has('domain') ? 1 : 0,
      top,
      bottom,
      top && bottom ? 1 : 0,
      words === 1 ? 1 : 0,
      words === 2 ? 1 : 0,
      words >= 3 && words <= 4 ? 1 : 0,
      words >= 5 ? 1 : 0,
      /^the\s/iu.test(c.name) ? 1 : 0,
      letters.length > 1 && letters === letters.toUpperCase() ? 1 : 0,
      /\d/u.test(c.name) ? 1 : 0,
      COMPANY.test(c.name) ? 1 : 0,
      titleLower !== null && titleLower !== key && titleLower.includes(key) ? 1 : 0,
      titleLower === key ? 1 : 0,
      matchLine(c.name) ? 1 : 0,
      inBody,
      words >= 2 && words <= 3 && !/^the\s/iu.test(c.name) && /^(?:\p{Lu}\p{Ll}+\s?){2,3}$/u.test(c.name) ? 1 : 0,
      /^\p{Ll}/u.test(c.name) ? 1 : 0,
      c.cues.has('line start') ? 1 : 0,
    ];
  });
}

export interface SourceChoice {
  name: string;
  /** The block that proposed the name. */
  block: number;
  /** Why this name, for --explain. */
  reason: string;
}

const CUE_NAMES: Record<Cue, string> = {
  appeal: 'named in an appeal ("A message from X", "By supporting X")',
  subscribe: '"Subscribe to X"',
  newsletter: '"X newsletter"',
  copyright: 'copyright line',
  trademark: '"X is a registered trademark"',
  separator: 'part of a "Headline | Site" line',
  line: 'line of its own near the top or bottom',
  'line start': 'start of a line near the top or bottom',
  domain: 'domain name',
};
const describe = (c: Candidate) => [...c.cues].map((k) => CUE_NAMES[k]).join(', ');

/**
 * The publication's name: a name the page gives in an appeal ("A message from X", "By
 * supporting X") or a trademark line first; else the ranker's best candidate when it is
 * sure enough, or when it is the holder of a copyright line (not a company's legal name)
 * and the ranker gives it at least some support.
 */
export function findSource(blocks: readonly Block[], title: string | null, model: LinearModel | undefined): SourceChoice | null {
  const candidates = sourceCandidates(blocks);
  if (candidates.length === 0) return null;
  const strong = candidates.find((c) => c.cues.has('appeal') || c.cues.has('trademark'));
  if (strong) return { name: strong.name, block: strong.block, reason: describe(strong) };
  if (!model) return null;
  const x = sourceVectors(blocks, candidates, title);
  // A softmax over the candidates and "none" (whose score is -bias).
  const z = x.map((v) => dot(model, v) - model.bias);
  const none = -model.bias;
  const max = Math.max(none, ...z);
  const sum = z.reduce((a, zi) => a + Math.exp(zi - max), Math.exp(none - max));
  let best = -1;
  let bestP = 0;
  for (let k = 0; k < candidates.length; k++) {
    const p = Math.exp(z[k]! - max) / sum;
    if (p > bestP) {
      bestP = p;
      best = k;
    }
  }
  if (best < 0) return null;
  const c = candidates[best]!;
  const holder = c.cues.has('copyright') && !COMPANY.test(c.name) && /^[\p{Lu}\p{N}]/u.test(c.name);
  if (bestP < (holder ? METADATA.SOURCE_HOLDER_MIN_PROBABILITY : METADATA.SOURCE_MIN_PROBABILITY)) return null;
  return { name: c.name, block: c.block, reason: `ranked first, p ${bestP.toFixed(2)}: ${describe(c)}; ${topReasons(model, x[best]!).join(', ')}` };
}
