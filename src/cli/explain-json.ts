/**
 * --explain as data (with -f json or jsonl): the same facts as the text table, for scripts
 * that look into why a line was kept or dropped.
 */
import { toJsonObject } from '../render/json.js';
import type { Analysis } from '../types.js';

/** The explanation of a page as one JSON text: indented, or on one line (`compact`) for JSON Lines. */
export function renderExplainJson(name: string, analysis: Analysis, compact: boolean): string {
  const { blocks, evidence, layout, article } = analysis;
  const data = {
    input: name,
    blocks: blocks.map((b) => ({
      line: b.line,
      // Only for a block that spans lines (a paragraph rebuilt from a hard-wrapped text).
      ...(b.lastLine ? { lastLine: b.lastLine } : {}),
      text: b.text,
      label: b.label,
      score: Number(b.score.toFixed(4)),
      reasons: b.reasons,
    })),
    // line: where the value was read; null when it comes from the whole text (the language).
    metadata: evidence.map((e) => ({ field: e.field, value: e.value, line: e.block === null ? null : (blocks[e.block]?.line ?? null), reason: e.reason })),
    layout,
    article: toJsonObject(article),
  };
  return (compact ? JSON.stringify(data) : JSON.stringify(data, null, 2)) + '\n';
}
