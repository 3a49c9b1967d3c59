/**
 * Metadata cues as data: credit prefixes and agencies, byline prefixes and roles, copyright
 * lines, the words around a publication's name. All generic and multilingual; dates and
 * times are in ./dates.ts.
 */

/** Words that introduce an image credit ("Photo: X", "Foto: X", "Crédit : X"). */
export const CREDIT_PREFIXES: readonly string[] = [
  'photo', 'photos', 'photograph', 'photographs', 'photographer', 'photography', 'image', 'images', 'image credit', 'image source',
  'picture', 'pictures', 'pic', 'credit', 'credits', 'photo credit', 'photo credits', 'illustration', 'graphic',
  'foto', 'fotos', 'fotograf', 'fotografin', 'bild', 'bilder', 'bildquelle', 'bildnachweis', 'titelbild', 'titelfoto',
  'symbolbild', 'grafik', 'crédit', 'crédits', 'crédit photo', 'imagen', 'imágenes', 'fotografía', 'ilustración',
  'immagine', 'fotografia', 'créditos', 'zdjęcie', 'fot', 'źródło', 'фото', 'иллюстрация', 'kuva', '写真', '사진', '图片', '圖片', '摄影',
];

/**
 * Picture agencies and libraries whose name on a short line marks it as a credit. Matched
 * with their case as written here, so "AP" and "EPA" do not match "ap" or "ePA".
 */
export const PICTURE_AGENCIES: readonly string[] = [
  'Getty Images', 'Getty', 'GettyImages', 'Gettyimages', 'Wikimedia Commons', 'Wikimedia', 'Shutterstock', 'REUTERS', 'Reuters', 'Associated Press',
  'AP Photo', 'AP', 'AFP', 'EPA', 'EPA-EFE', 'EFE', 'dpa', 'DPA', 'picture alliance', 'picture-alliance', 'IMAGO', 'Imago',
  'imago images', 'iStock', 'iStockphoto', 'Unsplash', 'unsplash', 'Pixabay', 'pixabay', 'Pexels', 'Adobe Stock',
  'stock.adobe.com', 'Alamy', 'Creative Commons', 'CC BY', 'CC BY-SA', 'CC0', 'Flickr', 'Keystone', 'KEYSTONE',
  'Anadolu', 'Xinhua', 'Sputnik', 'TASS', 'ANSA', 'Europa Press', 'Lehtikuva', 'PAP', 'Bloomberg', 'POOL',
  'Public Domain', 'public domain', 'Courtesy', 'courtesy', 'Handout', 'HANDOUT', 'Clipdealer', 'Fotolia', 'Depositphotos',
  'Dreamstime', 'ullstein bild', 'SZ Photo', 'Action Press', 'ZUMA', 'Abaca', 'SIPA', 'BELGA', 'APA',
];

/**
 * Agencies' words that end many a sentence or caption without being its credit ("a handout",
 * "in the public domain"): no credit is cut off a line's end at them.
 */
export const NOT_TRAILING_AGENCIES: ReadonlySet<string> = new Set(['Courtesy', 'courtesy', 'Handout', 'HANDOUT', 'POOL', 'Public Domain', 'public domain', 'Bloomberg']);

/**
 * Agencies whose name is as often a person's or a company's in a headline or a teaser
 * ("Election 2020 Bloomberg"): they make a credit only joined to a name by a slash ("Jane Doe/Bloomberg").
 */
export const AMBIGUOUS_AGENCIES: ReadonlySet<string> = new Set(['Bloomberg']);

/** Licences written under a credit ("cc-by 4.0", "CC BY-SA 2.0", "CC0"): part of it. */
export const CREDIT_LICENCES: readonly string[] = ['cc by', 'cc-by', 'cc0', 'cc 0', 'creative commons', 'public domain', 'gemeinfrei'];

/** "Photo by NAME", "Foto von NAME": a credit with a preposition instead of a colon. */
export const CREDIT_BY_WORDS: readonly string[] = ['by', 'von', 'de', 'par', 'por', 'di', 'door', 'av', 'przez'];

/** Words that introduce a byline ("By NAME", "Von NAME", "Par NAME"). */
export const BYLINE_PREFIXES: readonly string[] = [
  'by', 'posted by', 'written by', 'words by', 'story by', 'reporting by', 'text by', 'author', 'authors', 'von', 'text',
  'autor', 'autorin', 'autoren', 'par', 'auteur', 'por', 'escrito por', 'di', 'autore', 'door', 'av', 'af', 'autorka',
  'автор', 'текст', 'article by', 'artikel von', 'beitrag von',
];

