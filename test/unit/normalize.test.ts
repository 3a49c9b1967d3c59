import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/page/normalize.js';

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
  it('turns the other line breaks into newlines (vertical tab, form feed, line and paragraph separators)', () => {
    expect(normalizeText('a\u000bb\u000cc\u2028d\u2029e')).toBe('a\nb\nc\nd\ne');
  });
  it('removes terminal colour codes, object replacement characters and the Arabic letter mark', () => {
    expect(normalizeText('\u001b[1;31mred\u001b[0m alert')).toBe('red alert');
    expect(normalizeText('image\ufffc here \u061cمرحبا')).toBe('image here مرحبا');
  });
  it('keeps zero-width joiners and non-joiners only where they shape text (emoji, Persian, Indic)', () => {
    expect(normalizeText('👩\u200d💻 and 🏳️\u200d🌈')).toBe('👩\u200d💻 and 🏳️\u200d🌈');
    expect(normalizeText('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(normalizeText('क्\u200dष')).toBe('क्\u200dष');
    expect(normalizeText('zero\u200dwidth non\u200cjoiner \u200dx')).toBe('zerowidth nonjoiner x');
  });
  it('is idempotent', () => {
    const s = ' a\u00a0\u200bb\r\n\u2028c\u00ad  d \u200d👍 ';
    expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
});
