import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatEta } from '../../src/cli/progress.js';

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
    expect(t.text()).toMatch(/\d\/3 files \| [\d.]+ files\/s \| ETA (?:-|\d+s)/);
    // Before the rate is known the time left is "-", not a placeholder of the bar library.
    const etas = [...t.text().matchAll(/ETA (\S+?)(?:\x1b|\s|$)/g)].map((m) => m[1]);
    expect(etas.length).toBeGreaterThan(0);
    for (const eta of etas) expect(eta).toMatch(/^(?:-|\d+[smh])$/);
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
describe('time left', () => {
  it('comes from the rate so far, in seconds, minutes or hours', () => {
    expect(formatEta(0, 100, 5)).toBe('-');
    expect(formatEta(10, 100, 0)).toBe('-');
    expect(formatEta(50, 100, 10)).toBe('10s');
    expect(formatEta(10, 100, 10)).toBe('1m 30s');
    expect(formatEta(1, 1000, 65)).toBe('18h 02m');
    expect(formatEta(100, 100, 10)).toBe('0s');
  });
});
