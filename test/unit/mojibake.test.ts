import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/mojibake.js';

// Windows-1252 bytes 0x80-0x9F; the five it leaves undefined read as C1 controls, as in browsers.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** UTF-8 text read as Windows-1252, as a mislabelled page gives it. */
const asCp1252 = (s: string) => [...new TextEncoder().encode(s)].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b))).join('');
/** UTF-8 text read as Latin-1 (bytes 0x80-0x9F become C1 controls). */
const asLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

const LANGUAGES: Record<string, string> = {
  English: 'It’s “quoted” — and… done; it costs £5, ©2024, 30°C, ½ a cup.',
  French: 'Été à Paris, où l’on mange des crêpes ; « Ça va ? » — déjà vu.',
  German: 'Größe, Übung, Fuß, schön, Mädchen und Straße — „Grüß Gott“.',
  Spanish: '¿Qué tal? El niño comió piña y una canción en el año pasado.',
  Portuguese: 'São Paulo não é irmã; a ação e a informação estão lá.',
  Polish: 'Zażółć gęślą jaźń. W Łodzi spadł śnieg.',
  Czech: 'Příliš žluťoučký kůň úpěl ďábelské ódy.',
  Romanian: 'Știință și tehnologie în România.',
  Turkish: 'İstanbul’da güzel bir gün; çok şükür.',
  Danish: 'Ærø og Åbenrå… på søndag.',
  Vietnamese: 'Tiếng Việt có dấu rất đẹp.',
  Russian: 'Привет, как дела? Всё хорошо.',
  Greek: 'Ελληνικά κείμενα εδώ και τώρα.',
  Hebrew: 'שלום עולם, מה שלומך?',
  Arabic: 'مرحبا بالعالم، كيف حالك؟',
  Hindi: 'नमस्ते दुनिया, आप कैसे हैं?',
  Chinese: '中文文本，北京市政府周一宣布。',
  Japanese: '日本語のテキスト、東京都は発表しました。',
  Korean: '한국어 텍스트, 서울시는 발표했습니다.',
  Emoji: 'Great news 😀 👍🏽 🎉',
};

describe('repairMojibake', () => {
  for (const [language, text] of Object.entries(LANGUAGES)) {
    it(`repairs ${language} read as Windows-1252 or Latin-1, and leaves the correct text alone`, () => {
      expect(repairMojibake(asCp1252(text)).text).toBe(text);
      expect(repairMojibake(asLatin1(text)).text).toBe(text);
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
    });
  }

  it('repairs the examples of the issue and counts the characters', () => {
    expect(repairMojibake('itâ€™s')).toEqual({ text: 'it’s', repaired: 1 });
    expect(repairMojibake('Ã©tÃ©')).toEqual({ text: 'été', repaired: 2 });
  });

  it('repairs text encoded twice', () => {
    const text = 'Ça coûte 5 € à l’été.';
    expect(repairMojibake(asCp1252(asCp1252(text))).text).toBe(text);
    expect(repairMojibake(asLatin1(asLatin1(text))).text).toBe(text);
  });

  it('repairs one unambiguous sequence inside otherwise correct text', () => {
    expect(repairMojibake('Déjà vu: the café’s owner said itâ€™s fine.').text).toBe('Déjà vu: the café’s owner said it’s fine.');
  });

  it('keeps correct text whose characters look like mojibake (capitals before quotes, no-break spaces, dashes)', () => {
    for (const s of [
      '«\u00a0NÃO\u00a0»', // Portuguese capitals before a no-break space
      '“NÃO”, disse ele',
      'SÃO PAULO — IRMÃ’s',
      'CAFÉ\u00a0»',
      '«\u00a0ÇA VA\u00a0»',
      'ÄRGER…',
      'ESPAÑA—',
      'l’été…\u00a0»', // French: "é" then an ellipsis and a no-break space
      'PORTUGAL É“',
      'là\u00a0»',
      'Þú ert',
      'ÓÒ ÉÈ',
      'Voilà — c’est déjà l’été à Montréal.',
    ]) {
      expect(repairMojibake(s).text, s).toBe(s);
    }
  });

  it('does not repair a lone ambiguous sequence (weak evidence)', () => {
    // "Ã" then a no-break space is "à" as mojibake, or Portuguese "Ã" before a space.
    expect(repairMojibake('IRMÃ\u00a0e').text).toBe('IRMÃ\u00a0e');
  });

  it('turns stray C1 controls into the Windows-1252 characters of the same bytes', () => {
    expect(repairMojibake('don\u0092t (\u0085) \u0093hi\u0094 \u0096 5\u0080')).toEqual({ text: 'don’t (…) “hi” – 5€', repaired: 6 });
  });

  it('is linear: a megabyte of candidates is repaired quickly', () => {
    const big = 'Ã©tÃ© itâ€™s '.repeat(80_000);
    expect(repairMojibake(big).text).toBe('été it’s '.repeat(80_000));
  });

  it('repairs any text written with words of these languages, and never changes it when correct (property)', () => {
    const word = fc.constantFrom(...Object.values(LANGUAGES).flatMap((t) => t.split(' ')));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (ws) => {
        const text = ws.join(' ');
        expect(repairMojibake(text).text).toBe(text);
        // Three non-ASCII characters are evidence enough even when each alone is ambiguous.
        if ((text.match(/[^\x00-\x7f]/gu) ?? []).length >= 3) expect(repairMojibake(asCp1252(text)).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and never grows the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const r = repairMojibake(s);
        expect(r.text.length).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 500 },
    );
  });
});
