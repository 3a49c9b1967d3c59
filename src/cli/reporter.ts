/** Messages on stderr: one line each, coloured only when stderr is a terminal. */
import type { Palette } from './palette.js';

export interface ColorEnv {
  NO_COLOR?: string | undefined;
  FORCE_COLOR?: string | undefined;
}

/** Colour when the stream is a TTY and NO_COLOR is unset; FORCE_COLOR=0 turns it off, FORCE_COLOR=1.. on. */
export function useColor(stream: { isTTY?: boolean }, env: ColorEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true;
}


export interface Reporter {
  /** Sends message lines through `writer` (a progress bar's), or back to the stream with null. */
  route(writer: LineWriter | null): void;
  error(message: string): void;
  warn(message: string): void;
  /** Per-file progress, only with --verbose. */
  verbose(message: string): void;
  /** The closing summary; suppressed by --quiet. */
  summary(message: string): void;
}

export interface ReporterOptions {
  quiet?: boolean;
  verbose?: boolean;
  stream: { write(s: string): unknown; isTTY?: boolean };
  /** Colours for the prefixes (PLAIN when stderr is not a terminal). */
  palette: Palette;
}

/** Where message lines go; a progress bar swaps in its own writer while it is shown. */
export type LineWriter = (line: string) => void;

const PREFIX = 'article-cleaner';

/** Keeps every message on one line, whatever it quotes. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export function createReporter(o: ReporterOptions): Reporter {
  const c = o.palette;
  let writer: LineWriter | null = null;
  const write = (s: string) => (writer ? writer(`${s}\n`) : o.stream.write(`${s}\n`));
  return {
    route: (w) => {
      writer = w;
    },
    error: (m) => write(`${PREFIX}: ${c.red('error:')} ${oneLine(m)}`),
    warn: (m) => {
      if (!o.quiet) write(`${PREFIX}: ${c.yellow('warning:')} ${oneLine(m)}`);
    },
    verbose: (m) => {
      if (o.verbose && !o.quiet) write(`${PREFIX}: ${c.dim(oneLine(m))}`);
    },
    summary: (m) => {
      if (!o.quiet) write(`${PREFIX}: ${oneLine(m)}`);
    },
  };
}
