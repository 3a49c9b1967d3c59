/**
 * Metadata cues as data: credit prefixes and agencies, byline prefixes, month names,
 * source patterns. All generic and multilingual.
 */

/** Words that introduce an image credit ("Photo: X", "Foto: X", "Crédit : X"). */
export const CREDIT_PREFIXES: readonly string[] = [
  'photo', 'photos', 'photograph', 'photographs', 'photographer', 'photography', 'image', 'images', 'image credit', 'image source',
  'picture', 'pictures', 'pic', 'credit', 'credits', 'photo credit', 'photo credits', 'illustration', 'graphic', 'video',
  'foto', 'fotos', 'fotograf', 'fotografin', 'bild', 'bilder', 'bildquelle', 'bildnachweis', 'titelbild', 'titelfoto',
  'symbolbild', 'grafik', 'crédit', 'crédits', 'crédit photo', 'imagen', 'imágenes', 'fotografía', 'ilustración',
  'immagine', 'fotografia', 'créditos', 'zdjęcie', 'fot', 'źródło', 'фото', 'иллюстрация', 'kuva',
];

/**
 * Picture agencies and libraries whose name on a short line marks it as a credit. Matched
 * with their case as written here, so "AP" and "EPA" do not match "ap" or "ePA".
 */
export const PICTURE_AGENCIES: readonly string[] = [
  'Getty Images', 'Getty', 'Wikimedia Commons', 'Wikimedia', 'Shutterstock', 'REUTERS', 'Reuters', 'Associated Press',
  'AP Photo', 'AP', 'AFP', 'EPA', 'EPA-EFE', 'EFE', 'dpa', 'DPA', 'picture alliance', 'picture-alliance', 'IMAGO', 'Imago',
  'imago images', 'iStock', 'iStockphoto', 'Unsplash', 'unsplash', 'Pixabay', 'pixabay', 'Pexels', 'Adobe Stock',
  'stock.adobe.com', 'Alamy', 'Creative Commons', 'CC BY', 'CC BY-SA', 'CC0', 'Flickr', 'Keystone', 'KEYSTONE',
  'Anadolu', 'Xinhua', 'Sputnik', 'TASS', 'ANSA', 'Europa Press', 'Lehtikuva', 'PAP', 'Bloomberg', 'POOL',
  'Public Domain', 'public domain', 'Courtesy', 'courtesy', 'Handout', 'HANDOUT', 'Clipdealer', 'Fotolia', 'Depositphotos',
  'Dreamstime', 'ullstein bild', 'SZ Photo', 'Action Press', 'ZUMA', 'Abaca', 'SIPA', 'BELGA', 'APA',
];

/** "Photo by NAME", "Foto von NAME": a credit with a preposition instead of a colon. */
export const CREDIT_BY_WORDS: readonly string[] = ['by', 'von', 'de', 'par', 'por', 'di', 'door', 'av', 'przez'];

/** Words that introduce a byline ("By NAME", "Von NAME", "Par NAME"). */
export const BYLINE_PREFIXES: readonly string[] = [
  'by', 'posted by', 'written by', 'words by', 'story by', 'reporting by', 'text by', 'author', 'authors', 'von', 'text',
  'autor', 'autorin', 'autoren', 'par', 'auteur', 'por', 'escrito por', 'di', 'autore', 'door', 'av', 'af', 'autorka',
  'автор', 'текст',
];

/** Role words that follow a name in a byline and are not part of it. */
export const BYLINE_ROLES: readonly string[] = [
  'staff writer', 'senior writer', 'contributor', 'contributing writer', 'correspondent', 'senior correspondent', 'reporter',
  'senior reporter', 'editor', 'senior editor', 'news editor', 'columnist', 'special to', 'staff', 'redakteur', 'redakteurin',
  'korrespondent', 'korrespondentin', 'journaliste', 'envoyé spécial', 'corresponsal', 'redactor', 'redactora', 'redazione',
  'redaktion', 'rédaction', 'redacción', 'redação', 'redakcja', 'редакция', 'staff writers', 'editors',
];

/** Weekday names, many languages: a date, not a name, when they follow a byline. */
export const WEEKDAYS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'montag', 'dienstag', 'mittwoch',
  'donnerstag', 'freitag', 'samstag', 'sonntag', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'lunedì', 'martedì', 'mercoledì', 'giovedì',
  'venerdì', 'sabato', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'poniedziałek',
  'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
];

/** Month names and abbreviations -> month number, many languages. */
export const MONTHS: Readonly<Record<string, number>> = (() => {
  const table: [number, string[]][] = [
    [1, ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'stycznia', 'styczeń', 'styczen', 'января', 'январь', 'januari', 'tammikuuta']],
    [2, ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'febrero', 'febbraio', 'fevereiro', 'fev', 'lutego', 'luty', 'февраля', 'февраль', 'februari', 'helmikuuta']],
    [3, ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'marca', 'marzec', 'марта', 'март', 'maart', 'maaliskuuta']],
    [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'апреля', 'апрель', 'huhtikuuta']],
    [5, ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'maja', 'maj', 'мая', 'май', 'mei', 'toukokuuta']],
    [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'июня', 'июнь', 'kesäkuuta']],
    [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'июля', 'июль', 'heinäkuuta']],
    [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'sierpnia', 'sierpień', 'августа', 'август', 'augustus', 'elokuuta']],
    [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'września', 'wrzesień', 'сентября', 'сентябрь', 'syyskuuta']],
    [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik', 'октября', 'октябрь', 'lokakuuta']],
    [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'ноября', 'ноябрь', 'marraskuuta']],
    [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'декабря', 'декабрь', 'joulukuuta']],
  ];
  const out: Record<string, number> = {};
  for (const [n, names] of table) for (const name of names) out[name] = n;
  return out;
})();

