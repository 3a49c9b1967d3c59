/** Stage 6's input: the Article, from the body and the metadata of a page. */
import type { Article, FieldEvidence } from '../types.js';
import type { MetadataResult } from '../metadata/index.js';
import type { BodyText } from './body.js';

/**
 * The article of a page whose body is `body`, with the metadata `meta` found in its first
 * window (whose language is `pageLanguage`), and where each field came from.
 */
export function assembleArticle(input: string | null, body: BodyText, meta: MetadataResult, pageLanguage: string | null): { article: Article; evidence: FieldEvidence[] } {
  const language = body.text ? (body.language ?? pageLanguage) : null;

  // No article, no metadata: a menu's lines are nobody's headline or byline.
  const found = body.paragraphs.length > 0;
  const evidence = found ? meta.evidence : [];
  if (language) evidence.push({ field: 'language', value: language, block: null, reason: 'stopwords of the body text' });

  const article: Article = {
    input,
    title: found ? meta.title : null,
    description: found ? meta.description : null,
    source: found ? meta.source : null,
    imageCredit: found ? meta.imageCredit : null,
    author: found && meta.authors.length ? meta.authors.join(', ') : null,
    authors: found ? meta.authors : [],
    date: found ? meta.date : null,
    dateModified: found ? meta.dateModified : null,
    language,
    text: body.text,
    paragraphs: body.paragraphs,
    blocks: body.blocks,
    wordCount: body.wordCount,
  };
  return { article, evidence };
}
