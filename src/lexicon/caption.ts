/**
 * The label a page sets before a picture's caption, read aloud for screen readers or shown as
 * text ("Image caption The minister arrives", "Bildunterschrift: ..."): the line is a caption,
 * never the article's text.
 */

import { startsWithAny } from './pattern.js';

/** How a labelled caption starts, lower case (the screen-reader labels are often glued to the caption: "Media captionThe ..."). */
export const CAPTION_LABELS: readonly string[] = [
  'image caption', 'media caption', 'photo caption', 'video caption', 'caption:', 'bildunterschrift', 'bildtext:', 'légende :', 'légende:',
  'pie de foto', 'didascalia', 'legenda:', 'podpis pod zdjęciem', 'подпись к фото',
];

/** Whether a line, lower-cased, starts with a caption's label. */
export const isLabelledCaption: (lower: string) => boolean = startsWithAny(CAPTION_LABELS, true);
