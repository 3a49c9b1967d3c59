import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');
export const bin = path.join(root, 'bin', 'article-cleaner.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the built CLI as a user would, without colours. */
export function cli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string>; nodeArgs?: string[] } = {}): Run {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true', ...options.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ac-test-'));
}

/** A temporary folder with the given files (relative path -> content); removed by `cleanup`. */
export function makeTree(files: Record<string, string | Buffer>, made: string[]): string {
  const d = tempDir();
  made.push(d);
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
    fs.writeFileSync(path.join(d, rel), body);
  }
  return d;
}

export function cleanup(made: string[]): void {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
}

/** An invented news page: menu, headline, credit, prose, and a tail of furniture. */
export const PAGE = [
  'Home',
  'World',
  'Business',
  'Sport',
  '',
  'Harbour Reopens After Three Days of Storms',
  '',
  'Photo: Port Authority',
  '',
  'The harbour reopened on Thursday after winds of more than 100 kilometres an hour had kept every ferry in port for three days.',
  '',
  'Port officials said the backlog of freight would take at least a week to clear, and asked hauliers to book new slots online.',
  '',
  'Fishermen, who lost most of a week of work, said they hoped the regional government would help them with the cost of repairs.',
  '',
  'Share',
  'Related',
  'Ferry prices to rise next year',
  '',
  'Subscribe to The Coastal Herald',
  '© 2024 The Coastal Herald. All rights reserved.',
].join('\n');

/** Lines that must never reach a cleaned output of PAGE. */
export const PAGE_JUNK = ['Home', 'Share', 'Related', 'All rights reserved', 'Photo: Port Authority'];

export const NO_STACK = /^\s+at /m;
