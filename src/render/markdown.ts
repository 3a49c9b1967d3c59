import type { Article, BodyBlock } from '../types.js';

export interface MarkdownOptions {
  /** Write YAML front matter with the metadata found (default true). */
  frontMatter?: boolean;
}

/** Front matter keys in output order, with the Article field each comes from. */
const FRONT_MATTER_FIELDS: ReadonlyArray<readonly [string, keyof Article]> = [
  ['title', 'title'],
  ['description', 'description'],
  ['source', 'source'],
  ['image_credit', 'imageCredit'],
  ['author', 'author'],
  ['date', 'date'],
  ['date_modified', 'dateModified'],
  ['language', 'language'],
];

/** A YAML scalar that is always valid: a double-quoted string (JSON strings are YAML). */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function renderFrontMatter(article: Article): string {
  const lines = ['---'];
  for (const [key, field] of FRONT_MATTER_FIELDS) {
    const value = article[field];
    if (typeof value === 'string' && value !== '') lines.push(`${key}: ${yamlString(value)}`);
    // Several authors are also listed one by one.
    if (field === 'author' && article.authors.length > 1) lines.push(`authors: [${article.authors.map(yamlString).join(', ')}]`);
  }
  lines.push('---');
  return lines.join('\n');
}

// A line that Markdown would read as a heading, quote, list item, thematic break,
// code fence, table or HTML needs its first significant character escaped.
const ORDERED_MARKER = /^(\d{1,9})([.)])(\s|$)/;
const LEADING_MARKUP = /^(#|>|[-*+](\s|$)|[-*_]{3}|`{3}|~{3}|=+\s*$|<|\|)/;

/** Escapes a line of body text so that Markdown renders it as plain text. */
export function escapeLine(line: string): string {
  const ordered = ORDERED_MARKER.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
  if (LEADING_MARKUP.test(line)) return `\\${line}`;
  return line;
}

/** Escapes every line of a (possibly multi-line) text block. */
function escapeText(text: string): string {
  return text
    .split('\n')
    .map((l) => escapeLine(l))
    .join('\n');
}

function renderBlock(block: BodyBlock): string {
  switch (block.type) {
    case 'heading':
      return `## ${block.text}`;
    case 'list-item': {
      const marker = block.marker && /^\d/.test(block.marker) ? block.marker : '-';
      return `${marker} ${escapeText(block.text)}`;
    }
    case 'quote':
      return block.text
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
    default:
      return escapeText(block.text);
  }
}

/** Renders the article body; consecutive list items form one list. */
export function renderBody(blocks: readonly BodyBlock[]): string {
  let out = '';
  let prev: BodyBlock | undefined;
  for (const block of blocks) {
    if (prev) out += prev.type === 'list-item' && block.type === 'list-item' ? '\n' : '\n\n';
    out += renderBlock(block);
    prev = block;
  }
  return out;
}

/** The whole Markdown document: front matter, `# Title`, body, trailing newline. */
export function renderMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const parts: string[] = [];
  if (options.frontMatter !== false) parts.push(renderFrontMatter(article));
  if (article.title) parts.push(`# ${article.title}`);
  const body = renderBody(article.blocks);
  if (body) parts.push(body);
  return parts.join('\n\n') + '\n';
}
