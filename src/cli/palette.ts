/**
 * Colours for terminal output. chalk is loaded only when colours are on, so runs into pipes
 * and files (the common case in scripts) do not pay for it at start-up.
 */
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const identity = (s: string) => s;
export const PLAIN: Palette = { red: identity, yellow: identity, green: identity, dim: identity, bold: identity };

export async function loadPalette(color: boolean): Promise<Palette> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
