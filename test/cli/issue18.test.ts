/** End-to-end (the built CLI): the points of issue 18, one describe block each. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, cli, makeTree, NO_STACK, PAGE } from './helpers.js';

const dirs: string[] = [];
afterAll(() => cleanup(dirs));
const workspace = (files: Record<string, string | Buffer>) => makeTree(files, dirs);
const lines = (s: string) => s.trimEnd().split('\n').filter(Boolean);

describe('an output folder that cannot be made', () => {
  // /proc answers ENOENT to any mkdir: Node's recursive mkdir used to retry it forever.
  const procOk = fs.existsSync('/proc/self');
  it.runIf(procOk)('fails at once with one line and exit 1 (-d and -o)', () => {
    const d = workspace({ 'page.txt': PAGE });
    for (const args of [['-d', '/proc/nope'], ['-o', '/proc/nope/x.md'], ['-d', '/proc/nope/a/b']]) {
      const started = Date.now();
      const r = cli([path.join(d, 'page.txt'), ...args]);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^article-cleaner: error: cannot write '\/proc\/nope\/.*': no such file or directory$/m);
      expect(r.stderr).not.toMatch(NO_STACK);
      if (args[0] === '-o') expect(lines(r.stderr)).toHaveLength(1);
    }
  });

  it('fails with one line when a file is in the way of the folder', () => {
    const d = workspace({ 'page.txt': PAGE, 'file': 'x' });
    const r = cli([path.join(d, 'page.txt'), '-o', path.join(d, 'file', 'sub', 'x.md')]);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/error: cannot write .*x\.md': /);
  });
});