/** Nouns that open some byline prefixes ("Text", "Article by"), and open other lines as often. */
const BYLINE_NOUNS: ReadonlySet<string> = new Set(['text', 'текст', 'article', 'artikel', 'beitrag']);

/** The first words of the byline prefixes that start a byline line ("By", "Posted", "Von"); not "Text" or "Article", also nouns. */
export const BYLINE_START_WORDS: ReadonlySet<string> = new Set(
  BYLINE_PREFIXES.map((p) => p.split(' ')[0]!).filter((w) => !BYLINE_NOUNS.has(w)),
);

/**
 * The byline prefixes that are labels ("Author Jane Doe", "Autorin: Eva Roth"), as a box of
 * metadata writes them; unlike "By", teasers below an article do not use them.
 */
export const BYLINE_LABELS: readonly string[] = ['author', 'authors', 'autor', 'autorin', 'autoren', 'auteur', 'autore', 'autorka', 'автор'];

/** Role words that follow a name in a byline and are not part of it. */
export const BYLINE_ROLES: readonly string[] = [
  'staff writer', 'senior writer', 'contributor', 'contributing writer', 'correspondent', 'senior correspondent', 'reporter',
  'senior reporter', 'editor', 'senior editor', 'news editor', 'columnist', 'special to', 'staff', 'redakteur', 'redakteurin',
  'korrespondent', 'korrespondentin', 'journaliste', 'envoyé spécial', 'corresponsal', 'redactor', 'redactora', 'redazione',
  'redaktion', 'rédaction', 'redacción', 'redação', 'redakcja', 'редакция', 'staff writers', 'editors',
  'journalist', 'journalistin', 'periodista', 'giornalista', 'jornalista', 'dziennikarz', 'dziennikarka', 'журналист',
];

/**
 * What a byline-shaped line names that is no author: accounts, buttons, share targets and sort
 * keys ("Posted by admin", "Share by Email", "Sort by Date"), matched as the whole name.
 */
export const BYLINE_NOT_NAMES: readonly string[] = [
  'admin', 'administrator', 'webmaster', 'editor', 'guest', 'gast', 'invité', 'invitado', 'anonymous', 'anonym', 'anonyme',
  'anónimo', 'unknown', 'email', 'e-mail', 'mail', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'telegram',
  'reddit', 'xing', 'print', 'drucken', 'imprimer', 'imprimir', 'stampa', 'share', 'teilen', 'partager', 'compartir',
  'condividi', 'date', 'datum', 'fecha', 'name', 'category', 'kategorie', 'catégorie', 'categoría', 'popularity',
  'relevance', 'relevanz', 'price', 'preis', 'prix', 'precio',
];

/** The verbs that follow a name in an author's bio ("Jane Doe is a ...", "Erika Beispiel ist ..."). */
export const BIO_VERBS: readonly string[] = ['is', 'ist', 'est', 'es', 'è', 'jest', 'was', 'war', 'has been', 'schreibt', 'writes', 'écrit', 'escribe'];

/** What an author's bio says they are: a bio names one of these. */
export const BIO_ROLES: readonly string[] = [
  'writer', 'author', 'journalist', 'editor', 'reporter', 'correspondent', 'columnist', 'blogger', 'freelance', 'founder', 'consultant',
  'expert', 'professor', 'head of', 'autor', 'autorin', 'journalistin', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin',
  'kolumnist', 'kolumnistin', 'bloggerin', 'gründer', 'gründerin', 'berater', 'beraterin', 'experte', 'expertin', 'freier', 'freie',
  'journaliste', 'auteur', 'rédacteur', 'rédactrice', 'fondateur', 'fondatrice', 'periodista', 'escritor', 'escritora', 'fundador', 'fundadora',
  'giornalista', 'scrittore', 'scrittrice', 'dziennikarz', 'dziennikarka', 'autorka',
];

/**
 * Words of section and kind labels that stand before a date where a byline's name would
 * ("Press release 02.11.2021", "News | 3 May 2019"): a "name" holding one is none.
 */
export const SECTION_WORDS: readonly string[] = [
  'news', 'nachrichten', 'aktuell', 'aktuelles', 'meldung', 'meldungen', 'pressemitteilung', 'pressemitteilungen',
  'pressemeldung', 'press', 'release', 'presse', 'communiqué', 'noticias', 'noticia', 'notizie', 'actualités', 'actualité',
  'blog', 'kolumne', 'column', 'opinion', 'meinung', 'kommentar', 'editorial', 'home', 'startseite', 'archive', 'archiv',
  'sport', 'sports', 'politik', 'politics', 'wirtschaft', 'business', 'kultur', 'culture', 'event', 'events', 'termine',
  'veranstaltung', 'artikel', 'article', 'beitrag', 'post', 'story', 'video', 'podcast', 'update', 'live', 'breaking',
];

