/**
 * The batch runner's numbers, in one place.
 */

/** Failed inputs named in the closing summary; the rest are counted. */
export const SUMMARY_FAILED_NAMES = 10;
