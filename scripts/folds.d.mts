/** Types of folds.mjs, for the TypeScript scripts that import it. */
export declare function foldOf(id: string): number;
export declare const FOLDS: number;
