/**
 * Words of dates and times, as data: month and weekday names, the words between a date and
 * its time, relative times, time-zone abbreviations, words of a modification date. Many
 * languages; matched without regard to case unless said otherwise.
 */

/** Month names and abbreviations -> month number, many languages (genitive forms where a date uses them). */
export const MONTHS: Readonly<Record<string, number>> = (() => {
  const table: [number, string[]][] = [
    [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'stycznia', 'styczeń', 'styczen', 'января', 'январь', 'januari', 'tammikuuta',
      'ledna', 'leden', 'ocak', 'január', 'ianuarie', 'gener', 'січня', 'ιανουαρίου']],
    [2, ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fév', 'febrero', 'febbraio', 'fevereiro', 'fev', 'lutego', 'luty', 'февраля', 'февраль', 'februari', 'helmikuuta',
      'února', 'únor', 'şubat', 'február', 'februarie', 'febrer', 'лютого', 'φεβρουαρίου']],
    [3, ['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'março', 'marco', 'marca', 'marzec', 'марта', 'март', 'maart', 'mrt', 'maaliskuuta',
      'března', 'březen', 'mart', 'március', 'martie', 'març', 'maret', 'березня', 'μαρτίου']],
    [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'апреля', 'апрель', 'huhtikuuta',
      'dubna', 'duben', 'nisan', 'április', 'aprilie', 'квітня', 'απριλίου']],
    [5, ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'maja', 'maj', 'мая', 'май', 'mei', 'toukokuuta',
      'května', 'květen', 'mayıs', 'május', 'maig', 'травня', 'μαΐου']],
    [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'июня', 'июнь', 'kesäkuuta',
      'června', 'červen', 'haziran', 'június', 'iunie', 'juny', 'червня', 'ιουνίου']],
    [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'июля', 'июль', 'heinäkuuta',
      'července', 'červenec', 'temmuz', 'július', 'iulie', 'juliol', 'липня', 'ιουλίου']],
    [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'sierpnia', 'sierpień', 'августа', 'август', 'augustus', 'elokuuta',
      'srpna', 'srpen', 'ağustos', 'augusztus', 'augusti', 'agost', 'agustus', 'серпня', 'αυγούστου']],
    [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'września', 'wrzesień', 'сентября', 'сентябрь', 'syyskuuta',
      'září', 'eylül', 'szeptember', 'septembrie', 'setembre', 'вересня', 'σεπτεμβρίου']],
    [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik', 'октября', 'октябрь', 'lokakuuta',
      'října', 'říjen', 'ekim', 'október', 'octombrie', 'жовтня', 'οκτωβρίου']],
    [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'ноября', 'ноябрь', 'marraskuuta',
      'listopadu', 'kasım', 'noiembrie', 'листопада', 'νοεμβρίου']],
    [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'декабря', 'декабрь', 'joulukuuta',
      'prosince', 'prosinec', 'aralık', 'decembrie', 'desembre', 'desember', 'грудня', 'δεκεμβρίου']],
  ];
  const out: Record<string, number> = {};
  for (const [n, names] of table) for (const name of names) out[name] = n;
  return out;
})();

/** Weekday names, many languages: a date, not a name, when they follow a byline. */
export const WEEKDAYS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'montag', 'dienstag', 'mittwoch',
  'donnerstag', 'freitag', 'samstag', 'sonntag', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'lunedì', 'martedì', 'mercoledì', 'giovedì',
  'venerdì', 'sabato', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'poniedziałek',
  'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
];

/** Words that mark a date as a modification date rather than the publication date. */
export const UPDATED_WORDS: readonly string[] = [
  'updated', 'update', 'last updated', 'modified', 'aktualisiert', 'zuletzt aktualisiert', 'stand', 'mis à jour', 'actualizado',
  'actualización', 'aggiornato', 'atualizado', 'zaktualizowano', 'обновлено', 'geändert', 'modifié', 'modifié le', 'actualisé',
  'bijgewerkt', 'uppdaterad', 'opdateret', 'oppdatert', 'päivitetty', 'aktualizováno', 'güncelleme', 'обновлён',
];

/**
 * Words that mark a date as the publication date ("Published: ...", "Veröffentlicht am ..."):
 * such a date may stand below the article, and one "updated" date before it does not make it a
 * modification date.
 */
export const PUBLISHED_WORDS: readonly string[] = [
  'published', 'first published', 'posted', 'posted on', 'published on', 'date', 'veröffentlicht', 'veröffentlicht am',
  'erstellt', 'erstellt am', 'erschienen', 'erschienen am', 'datum', 'erscheinungsdatum', 'publié', 'publié le', 'publiée',
  'date de publication', 'publicado', 'publicada', 'publicado el', 'fecha', 'fecha de publicación', 'pubblicato', 'pubblicato il',
  'data', 'opublikowano', 'data publikacji', 'опубликовано', 'дата публикации', 'gepubliceerd', 'gepubliceerd op', 'publicerad',
  'publiceret', 'publisert', 'julkaistu', 'publikováno', 'yayınlanma', 'yayın tarihi',
];

/**
 * Words between a date and its time ("May 3, 2019 at 6:34 am", "3. Mai 2019 um 18:34",
 * "3 de mayo de 2019 a las 18:34")...
 */
export const TIME_AT_WORDS: readonly string[] = ['at', 'um', 'à', 'a las', 'alle', 'às'];
/** ...and the one-letter ones ("o 18:34", "в 18:34"), which are common words too: never enough alone. */
export const TIME_AT_LETTERS: readonly string[] = ['o', 'в'];

/** Units of "2 hours ago", singular and plural. */
export const AGO_UNITS: readonly string[] = ['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'min', 'mins', 'hr', 'hrs'];
/** Units of "vor 2 Stunden". */
export const VOR_UNITS: readonly string[] = ['minuten', 'stunden', 'tagen'];

/** UTC offsets of time-zone abbreviations seen in bylines, written in capitals (US zones with DST: US_TIME_ZONES). */
export const TIME_ZONES: Readonly<Record<string, string>> = {
  Z: '+00:00', UTC: '+00:00', GMT: '+00:00', BST: '+01:00', CET: '+01:00', MEZ: '+01:00', CEST: '+02:00', MESZ: '+02:00',
  WET: '+00:00', WEST: '+01:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00', IST: '+05:30', JST: '+09:00', KST: '+09:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};
/** Standard offsets (hours) of the US zones written without S/D ("ET", "PT"): an hour more in daylight saving time. */
export const US_TIME_ZONES: Readonly<Record<string, number>> = { ET: -5, CT: -6, MT: -7, PT: -8 };