/** The first step of a breadcrumb trail ("Home / Horoskop / Sternzeichen"). */
export const HOME_WORDS: readonly string[] = ['home', 'homepage', 'startseite', 'start', 'accueil', 'inicio', 'início', 'portada', 'главная', 'strona główna'];

/** Articles that open an outlet's name, never a person's ("The Daily Lantern 03/05/2019"). */
export const NAME_NOT_FIRST: readonly string[] = ['the', 'die', 'das', 'der', 'el', 'los', 'las', 'les', 'il', 'lo', 'gli', 'het'];

/** Words after a byline's names that lead to its date ("By Jane Doe on May 3", "Von Jane Doe am 3. Mai"). */
export const BYLINE_DATE_LEADS: readonly string[] = ['on', 'am', 'le', 'el', 'il', 'em', 'updated', 'published'];

/** Lower-case words a person's name may hold ("Ludwig van Beethoven", "Jane Doe and John Roe"). */
export const NAME_PARTICLES: readonly string[] = [
  'van', 'von', 'der', 'de', 'da', 'del', 'di', 'la', 'le', 'du', 'bin', 'al', 'y', 'e', 'und', 'and', 'et', '&',
];

/** Words that join the names of a byline ("Jane Doe and John Roe", "Ana Ruiz y Luis Gil"), besides "," and "&". */
export const NAME_CONJUNCTIONS: readonly string[] = ['and', 'und', 'et', 'y', 'e', 'i'];

/** Names of a whole newsroom: with BYLINE_ROLES, what a line about its writers says instead of a headline. */
export const NEWSROOM_WORDS: readonly string[] = ['editorial staff', 'staff', 'redaktion', 'rédaction', 'redacción'];

/** How a newsroom's credits under a story start ("(Reporting by Jane Doe; Editing by John Roe)"). */
export const REPORTING_CREDIT_STARTS: readonly string[] = [
  'reporting by', 'additional reporting by', 'writing by', 'editing by', 'compiled by', 'mit material von', 'mitarbeit:',
  'con información de', 'avec afp', 'avec reuters', 'avec ap',
];
/** How they end ("Jane Doe contributed reporting from Berlin."). */
export const REPORTING_CREDIT_VERBS: readonly string[] = ['contributed reporting', 'contributed to this report', 'contributed to this story', 'contributed to this article'];

/** Where a person stands in a picture, in parentheses after the name ("Jane Doe (left)"). */
export const CAPTION_POSITIONS: readonly string[] = [
  'left', 'right', 'centre', 'center', 'top', 'bottom', 'front', 'back', 'l', 'r', 'links', 'rechts', 'mitte', 'gauche',
  'droite', 'izquierda', 'derecha', 'sinistra', 'destra',
];

/** Words that say a caption shows someone ("pictured", "en la imagen"). */
export const PICTURED_WORDS: readonly string[] = ['pictured', 'abgebildet', 'en la imagen', 'sur la photo', 'nella foto'];

/**
 * Words that make the parenthesis ending a caption its credit ("... (AP Photo/John Roe)"),
 * matched with their case as written here.
 */
export const PARENTHESISED_CREDIT_WORDS: readonly string[] = ['Photo', 'Foto', 'Bild', 'Getty', 'Reuters', 'AFP', 'AP', 'EPA', 'dpa', 'Image', 'Credit'];

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

/**
 * Words a periodical's or site's name ends with ("Acme Magazine", "Acme News", "Acme-Zeitung"):
 * the name the page goes by is often its brand with one of them, which a shorter spelling lacks.
 */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set([
  'magazine', 'magazin', 'magazín', 'magazyn', 'revista', 'revue', 'rivista', 'news', 'nachrichten', 'noticias', 'notícias', 'notizie',
  'zeitung', 'zeitschrift', 'blatt', 'tagblatt', 'anzeiger', 'rundschau', 'kurier', 'echo', 'presse', 'post', 'times', 'tribune',
  'herald', 'journal', 'gazette', 'gazeta', 'gazzetta', 'giornale', 'diario', 'diário', 'periódico', 'quotidien', 'courier', 'daily',
  'weekly', 'review', 'today', 'online', 'blog', 'digital', 'tv', 'radio', 'report', 'reporter', 'observer', 'monitor', 'express',
  'wochenblatt', 'woche', 'aktuell', 'heute', 'dziennik', 'tygodnik', 'dagblad', 'krant', 'avisen', 'tidning',
]);

