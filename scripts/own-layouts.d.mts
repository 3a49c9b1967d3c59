/** Types of own-layouts.mjs, for the TypeScript tests that import it. */
export declare const OWN_LAYOUTS: Record<'lynx' | 'pandoc' | 'email' | 'pdf', [width: number, margin: string, eol: string, hyphenate: boolean]>;
export declare function wrapText(text: string, width: number, margin: string, eol: string, hyphenate?: boolean): string;
export declare function makeOwnLayouts(src: string, out: string): void;
