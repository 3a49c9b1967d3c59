/** What a block's label (see Label in types.ts) says of it. */
import type { Label } from './types.js';

/** The labels of the blocks that make the article's body. */
export const BODY_LABELS: ReadonlySet<Label> = new Set<Label>(['body', 'heading', 'list', 'quote']);
