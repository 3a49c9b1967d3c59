/**
 * The headline: the best-ranked headline-shaped line around the start of the article body.
 */
import { METADATA } from '../constants.js';
import type { Block } from '../types.js';
import { isHeaderLine } from './cues.js';

const BODY_LABELS = new Set(['body', 'heading', 'list', 'quote']);

export function titleShaped(b: Block): boolean {
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

const TITLE_SEPARATOR = /\s+[|–—:•·»-]\s+/u;

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
export function findTitle(blocks: readonly Block[], first: number): number {
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

export function titleReasons(blocks: readonly Block[], i: number, first: number): string[] {
  return titleCue(blocks, i, first, titleEchoes(blocks))?.reasons ?? [];
}
