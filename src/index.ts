/**
 * article-cleaner: find the article in text copied from a web page.
 *
 *   import { clean } from 'article-cleaner';
 *   const article = clean(text);            // pure: no IO
 */
export { clean, analyze } from './clean.js';
export { repairMojibake } from './mojibake.js';
export { render, renderMarkdown, renderJson, renderJsonLine, renderText, toJsonObject, JSON_KEYS, FORMATS, FORMAT_EXTENSION } from './render/index.js';
export type { Format, RenderOptions } from './render/index.js';
export type { Article, Analysis, Block, BlockFeatures, BodyBlock, CleanOptions, FieldEvidence, Label, Segment, Shape } from './types.js';
