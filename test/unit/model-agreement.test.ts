/**
 * The block classifier at run time (predict: fused, on typed rows) and as training computes it
 * (stages.ts: plain vectors, one dot product per model, what scripts/train.ts fits) give the
 * same numbers for every block: the same probabilities at every stage, bit for bit, and the
 * same feature vectors behind --explain. On the bundled samples, and on the benchmark corpus
 * in ../shared when it is there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { predict, stagesFor } from '../../src/blocks/model.js';
import { contextVectors, localVectors, stageProbabilities } from '../../src/blocks/stages.js';
import { preparePage, readPage } from '../../src/page/index.js';
import { DEFAULT_MODEL } from '../../src/model/index.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');

const textsIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));

/** Where two lists of numbers first differ, or null when they are equal. */
function firstDifference(what: string, run: ArrayLike<number>, trained: ArrayLike<number>, item = 'block'): string | null {
  if (run.length !== trained.length) return `${what}: ${run.length} values at run time, ${trained.length} in training`;
  for (let i = 0; i < run.length; i++) if (!Object.is(run[i], trained[i])) return `${what}, ${item} ${i}: ${run[i]} at run time, ${trained[i]} in training`;
  return null;
}

/** The differences between predict() and the training computation on a page, if any; `laidOut`: the text read as readPage reads it (its layout too). */
function disagreements(text: string, laidOut = false): string[] {
  const { table, contentWords: content, stopwordsKnown } = laidOut ? readPage(text).page : preparePage(text);
  const { local, context, refine } = stagesFor(DEFAULT_MODEL, table);
  // At run time the content words come from reading the blocks; training numbers them from the texts.
  const run = predict(DEFAULT_MODEL, table, stopwordsKnown, content, true);
  const lv = localVectors(table, stopwordsKnown);
  const [pLocal, pContext, p] = stageProbabilities([local, context, refine!], table, lv);
  const explained = contextVectors(table, pContext!);
  const found = [firstDifference('local probability', run.pLocal, pLocal!), firstDifference('probability', run.p, p!)];
  // The feature vectors behind --explain: the first block whose vector differs, if any.
  for (let i = 0; i < table.length; i++) {
    const d = firstDifference(`features of block ${i}`, run.x[i]!, lv[i]!.concat(explained[i]!), 'feature');
    if (d !== null) {
      found.push(d);
      break;
    }
  }
  return found.filter((d) => d !== null);
}

function expectAgreement(pages: { name: string; text: string }[], laidOut = false): void {
  const found = pages.flatMap(({ name, text }) => disagreements(text, laidOut).map((d) => `${name}: ${d}`));
  expect(found).toEqual([]);
}

describe('predict() and the training computation agree', () => {
  it('on the bundled samples', () => {
    expectAgreement(textsIn(path.join(root, 'samples')));
  });
});

describe('predict() and the training computation agree on a text-mode browser dump', () => {
  it('with the text-browser stages', () => {
    const menu = ['Home', 'World', 'Politics', 'Science', 'Weather', 'Sport'].map((m) => `  • ${m}`).join('\n');
    const prose =
      'Heavy rain on Sunday swept away two bridges and cut off three mountain villages in the\nnorth of the country, where rescue teams were still trying to reach about forty\nfamilies on Monday evening, officials said after a meeting in the capital city.';
    const text = `${menu}\n\n${prose}\n\n${prose.replace('Sunday', 'Monday')}\n\n${menu}\n`;
    const { page } = readPage(text);
    expect(page.table.textBrowser).toBe(1);
    expect(stagesFor(DEFAULT_MODEL, page.table)).toBe(DEFAULT_MODEL.textBrowser);
    expectAgreement([{ name: 'dump', text }], true);
  });
});

describe.skipIf(!fs.existsSync(corpus))('predict() and the training computation agree on ../shared/corpus', () => {
  const sets = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((d) => fs.statSync(path.join(corpus, d)).isDirectory()) : [];
  for (const set of sets) {
    it(`on ${set}`, { timeout: 300_000 }, () => {
      expectAgreement(textsIn(path.join(corpus, set)));
    });
  }
});
