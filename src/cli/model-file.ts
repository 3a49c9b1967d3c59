/**
 * --model: weights written by scripts/train.ts, used instead of the bundled ones (to score a
 * retrained or cross-validation fold model through the CLI). Each thread reads a weights file
 * once and keeps it, since every page, line and record task of a run names the same file.
 */
import fs from 'node:fs';
import { loadModel } from '../model/index.js';
import type { Model } from '../blocks/model.js';

const loaded = new Map<string, Model>();

/** The model in the weights file at `file`; throws a one-line message when it is unusable. */
export function modelAt(file: string): Model {
  let model = loaded.get(file);
  if (!model) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      const why = err instanceof SyntaxError ? 'not valid JSON' : ((err as NodeJS.ErrnoException).code ?? String(err));
      throw new Error(`cannot read --model '${file}': ${why}`);
    }
    try {
      model = loadModel(json);
    } catch (err) {
      throw new Error(`--model '${file}' does not fit this version: ${err instanceof Error ? err.message : String(err)}`);
    }
    loaded.set(file, model);
  }
  return model;
}

/** The clean() option of a task that names a weights file. */
export const modelOption = (file: string | undefined): { model?: Model } => (file === undefined ? {} : { model: modelAt(file) });
