/**
 * Publication-name diagnosis: candidate recall (the gold name among a page's candidates), the
 * ranker's top-1 when it is, and two-fold accuracy / precision of the name ranker alone at a
 * range of answer thresholds, over the corpus and its layouts. The block classifier and
 * headline ranker are weights.json's; only the name ranker is refitted per fold, so this is a
 * quick loop for source.ts (quote scripts/eval.ts --cv after train --check for the real figures).
 *
 *   npx tsx scripts/source-diag.ts [--layouts chromium,w3m,noblank,wrap,double] [--misses FILE]
 */
import fs from 'node:fs';
import path from 'node:path';
import { classify } from '../src/blocks/classify.js';
import type { Model } from '../src/blocks/model.js';
import { stopwordsOf } from '../src/lexicon/stopwords.js';
import { mainRunStart } from '../src/metadata/index.js';
import { findTitle } from '../src/metadata/title.js';
import { findSource, spellingGroups, SOURCE_FEATURES, sourceCandidates, sourceShares, sourceVectors } from '../src/metadata/source.js';
import { readPage } from '../src/page/index.js';
import { METADATA } from '../src/constants.js';
import { fitListwise } from './learn.js';
import { sourceKey } from './gold-keys.js';
import { foldOf } from './folds.mjs';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const layoutNames = (opt('--layouts') ?? 'chromium,w3m,wrap').split(',');
const dirOf = (l: string) => (l === 'chromium' ? path.join(shared, 'corpus') : l === 'w3m' ? path.join(shared, 'corpus-w3m') : path.join(root, 'bench-out', 'layouts', l));
const key = sourceKey;

const model = JSON.parse(fs.readFileSync(path.join(root, 'src', 'model', 'weights.json'), 'utf8')) as Model;
interface Row { id: string; layout: string; fold: number; gold: string | null; want: Set<string>; names: string[]; x: number[][]; right: number[]; strong: number; t: number }
const rows: Row[] = [];
let tCand = 0;
const cache = opt('--cache');
if (cache && fs.existsSync(cache)) for (const r of JSON.parse(fs.readFileSync(cache, 'utf8'))) rows.push({ ...r, want: new Set(r.want) });
else for (const layout of layoutNames) {
  const dir = dirOf(layout);
  for (const ds of ['sh', 'tf']) {
    for (const f of fs.readdirSync(path.join(dir, ds)).sort()) {
      if (!f.endsWith('.txt')) continue;
      const id = f.slice(0, -4);
      const gold = JSON.parse(fs.readFileSync(path.join(shared, 'corpus', ds, `${id}.gold.json`), 'utf8'));
      const page = readPage(fs.readFileSync(path.join(dir, ds, f), 'utf8')).page;
      const labels = classify(page, model);
      const title = findTitle(page, labels, mainRunStart(page, labels), model.title);
      const sw = stopwordsOf(page.language);
      const t0 = performance.now();
      const { candidates, stats } = sourceCandidates(page, labels, sw);
      const x = sourceVectors(page, candidates, stats, title ? title.text : null, sw);
      tCand += performance.now() - t0;
      const want = new Set<string>(gold.source ? [gold.source, ...(gold.sourceAliases ?? [])].map(key) : []);
      const right = candidates.map((c, k) => (want.has(key(c.name)) ? k : -1)).filter((k) => k >= 0);
      const strong = candidates.findIndex((c) => c.cues.has('appeal') || c.cues.has('trademark'));
      rows.push({ id, layout, fold: foldOf(id), gold: gold.source ?? null, want, names: candidates.map((c) => c.name), x, right, strong, t: 0 });
    }
  }
}
if (cache && !fs.existsSync(cache)) fs.writeFileSync(cache, JSON.stringify(rows.map((r) => ({ ...r, want: [...r.want] }))));
if (args.includes('--cross')) {
  const sel = ['copyright holder', 'start of a copyright holder', 'domain', 'name of a domain', 'spelled like a domain on the page', 'near the top', 'near the bottom', 'in the first 3 lines', 'repeated phrase', 'company suffix', '1 word', 'line of its own near the top or bottom', 'in a copyright line', 'holds a shorter candidate', 'inside a longer candidate', 'mentioned outside the article only', 'lines mentioning it', 'lines of its own, alone'].map((n) => SOURCE_FEATURES.indexOf(n));
  for (const r of rows) r.x = r.x.map((v) => { const out = [...v]; for (let a = 0; a < sel.length; a++) for (let b = a + 1; b < sel.length; b++) out.push(v[sel[a]!]! * v[sel[b]!]!); return out; });
  const names = [...SOURCE_FEATURES];
  for (let a = 0; a < sel.length; a++) for (let b = a + 1; b < sel.length; b++) names.push(`x${a}_${b}`);
  (SOURCE_FEATURES as string[]).length = 0; (SOURCE_FEATURES as string[]).push(...names);
}
if (opt('--drop')) {
  // Leave features out (names, comma-separated), to measure what each adds.
  const drop = new Set(opt('--drop')!.split(opt('--drop')!.includes('|') ? '|' : ',').map((n) => SOURCE_FEATURES.indexOf(n)));
  if (drop.has(-1)) throw new Error('unknown feature in --drop');
  for (const r of rows) r.x = r.x.map((v) => v.filter((_, j) => !drop.has(j)));
  const kept = SOURCE_FEATURES.filter((_, j) => !drop.has(j));
  (SOURCE_FEATURES as string[]).length = 0; (SOURCE_FEATURES as string[]).push(...kept);
}
if (opt('--split')) {
  // Another two-fold split (a multiplier for the id hash), to tell a change from the split's luck.
  const mul = Number(opt('--split'));
  for (const r of rows) {
    let h = 0;
    for (const ch of r.id) h = (h * mul + ch.charCodeAt(0)) >>> 0;
    r.fold = (h >>> 5) & 1; // any odd multiplier keeps h % 2
  }
}
console.log(`candidates+vectors: ${tCand.toFixed(0)} ms over ${rows.length} pages`);
const train = (f: number) =>
  fitListwise(rows.filter((r) => r.fold !== f && r.gold && r.x.length > 0 && (!opt('--train-layouts') || opt('--train-layouts')!.split(',').includes(r.layout))).map((r) => ({ x: r.x, y: r.right.length > 0 ? r.right : -1 })), SOURCE_FEATURES, Number(opt('--epochs') ?? 400), Number(opt('--l2') ?? 1e-3), true);
