/**
 * The label a page sets before a picture's caption, read aloud for screen readers or shown as
 * text ("Image caption The minister arrives", "Bildunterschrift: ..."): the line is a caption,
 * never the article's text.
 */

/** How a labelled caption starts, lower case (the screen-reader labels are often glued to the caption: "Media captionThe ..."). */
export const CAPTION_LABELS: readonly string[] = [
  'image caption', 'media caption', 'photo caption', 'video caption', 'caption:', 'bildunterschrift', 'bildtext:', 'légende :', 'légende:',
  'pie de foto', 'didascalia', 'legenda:', 'podpis pod zdjęciem', 'подпись к фото',
];

/** The letters a labelled caption starts with: most lines are ruled out by their first. */
const FIRST_LETTERS: ReadonlySet<number> = new Set(CAPTION_LABELS.map((s) => s.charCodeAt(0)));

/** Whether a line, lower-cased, starts with a caption's label. */
export function isLabelledCaption(lower: string): boolean {
  return FIRST_LETTERS.has(lower.charCodeAt(0)) && CAPTION_LABELS.some((label) => lower.startsWith(label));
}
