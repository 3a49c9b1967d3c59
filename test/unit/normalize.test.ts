import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/pipeline/normalize.js';

describe('normalizeText', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });
  it('removes invisible characters and a BOM', () => {
    expect(normalizeText('\ufeffzero\u200bwidth soft\u00adhyphen \u202emark')).toBe('zerowidth softhyphen mark');
  });
  it('turns every kind of space into one ASCII space and trims lines', () => {
    expect(normalizeText('  a\u00a0\u00a0b\tc\u3000d  \n\u2003e ')).toBe('a b c d\ne');
  });
  it('composes to NFC', () => {
    expect(normalizeText('e\u0301te\u0301')).toBe('\u00e9t\u00e9');
  });
  it('keeps blank lines (they separate paragraphs)', () => {
    expect(normalizeText('a\n\n\nb')).toBe('a\n\n\nb');
  });
});