/** What a copyright line starts with: "© 2024 Acme", "(c) Acme", "Copyright 2024 Acme". */
export const COPYRIGHT_SIGNS: readonly string[] = ['©', '(c)', 'copyright'];

/** A site's "all rights reserved", whole. */
export const RIGHTS_RESERVED: readonly string[] = [
  'all rights reserved', 'all right reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos',
  'tutti i diritti riservati', 'todos os direitos reservados', 'wszelkie prawa zastrzeżone', 'alle rechten voorbehouden',
  'все права защищены', 'všechna práva vyhrazena', 'tüm hakları saklıdır',
];

/** How "all rights reserved" starts, which ends the holder's name in a copyright line. */
export const RIGHTS_RESERVED_STARTS: readonly string[] = [
  'all rights', 'alle rechte', 'tous droits', 'todos los derechos', 'tutti i diritti', 'todos os direitos', 'wszelkie prawa',
];

/** What copyright and byline lines put where a name goes, and is none. */
export const NOT_NAMES: readonly string[] = [
  'all', 'the author', 'author', 'authors', 'all rights reserved', 'rights reserved', 'copyright', '©', 'alle rechte vorbehalten',
  'tous droits réservés', 'droits réservés', 'todos los derechos reservados', 'derechos reservados', 'tutti i diritti riservati',
  'diritti riservati', 'todos os direitos reservados', 'direitos reservados', 'wszelkie prawa zastrzeżone', 'prawa zastrzeżone',
  'privacy policy', 'privacy', 'terms of use', 'terms of service', 'terms and conditions', 'cookie policy', 'imprint', 'impressum',
  'datenschutz', 'datenschutzerklärung', 'nutzungsbedingungen', 'mentions légales', 'politique de confidentialité', 'aviso legal',
  'política de privacidad', 'privacy-policy',
];

/** Social networks and messengers: a phrase naming one is a share or follow button's, not the site's. */
export const SOCIAL_NETWORKS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'instagram', 'youtube', 'linkedin', 'xing', 'whatsapp', 'pinterest', 'telegram', 'tiktok', 'reddit',
  'tumblr', 'flickr', 'vimeo', 'snapchat', 'mastodon', 'rss', 'e-mail', 'email', 'vk', 'weibo', 'wechat',
]);

/**
 * Legal forms and group words that make a name a company's ("Acme GmbH", "Acme Media"),
 * matched with their case as written here.
 */
export const COMPANY_FORMS: readonly string[] = [
  'GmbH', 'AG', 'Inc', 'Ltd', 'LLC', 'LLP', 'S.A', 'SA', 'SL', 'SAS', 'SARL', 'S.p.A', 'S.pA', 'Sp.A', 'SpA', 'Pvt', 'Pty',
  'Corp', 'Corporation', 'Limited', 'Media', 'Group', 'Verlag', 'e. V', 'e.V', 'Co', 'KG',
];

/** Words that end a company's legal name ("Acme Media Group Ltd"): the brand is what comes before them. */
export const COMPANY_WORDS: readonly string[] = [
  'inc', 'ltd', 'llc', 'llp', 'plc', 'limited', 'corp', 'corporation', 'company', 'co', 'gmbh', 'ag', 'kg', 'se', 'sa', 's.a',
  'sl', 's.l', 'srl', 's.r.l', 'ltda', 'sas', 'sarl', 'spa', 's.p.a', 'pvt', 'pty', 'bv', 'nv', 'ab', 'oy', 'as', 'e.v', 'ev', 'media', 'medien',
  'group', 'gruppe', 'groupe', 'grupo', 'holdings', 'holding', 'network', 'networks', 'communications', 'publishing',
  'publications', 'verlag', 'verlagsgesellschaft', 'mbh', '&', 'and', 'und',
];

/** Calls to subscribe to, follow or support a publication, before its name ("Subscribe to X", "Abonnez-vous à X"). */
export const SUBSCRIBE_BEFORE: readonly string[] = [
  'support', 'subscribe to', 'follow', 'sign up for', 'abonnieren sie', 'folgen sie', 'unterstützen sie', 'abonnez-vous à',
  "s'abonner à", 'suivez', 'soutenez', 'suscríbete a', 'suscribirse a', 'sigue a', 'apoya a', 'abbonati a', 'segui',
  'sostieni', 'assine', 'siga', 'apoie', 'zasubskrybuj', 'obserwuj', 'wesprzyj', 'подпишитесь на', 'поддержите',
];