/** Words that mark a date as a modification date rather than the publication date. */
export const UPDATED_WORDS: readonly string[] = [
  'updated', 'update', 'last updated', 'modified', 'aktualisiert', 'zuletzt aktualisiert', 'stand', 'mis à jour', 'actualizado',
  'actualización', 'aggiornato', 'atualizado', 'zaktualizowano', 'обновлено',
];

/** Words that stand right before a site's name in its furniture ("About X", "Welcome to X", "Follow X"). */
export const SITE_CONTEXT_BEFORE: ReadonlySet<string> = new Set([
  'about', 'über', 'à', 'propos', 'acerca', 'sobre', 'contact', 'kontakt', 'contacto', 'contatti', 'contato', 'follow', 'folge',
  'folgen', 'suivez', 'sigue', 'siga', 'segui', 'obserwuj', 'subscribe', 'abonnieren', 'abonnez-vous', 'suscríbete', 'assine',
  'abbonati', 'welcome', 'willkommen', 'bienvenue', 'bienvenido', 'bienvenidos', 'benvenuto', 'benvenuti', 'bem-vindo', 'witamy',
  'search', 'suche', 'durchsuchen', 'rechercher', 'buscar', 'cerca', 'pesquisar', 'szukaj', 'to', 'from', 'at', 'on', 'bei', 'auf',
  'von', 'zu', 'chez', 'sur', 'en', 'de', 'del', 'di', 'da', 'do', 'na', 'w', 'copyright', 'with', 'mit', 'via', 'support',
  'unterstützen', 'soutenir', 'apoya', 'jobs', 'careers', 'karriere', 'advertise', 'werben',
]);

/** Words that stand right after a site's name ("X newsletter", "X homepage", "X is ..."). */
export const SITE_CONTEXT_AFTER: ReadonlySet<string> = new Set([
  'newsletter', 'newsletters', 'homepage', 'home', 'logo', 'app', 'apps', 'magazine', 'magazin', 'revista', 'rivista', 'online',
  'digital', 'plus', 'premium', 'pro', 'podcast', 'podcasts', 'team', 'redaktion', 'staff', 'editors', 'editorial', 'rédaction',
  'redacción', 'redazione', 'redakcja', 'tv', 'video', 'videos', 'shop', 'store', 'abo', 'subscription', 'account', 'konto',
  'is', 'ist', 'est', 'es', 'è', 'é', 'jest', 'uses', 'verwendet', 'utilise', 'utiliza', 'may', 'kann', 'network', 'netzwerk',
  'group', 'gruppe', 'groupe', 'grupo', 'gruppo', 'media', 'verlag', 'community', 'forum', 'forums', 'blog', 'archive', 'archiv',
]);

/** Articles a publication's name may start with ("The Daily Lantern", "Die Abendpost", "El Heraldo"). */
export const SITE_ARTICLES: ReadonlySet<string> = new Set([
  'the', 'die', 'der', 'das', 'le', 'la', 'les', "l'", 'el', 'los', 'las', 'il', 'lo', 'gli', 'i', 'o', 'os', 'a', 'as', 'het', 'de', 'den',
]);

/** Words that end a company's legal name ("Acme Media Group Ltd"): the brand is what comes before them. */
export const COMPANY_WORDS: readonly string[] = [
  'inc', 'ltd', 'llc', 'llp', 'plc', 'limited', 'corp', 'corporation', 'company', 'co', 'gmbh', 'ag', 'kg', 'se', 'sa', 's\\.a',
  'sl', 's\\.l', 'srl', 's\\.r\\.l', 'ltda', 'sas', 'sarl', 'spa', 's\\.p\\.a', 'pvt', 'pty', 'bv', 'nv', 'ab', 'oy', 'as', 'e\\.v', 'ev', 'media', 'medien',
  'group', 'gruppe', 'groupe', 'grupo', 'holdings', 'holding', 'network', 'networks', 'communications', 'publishing',
  'publications', 'verlag', 'verlagsgesellschaft', 'mbh', '&', 'and', 'und',
];

/** Calls to subscribe to, follow or support a publication, before its name ("Subscribe to X", "Abonnez-vous à X"). */
export const SUBSCRIBE_BEFORE: readonly string[] = [
  'support', 'subscribe to', 'follow', 'sign up for', 'abonnieren sie', 'folgen sie', 'unterstützen sie', 'abonnez-vous à',
  "s'abonner à", 'suivez', 'soutenez', 'suscríbete a', 'suscribirse a', 'sigue a', 'apoya a', 'abbonati a', 'segui',
  'sostieni', 'assine', 'siga', 'apoie', 'zasubskrybuj', 'obserwuj', 'wesprzyj', 'подпишитесь на', 'поддержите',
];

/** The same calls written after the name ("Die Abendpost abonnieren"). */
export const SUBSCRIBE_AFTER: readonly string[] = ['abonnieren', 'unterstützen', 'folgen'];
