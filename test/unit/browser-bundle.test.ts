/**
 * The library runs in a browser: bundled for one (esbuild, platform 'browser') from
 * src/index.ts, it imports no Node module, and run where there is nothing but the standard
 * JavaScript globals (a fresh node:vm context: no require, process or Buffer), its clean()
 * gives what clean() gives here.
 */
import { build, type Plugin } from 'esbuild';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, clean } from '../../src/index.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const samples = path.join(root, 'samples');
const pages = fs.readdirSync(samples).filter((f) => f.endsWith('.txt')).sort();

/** Fails the build on an import of Node's own modules, with or without "node:". */
const noNodeModules: Plugin = {
  name: 'no-node-modules',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.path.startsWith('node:') || builtinModules.includes(args.path)
        ? { errors: [{ text: `${path.relative(root, args.importer)} imports the Node module ${args.path}` }] }
        : undefined,
    );
  },
};

async function browserBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'src', 'index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'articleCleaner',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [noNodeModules],
  });
  return result.outputFiles[0]!.text;
}

describe('browser bundle', () => {
  let context: vm.Context;
  beforeAll(async () => {
    context = vm.createContext({});
    vm.runInContext(await browserBundle(), context);
  }, 60_000);

  it('runs where Node has put nothing', () => {
    expect(vm.runInContext('[typeof require, typeof process, typeof Buffer, typeof articleCleaner.clean]', context)).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'function',
    ]);
  });

  for (const page of pages) {
    it(`cleans ${page} as the library does`, () => {
      const text = fs.readFileSync(path.join(samples, page), 'utf8');
      context.text = text;
      const bundled = vm.runInContext('JSON.stringify([articleCleaner.clean(text), articleCleaner.analyze(text)])', context) as string;
      expect(bundled).toBe(JSON.stringify([clean(text), analyze(text)]));
    });
  }

  it('fails to bundle a module that imports a Node module', async () => {
    const entry = path.join(root, 'src', 'page', 'segment.ts');
    const probe = build({
      stdin: { contents: `import 'node:fs'; export * from ${JSON.stringify(entry)};`, resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      plugins: [noNodeModules],
    });
    await expect(probe).rejects.toThrow(/imports the Node module node:fs/);
  });
});
