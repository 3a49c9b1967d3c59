/** The --explain view: every block with its label, score and reasons, then the metadata evidence. */
import { displayWidth } from '../page/layout.js';
import type { Palette } from './palette.js';
import type { Analysis, Label } from '../types.js';

const KEPT: ReadonlySet<Label> = new Set(['title', 'body', 'heading', 'list', 'quote']);
const TEXT_WIDTH = 70;

/** `text` cut or padded to `width` terminal columns (a wide CJK character takes two), so the reasons line up. */
function truncate(text: string, width: number): string {
  const full = displayWidth(text);
  if (full <= width) return text + ' '.repeat(width - full);
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…${' '.repeat(width - 1 - used)}`;
}

/** What the layout stage did, in words; empty when it left the text as it was. */
function describeLayout(layout: Analysis['layout']): string {
  const parts: string[] = [];
  if (layout.wrapWidth) parts.push(`hard-wrapped at ${layout.wrapWidth} columns, ${layout.joined} lines joined into the lines before`);
  if (layout.respaced) parts.push('blank lines read anew (the text had none, or one after every line)');
  if (layout.dropped) parts.push(`${layout.dropped} ${layout.dropped === 1 ? 'line' : 'lines'} of text-browser furniture dropped`);
  return parts.join('; ');
}

export function renderExplain(name: string, analysis: Analysis, c: Palette): string {
  const { blocks, article, evidence } = analysis;
  const lines: string[] = [];
  const kept = blocks.filter((b) => KEPT.has(b.label)).length;
  lines.push(c.bold(`== ${name}: ${blocks.length} blocks, ${kept} kept, language ${article.language ?? 'unknown'}`));
  const layout = describeLayout(analysis.layout);
  if (layout) lines.push(c.dim(`   layout: ${layout}`));
  lines.push(c.dim('  line  label        score  text'.padEnd(TEXT_WIDTH + 27) + 'why'));
  for (const b of blocks) {
    const color = KEPT.has(b.label) ? c.green : b.label === 'boilerplate' ? c.dim : c.yellow;
    const score = `${b.score >= 0 ? '+' : ''}${b.score.toFixed(2)}`.padStart(6);
    lines.push(
      `${(b.lastLine ? `${b.line}-${b.lastLine}` : String(b.line)).padStart(6)}  ${color(b.label.padEnd(11))} ${score}  ${truncate(b.text, TEXT_WIDTH)}  ${c.dim('← ' + b.reasons.join('; '))}`,
    );
  }
  lines.push(c.bold('metadata:'));
  if (evidence.length === 0) lines.push('  (none found)');
  for (const e of evidence) {
    const where = e.block === null ? 'whole text' : `line ${blocks[e.block]?.line ?? '?'}`;
    lines.push(`  ${e.field.padEnd(12)} ${JSON.stringify(e.value)}  ${c.dim(`← ${where}: ${e.reason}`)}`);
  }
  return lines.join('\n') + '\n';
}
