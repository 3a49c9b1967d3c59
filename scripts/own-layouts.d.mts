/** Types of own-layouts.mjs, for the TypeScript tests that import it. */
export interface OwnLayout {
  width: number;
  margin: string;
  eol: string;
  hyphenate: boolean;
  links: 'numbered' | 'markdown' | null;
  indent?: string;
}
export declare const OWN_LAYOUTS: Record<'lynx' | 'pandoc' | 'email' | 'pdf' | 'html2text' | 'indented', OwnLayout>;
export declare function layOut(text: string, layout: OwnLayout): string;
export declare function makeOwnLayouts(src: string, out: string): void;
