/** Standard input and output for the runners: reading stdin whole (up to a limit), writing stdout with back-pressure. */
import { CliError, describeSystemError, InputError } from './errors.js';

/** The bytes of a stream, refused (InputError) past `limit`; a closed or missing stdin (as in CI) reads as empty. */
export async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > limit) throw new InputError(`standard input is larger than --max-size (${limit} bytes)`);
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'EBADF' || (err as NodeJS.ErrnoException).code === 'EAGAIN') return new Uint8Array();
    throw new InputError(`cannot read standard input: ${describeSystemError(err)}`);
  }
  return Buffer.concat(chunks);
}

/** Writes to stdout, waiting when the pipe is full so memory stays bounded. */
export function writeOut(stream: NodeJS.WritableStream, data: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(data)) resolve();
    else stream.once('drain', () => resolve());
  });
}