/** Words that open a line naming the site ("About X", "Welcome to X", "Über X", "Sobre a X"). */
export const SITE_ABOUT_BEFORE: readonly string[] = [
  'about', 'about us at', 'welcome to', 'more from', 'über', 'willkommen bei', 'willkommen auf', 'willkommen im', 'mehr von',
  'à propos de', 'bienvenue sur', 'bienvenue à', 'bienvenue chez', 'acerca de', 'sobre', 'sobre el', 'sobre la', 'sobre a',
  'sobre o', 'bienvenido a', 'bienvenidos a', 'bem-vindo ao', 'bem-vindo à', 'benvenuti su', 'chi è', 'o nas', 'witamy w', 'о нас',
];

/** The same calls written after the name ("Die Abendpost abonnieren"). */
export const SUBSCRIBE_AFTER: readonly string[] = ['abonnieren', 'unterstützen', 'folgen'];

/**
 * What a page's widgets and server say, not its headline: error and connection messages,
 * script and log-in prompts, carousel controls, PHP warnings. Matched anywhere in a line,
 * lower-cased.
 */
export const UI_MESSAGES: readonly string[] = [
  'something went wrong', 'an error occurred', 'an error has occurred', 'please try again', 'try again later', 'page not found',
  'enable javascript', 'javascript is disabled', 'javascript is required', 'you must be logged in', 'forgot your password', 'forgot password',
  'previous slide', 'next slide', 'loading...', 'php warning', 'php notice', 'fatal error:', 'warning: ', 'notice: undefined', 'deprecated: ',
  'strict standards:', 'parse error:', 'should not be called statically', 'skip to content', 'skip to main content', 'skip to main navigation', 'skip to navigation', 'skip navigation', 'in partnership with',
  'zum inhalt springen', 'direkt zum inhalt', 'aller au contenu', 'ir al contenido', 'saltar al contenido',
  'connection was lost', 'no internet connection', 'internal server error', 'service unavailable', 'access denied', 'bad gateway',
  'etwas ist schiefgelaufen', 'etwas ist schief gelaufen', 'ein fehler ist aufgetreten', 'versuchen sie es später', 'erneut versuchen', 'seite nicht gefunden',
  'javascript aktivieren', 'passwort vergessen', 'vorheriger slide', 'nächster slide', 'slide wechseln', 'wird geladen', 'keine verbindung',
  'une erreur est survenue', "une erreur s'est produite", 'une erreur s’est produite', 'veuillez réessayer', 'page introuvable', 'mot de passe oublié',
  'diapositive précédente', 'diapositive suivante', 'chargement...', 'activer javascript',
  'algo salió mal', 'se ha producido un error', 'ha ocurrido un error', 'inténtalo de nuevo', 'vuelve a intentarlo', 'página no encontrada',
  'olvidaste tu contraseña', 'diapositiva anterior', 'diapositiva siguiente', 'cargando...',
  'si è verificato un errore', 'qualcosa è andato storto', 'pagina non trovata', 'password dimenticata',
  'algo deu errado', 'ocorreu um erro', 'tente novamente', 'página não encontrada', 'esqueceu sua senha',
  'coś poszło nie tak', 'wystąpił błąd', 'spróbuj ponownie', 'nie znaleziono strony',
  'что-то пошло не так', 'произошла ошибка', 'попробуйте еще раз', 'страница не найдена',
  'log in to', 'sign in to', 'loggen sie sich', 'melden sie sich an', 'connectez-vous', 'inicia sesión', 'accedi per',
  'add to cart', 'view cart', 'your cart', 'in den warenkorb', 'zum warenkorb', 'ihrem warenkorb', 'ihr warenkorb', 'ajouter au panier', 'añadir al carrito',
  'never miss', 'verpasse nichts', 'verpasse auch weiterhin nichts', 'verpassen sie nichts', 'ne manquez rien',
  'sharing options', 'click to enlarge', 'enlarge image', 'bild vergrößern', 'zum vergrößern', 'agrandir l’image', "agrandir l'image", 'ampliar imagen',
  'share it with friends', 'share with friends', 'share with your friends', 'mit freunden teilen', 'partager avec vos amis', 'partagez avec vos amis',
  'compartir con amigos', 'compártelo con tus amigos', 'condividi con i tuoi amici', 'compartilhe com seus amigos', 'поделитесь с друзьями',
];
