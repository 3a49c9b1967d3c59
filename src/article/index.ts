/**
 * src/article/: the article, assembled from classified pages. Takes each window's Page with
 * its Labels (after the metadata stage relabelled the lines it used) and the metadata; gives
 * the Article (body text, paragraphs, structure, word count, language and metadata) and, for
 * analyze() and --explain, the Block objects of every line.
 */
export { assembleArticle } from './article.js';
export { appendBlocks } from './blocks.js';
export { Body, type BodyText } from './body.js';
