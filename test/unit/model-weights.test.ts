/** The bundled weights load only when each model's recorded feature names are the code's, in order. */
import { describe, expect, it } from 'vitest';
import { CONTEXT_FEATURES, LOCAL_FEATURES } from '../../src/blocks/model.js';
import { SOURCE_FEATURES } from '../../src/metadata/source.js';
import { TITLE_FEATURES } from '../../src/metadata/title.js';
import { DEFAULT_MODEL, loadModel } from '../../src/model/index.js';
import weights from '../../src/model/weights.json' with { type: 'json' };

/** A copy of the bundled weights, with `change` applied to model `name`'s feature names. */
function withNames(name: 'local' | 'context' | 'refine' | 'title' | 'source', change: (names: string[]) => void): unknown {
  const copy = structuredClone(weights);
  change(copy[name].names);
  return copy;
}

describe('loading the weights', () => {
  it('loads the bundled weights, whose names are the declared ones', () => {
    expect(DEFAULT_MODEL.local.names).toEqual(LOCAL_FEATURES);
    expect(DEFAULT_MODEL.context.names).toEqual([...LOCAL_FEATURES, ...CONTEXT_FEATURES]);
    expect(DEFAULT_MODEL.refine!.names).toEqual([...LOCAL_FEATURES, ...CONTEXT_FEATURES]);
    expect(DEFAULT_MODEL.title!.names).toEqual(TITLE_FEATURES);
    expect(DEFAULT_MODEL.source!.names).toEqual(SOURCE_FEATURES);
  });

  it('fails on a renamed feature, naming the model and the feature', () => {
    const renamed = withNames('context', (names) => (names[LOCAL_FEATURES.length + 1] = 'block before'));
    expect(() => loadModel(renamed)).toThrow(`model "context": feature ${LOCAL_FEATURES.length + 2} is "block before" in the weights but "previous block" in the code`);
  });

  it('fails on two features swapped', () => {
    const swapped = withNames('local', (names) => ([names[3], names[4]] = [names[4]!, names[3]!]));
    expect(() => loadModel(swapped)).toThrow('model "local": feature 4 is "stopwords unknown" in the weights but "stopword density" in the code');
  });

  it('fails on a feature missing or added, in a ranker too', () => {
    expect(() => loadModel(withNames('title', (names) => names.pop()))).toThrow(
      `model "title": feature ${TITLE_FEATURES.length} is nothing in the weights but ${JSON.stringify(TITLE_FEATURES.at(-1))} in the code`,
    );
    expect(() => loadModel(withNames('source', (names) => names.push('extra')))).toThrow(/^model "source": feature \d+ is "extra" in the weights but nothing in the code/);
  });

  it('checks the text-browser stages too, when there are any', () => {
    expect(DEFAULT_MODEL.textBrowser?.refine?.names).toEqual([...LOCAL_FEATURES, ...CONTEXT_FEATURES]);
    const swapped = structuredClone(weights) as { textBrowser: { local: { names: string[] } } };
    const names = swapped.textBrowser.local.names;
    [names[3], names[4]] = [names[4]!, names[3]!];
    expect(() => loadModel(swapped)).toThrow('model "textBrowser.local": feature 4 is "stopwords unknown" in the weights but "stopword density" in the code');
    const { textBrowser: _, ...without } = weights as typeof weights & { textBrowser: unknown };
    expect(loadModel(without).textBrowser).toBeUndefined();
  });

  it('fails on a model missing, or a weight missing', () => {
    const { refine: _, ...noRefine } = weights;
    expect(() => loadModel(noRefine)).toThrow('model "refine" is missing from the weights');
    const short = structuredClone(weights);
    short.local.weights.pop();
    expect(() => loadModel(short)).toThrow(`model "local": ${LOCAL_FEATURES.length - 1} weights for ${LOCAL_FEATURES.length} features`);
  });
});
