import { describe, expect, it } from 'vitest';
import { detectLanguage, dominantScript, entryInfo, stopwordEntries, stopwordList } from '../../src/lexicon/stopwords.js';
import { tokenize } from '../../src/blocks/features.js';

const guess = (text: string) => detectLanguage(text, tokenize(text));

describe('detectLanguage', () => {
  it('tells the common languages of the web apart', () => {
    expect(guess('The minister said that the new law would be voted on in the spring, and that there was no reason to wait.')).toBe('en');
    expect(guess('Die Ministerin sagte, dass das neue Gesetz im Frühjahr beschlossen werden soll und dass es keinen Grund gebe, zu warten.')).toBe('de');
    expect(guess("La ministre a déclaré que la nouvelle loi serait votée au printemps et qu'il n'y avait aucune raison d'attendre.")).toBe('fr');
    expect(guess('La ministra dijo que la nueva ley se votará en la primavera y que no hay ninguna razón para esperar más tiempo.')).toBe('es');
    expect(guess('La ministra ha detto che la nuova legge sarà votata in primavera e che non c’è nessun motivo per aspettare.')).toBe('it');
    expect(guess('Minister powiedziała, że nowa ustawa zostanie przegłosowana wiosną i że nie ma powodu, aby dłużej czekać.')).toBe('pl');
    expect(guess('Министр заявила, что новый закон будет принят весной и что нет никаких причин ждать.')).toBe('ru');
  });
  it('uses the script for languages with their own', () => {
    expect(dominantScript('東京で会議が開かれました')).toBe('kana');
    expect(guess('서울에서 회의가 열렸습니다')).toBe('ko');
  });
  it('says nothing when there is no evidence', () => {
    expect(guess('12345 !!!')).toBeNull();
  });
});

describe('stopwordEntries', () => {
  it('flags exactly the entries whose languages include the list', () => {
    for (const lang of ['en', 'de', 'fr', 'ru', 'zh', 'ar']) {
      const list = stopwordList(lang);
      const flags = stopwordEntries(list);
      for (let id = 0; id < flags.length; id++) expect(flags[id] === 1).toBe(entryInfo(id).langs.includes(list));
      expect(() => entryInfo(flags.length).langs).toThrow();
    }
  });
});
