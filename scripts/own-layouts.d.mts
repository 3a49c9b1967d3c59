/** Types of own-layouts.mjs, for the TypeScript tests that import it. */
export declare const OWN_LAYOUTS: Record<'lynx' | 'pandoc' | 'email', [width: number, margin: string, eol: string]>;
export declare function wrapText(text: string, width: number, margin: string, eol: string): string;
export declare function makeOwnLayouts(src: string, out: string): void;