const models = args.includes('--insample') ? [train(2), train(2)] : [train(0), train(1)];
const thresholds = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const misses: string[] = [];
for (const layout of layoutNames) {
  const rs = rows.filter((r) => r.layout === layout);
  const gold = rs.filter((r) => r.gold);
  const recall = gold.filter((r) => r.right.length > 0).length;
  let top1 = 0;
  const res = thresholds.map(() => ({ ok: 0, wrong: 0, unv: 0 }));
  for (const r of rs) {
    if (r.x.length === 0) continue;
    const p0 = sourceShares(models[r.fold]!, r.x);
    let p = p0;
    if (args.includes('--family')) {
      // As findSource pools: by spelling group.
      const g = spellingGroups(r.names.map((n) => n.toLowerCase()));
      const sum = new Map<number, number>();
      g.forEach((f, k) => sum.set(f, (sum.get(f) ?? 0) + p0[k]!));
      p = g.map((f) => sum.get(f)!);
    } else if (args.includes('--group')) {
      const sum = new Map<string, number>();
      r.names.forEach((n, k) => sum.set(key(n), (sum.get(key(n)) ?? 0) + p0[k]!));
      p = r.names.map((n) => sum.get(key(n))!);
    }
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]! || (p[k] === p[best] && p0[k]! > p0[best]!)) best = k;
    const pick = r.strong >= 0 ? r.strong : best;
    const pp = r.strong >= 0 ? 1 : p[best]!;
    const right = r.want.has(key(r.names[pick]!));
    if (r.gold && r.right.length > 0 && right) top1++;
    thresholds.forEach((th, j) => {
      if (pp < th) return;
      if (!r.gold) res[j]!.unv++;
      else if (right) res[j]!.ok++;
      else res[j]!.wrong++;
    });
    if (layout === layoutNames[0] && r.gold && !right) {
      const top = p.map((v, k) => [v, k] as const).sort((a, b) => b[0] - a[0]).slice(0, 4).map(([v, k]) => `${r.names[k]} ${v.toFixed(2)}`);
      misses.push(`${r.id}\tgold=${r.gold}\tinCands=${r.right.length > 0}\t${top.join(' | ')}`);
    }
  }
  if (args.includes('--summary')) {
    // The best accuracy at a precision of 0.78 or more, over a fine grid of thresholds.
    const picks = rs.filter((r) => r.x.length > 0).map((r) => {
      const p0 = sourceShares(models[r.fold]!, r.x);
      const g = spellingGroups(r.names.map((n) => n.toLowerCase()));
      const sum = new Map<number, number>();
      g.forEach((f, k) => sum.set(f, (sum.get(f) ?? 0) + p0[k]!));
      let best = 0;
      for (let k = 1; k < p0.length; k++) {
        const a = sum.get(g[k]!)!;
        const b = sum.get(g[best]!)!;
        if (a > b || (a === b && p0[k]! > p0[best]!)) best = k;
      }
      return { gold: r.gold !== null, p: r.strong >= 0 ? 1 : sum.get(g[best]!)!, right: r.want.has(key(r.names[r.strong >= 0 ? r.strong : best]!)) };
    });
    const at = (floor: number) => {
      let bestAcc = 0;
      let bestTh = 1;
      for (let th = 0.3; th <= 0.96; th += 0.025) {
        const ok = picks.filter((q) => q.gold && q.p >= th && q.right).length;
        const wrong = picks.filter((q) => q.gold && q.p >= th && !q.right).length;
        if (ok / Math.max(1, ok + wrong) >= floor && ok / gold.length > bestAcc) {
          bestAcc = ok / gold.length;
          bestTh = th;
        }
      }
      return `acc ${bestAcc.toFixed(3)}@${bestTh.toFixed(3)}`;
    };
    console.log(`SUMMARY ${layout}: top1|present ${(picks.filter((q) => q.gold && q.right).length / Math.max(1, recall)).toFixed(3)}; prec>=0.75 ${at(0.75)}; prec>=0.78 ${at(0.78)}; prec>=0.82 ${at(0.82)}`);
  }
  console.log(`${layout}: gold ${gold.length}, recall ${(recall / gold.length).toFixed(3)}, top1|present ${(top1 / Math.max(1, recall)).toFixed(3)}`);
  thresholds.forEach((th, j) => {
    const { ok, wrong, unv } = res[j]!;
    console.log(`  th ${th.toFixed(2)}: acc ${(ok / gold.length).toFixed(3)} prec ${(ok / Math.max(1, ok + wrong)).toFixed(3)} (${ok} ok, ${wrong} wrong, ${unv} unverified)`);
  });
}
if (opt('--misses')) fs.writeFileSync(opt('--misses')!, misses.join('\n') + '\n');
void findSource; void METADATA;
if (args.includes('--weights')) {
  const m = train(2);
  m.names.forEach((n, j) => console.log(`${m.weights[j]!.toFixed(2).padStart(7)}  ${n}`));
  console.log(`bias ${m.bias}`);
}
if (args.includes('--lost')) {
  const fi = (n: string) => SOURCE_FEATURES.indexOf(n);
  const show = (x: number[]) => SOURCE_FEATURES.map((n, j) => (x[j] ? `${n.slice(0, 18)}=${+x[j]!.toFixed(2)}` : '')).filter(Boolean).join('; ');
  for (const r of rows.filter((r) => r.layout === 'chromium' && r.gold && r.right.length > 0)) {
    const p = sourceShares(models[r.fold]!, r.x);
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    if (r.right.includes(best)) continue;
    const g = r.right[0]!;
    console.log(`${r.id.slice(0, 12)} ${r.gold} (${p[g]!.toFixed(2)}) <- ${r.names[best]} (${p[best]!.toFixed(2)})\n   G: ${show(r.x[g]!)}\n   W: ${show(r.x[best]!)}`);
  }
  void fi;
}
if (opt('--wrong')) {
  const th = Number(opt('--wrong'));
  for (const r of rows.filter((r) => r.layout === 'chromium' && r.gold && r.x.length > 0)) {
    const p = sourceShares(models[r.fold]!, r.x);
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    const pick = r.strong >= 0 ? r.strong : best;
    if ((r.strong < 0 && p[best]! < th) || r.want.has(key(r.names[pick]!))) continue;
    console.log(`WRONG ${r.id.slice(0, 12)} gold=${r.gold} got=${r.names[pick]} p=${r.strong >= 0 ? 'strong' : p[best]!.toFixed(2)} present=${r.right.length > 0}`);
  }
}
