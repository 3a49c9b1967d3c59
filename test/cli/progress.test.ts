import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function terminal(isTTY: boolean) {
  const s = new PassThrough() as PassThrough & { isTTY: boolean; columns: number };
  s.isTTY = isTTY;
  s.columns = 100;
  let out = '';
  s.on('data', (d: Buffer) => (out += d.toString()));
  return { stream: s, text: () => out };
}

describe('progress bar', () => {
  it('draws on a terminal: files done of total, rate, ETA', () => {
    const t = terminal(true);
    const p = createProgress({ total: 3, stream: t.stream, enabled: true });
    expect(p.active).toBe(true);
    p.update(1);
    p.log('article-cleaner: warning: something\n');
    p.stop();
    expect(t.text()).toMatch(/\d\/3 files \| [\d.]+ files\/s \| ETA/);
    expect(t.text()).toContain('article-cleaner: warning: something\n');
  });
  it('stays silent when stderr is not a terminal, or when disabled', () => {
    for (const [tty, enabled] of [[false, true], [true, false]] as const) {
      const t = terminal(tty);
      const p = createProgress({ total: 3, stream: t.stream, enabled });
      expect(p.active).toBe(false);
      p.update(2);
      p.stop();
      expect(t.text()).toBe('');
    }
  });
});
