/** Errors the CLI reports as one line, each with the exit code it stands for. */

/** 130 and 143: stopped by Ctrl-C (SIGINT) or SIGTERM, as shells report a signal (128 + its number). */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, SIGINT: 130, SIGTERM: 143 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Wrong use of the command line: unknown option, bad value, nothing matched. Exit 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.USAGE);
  }
}

/** One input could not be read, decoded or written. The others go on. Exit 1. */
export class InputError extends CliError {
  constructor(message: string) {
    super(message, EXIT.FAILED);
  }
}

const NODE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'a file is in the way where a folder is needed',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** A short, human description of a Node.js system error. */
export function describeSystemError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && NODE_ERRORS[code]) return NODE_ERRORS[code]!;
  return err instanceof Error ? err.message : String(err);
}
