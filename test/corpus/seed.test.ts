/**
 * The page the tool was conceived from must come out exactly as its gold result.
 * The benchmark corpus lives in ../shared beside the repository; without it these tests skip.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { layOut, OWN_LAYOUTS } from '../../scripts/own-layouts.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const seedDir = path.resolve(root, '..', 'shared', 'corpus', 'seed');
const present = fs.existsSync(path.join(seedDir, 'moscow-times-syria.txt'));
const bin = path.join(root, 'bin', 'article-cleaner.js');

describe.skipIf(!present)('seed page (../shared/corpus/seed)', () => {
  const txtPath = path.join(seedDir, 'moscow-times-syria.txt');
  const gold = present ? JSON.parse(fs.readFileSync(path.join(seedDir, 'moscow-times-syria.gold.json'), 'utf8')) : {};

  const expectGold = (a: { title: unknown; source: unknown; imageCredit: unknown; text: string; paragraphs: string[] }) => {
    expect(a.title).toBe(gold.title);
    expect(a.source).toBe(gold.source);
    expect(a.imageCredit).toBe(gold.imageCredit);
    expect(a.text).toBe(gold.body);
    expect(a.paragraphs).toHaveLength(11);
  };

  it('gives exactly the gold result through the library', () => {
    expectGold(clean(fs.readFileSync(txtPath, 'utf8')));
  });

  it('gives exactly the gold result through the CLI, from stdin and from a file', () => {
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
    const fromStdin = spawnSync(process.execPath, [bin, '--format', 'json'], { input: fs.readFileSync(txtPath), env, encoding: 'utf8', timeout: 20_000 });
    expect(fromStdin.status).toBe(0);
    const a = JSON.parse(fromStdin.stdout);
    expect(a.input).toBe('-');
    expectGold(a);
    const fromFile = spawnSync(process.execPath, [bin, '--format', 'json', txtPath], { env, encoding: 'utf8', timeout: 20_000 });
    expect(fromFile.status).toBe(0);
    const b = JSON.parse(fromFile.stdout);
    expect(b.input).toBe(txtPath);
    expectGold(b);
  });

  it('gives the gold result from hard-wrapped layouts: a text-mode browser (80 columns, a margin, links numbered), pandoc (72), an e-mail (66, CRLF), a PDF copy (68, hyphenated), html2text (78, Markdown links), first-line indents (72, no blank lines)', () => {
    const text = fs.readFileSync(txtPath, 'utf8');
    for (const layout of Object.values(OWN_LAYOUTS)) expectGold(clean(layOut(text, layout)));
  });

  it('drops every piece of the page furniture', () => {
    const a = clean(fs.readFileSync(txtPath, 'utf8'));
    for (const junk of ['×', 'ad-free', 'Support us', 'A Message from', 'Dear readers', 'Monthly', 'Continue', 'Remind me later', 'Read more']) {
      expect(a.text).not.toContain(junk);
    }
  });
});
