/**
 * Boilerplate lexicon: generic phrases of page furniture, in many languages.
 *
 * This is data, not code. Every entry must be generic (it would be boilerplate on any
 * site); no entry names a site or publication. Phrases are lower case; matching is on
 * lower-cased text with whitespace collapsed.
 *
 * - `LINES`: a line that consists of nothing but this (after trimming punctuation and
 *   symbols at both ends, and a trailing count such as "Comments (12)") is boilerplate.
 * - `PHRASES`: a line that contains this phrase is boilerplate (checked on short and
 *   medium lines; long prose paragraphs need more than one hit).
 * - `END_MARKERS`: a line that starts with this opens the page's tail (related links,
 *   comments, appeals): the article does not continue after it unless strong prose follows.
 */

export type Category =
  | 'cookie'
  | 'subscribe'
  | 'donate'
  | 'share'
  | 'navigation'
  | 'legal'
  | 'comments'
  | 'related'
  | 'advert'
  | 'account'
  | 'ui';

/** Every category, in a fixed order (the model's feature order depends on it). */
export const CATEGORIES: readonly Category[] = [
  'cookie', 'subscribe', 'donate', 'share', 'navigation', 'legal', 'comments', 'related', 'advert', 'account', 'ui',
];

export const LINES: Record<Category, readonly string[]> = {
  cookie: [
    'accept', 'accept all', 'accept cookies', 'reject all', 'decline', 'manage cookies', 'cookie settings', 'cookie policy',
    'cookies', 'i agree', 'agree', 'got it', 'ok', 'okay', 'allow all', 'allow cookies', 'consent', 'manage preferences',
    'alle akzeptieren', 'akzeptieren', 'ablehnen', 'einverstanden', 'zustimmen', 'cookie-einstellungen', 'einstellungen',
    'tout accepter', 'accepter', 'refuser', 'tout refuser', 'paramétrer les cookies', "j'accepte",
    'aceptar', 'aceptar todo', 'rechazar', 'configurar cookies', 'accetta', 'accetto', 'rifiuta', 'aceitar', 'rejeitar',
    'akceptuję', 'zgadzam się', 'принять', 'согласен',
  ],
  subscribe: [
    'subscribe', 'subscribe now', 'sign up', 'sign up now', 'sign up for', 'sign up here', 'newsletter', 'newsletters', 'get the newsletter', 'join now',
    'abonnieren', 'jetzt abonnieren', 'newsletter abonnieren', 'anmelden', 'jetzt anmelden', 'registrieren', 'abo',
    "s'abonner", "s'inscrire", 'je m’abonne', "je m'abonne", 'abonnez-vous', 'suscríbete', 'suscribirse', 'suscribete',
    'iscriviti', 'abbonati', 'assine', 'inscreva-se', 'subskrybuj', 'zapisz się', 'подписаться', 'подпишитесь',
  ],
  donate: [
    'donate', 'donate now', 'support us', 'support', 'become a member', 'contribute', 'once', 'monthly', 'annual', 'annually',
    'yearly', 'one-time', 'one time', 'continue', 'remind me later', 'not now', 'maybe later', 'payment methods', 'paiment methods',
    'spenden', 'jetzt spenden', 'unterstützen', 'einmalig', 'monatlich', 'jährlich', 'faire un don', 'soutenir', 'donar', 'dona ora',
    'doar', 'wesprzyj', 'поддержать',
  ],
  share: [
    'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet', 'facebook',
    'twitter', 'x', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'telegram', 'email', 'e-mail', 'mail', 'print', 'copy link',
    'copy', 'link copied', 'flipboard', 'messenger', 'instagram', 'youtube', 'tiktok', 'threads', 'bluesky', 'mastodon', 'xing',
    'share via', 'follow us', 'like', 'likes', 'shares', 'save', 'saved', 'read later', 'bookmark', 'gift article', 'gift this article', 'listen',
    'listen to this article', 'teilen', 'twittern', 'drucken', 'artikel teilen', 'merken', 'folgen', 'partager', 'imprimer',
    'envoyer', 'compartir', 'imprimir', 'enviar', 'condividi', 'stampa', 'partilhar', 'udostępnij', 'drukuj', 'поделиться',
    'печать',
  ],
  navigation: [
    'menu', 'main menu', 'close', 'close menu', 'open menu', 'search', 'home', 'homepage', 'back', 'back to top', 'top', 'next',
    'previous', 'prev', 'skip to content', 'skip to main content', 'skip to navigation', 'toggle navigation', 'navigation',
    'more', 'show more', 'load more', 'see more', 'view all', 'see all', 'all', 'sections', 'topics', 'news', 'latest',
    'latest news', 'trending', 'popular', 'most popular', 'most read', 'video', 'videos', 'photos', 'podcasts', 'opinion',
    'sport', 'sports', 'business', 'politics', 'world', 'tech', 'technology', 'science', 'health', 'culture', 'entertainment',
    'lifestyle', 'travel', 'weather', 'about', 'about us', 'contact', 'contact us', 'archive', 'tags', 'categories',
    'startseite', 'suche', 'zurück', 'weiter', 'schließen', 'zum inhalt springen', 'nach oben', 'zurück zum seitenanfang',
    'mehr', 'alle', 'nachrichten', 'politik', 'wirtschaft', 'kultur', 'wissen', 'panorama', 'kontakt', 'über uns',
    'accueil', 'rechercher', 'fermer', 'retour', 'suivant', 'précédent', 'actualités', 'inicio', 'buscar', 'cerrar', 'volver',
    'siguiente', 'anterior', 'noticias', 'home page', 'cerca', 'chiudi', 'indietro', 'início', 'pesquisar', 'fechar',
    'szukaj', 'zamknij', 'wróć', 'главная', 'поиск', 'закрыть', 'меню', 'новости', '×', 'x close',
    // Skip links and menu toggles as content management systems write them, in several languages.
    'open navigation menu', 'close navigation menu', 'toggle menu', 'open search', 'search form', 'mobile version', 'desktop version',
    'back to home', 'back to homepage', 'skip to footer', 'direkt zum inhalt', 'zum hauptinhalt', 'zum inhalt', 'zur navigation',
    'zurück zur startseite', 'menü', 'menü öffnen', 'menü schließen', 'navigation öffnen', 'aller au contenu', 'aller au contenu principal',
    'passer au contenu', 'passer au contenu principal', "retour à l'accueil", 'retour à l’accueil', 'ir al contenido', 'ir al contenido principal',
    'saltar al contenido', 'saltar al contenido principal', 'pasar al contenido principal', 'volver al inicio', 'pular para o conteúdo',
    'pular para o conteúdo principal', 'saltar para o conteúdo', 'voltar ao início', 'alternar navegação', 'vai al contenuto',
    'vai al contenuto principale', 'salta al contenuto', 'torna alla home', 'przejdź do treści', 'перейти к содержимому',
  ],
  legal: [
    'privacy', 'privacy policy', 'privacy notice', 'terms', 'terms of use', 'terms of service', 'terms and conditions',
    'imprint', 'legal notice', 'accessibility', 'sitemap', 'site map', 'careers', 'jobs', 'advertise', 'advertise with us',
    'impressum', 'datenschutz', 'datenschutzerklärung', 'agb', 'nutzungsbedingungen', 'barrierefreiheit', 'mediadaten',
    'mentions légales', 'confidentialité', 'politique de confidentialité', 'cgu', 'aviso legal', 'política de privacidad',
    'política de cookies', 'privacidade', 'note legali', 'polityka prywatności', 'regulamin', 'политика конфиденциальности',
  ],
  comments: [
    'comments', 'comment', 'reply', 'replies', 'leave a reply', 'leave a comment', 'post a comment', 'add a comment',
    'write a comment', 'show comments', 'view comments', 'cancel reply', 'post comment', 'submit', 'kommentare', 'kommentar',
    'antworten', 'kommentieren', 'commentaires', 'commentaire', 'répondre', 'comentarios', 'comentario', 'responder', 'commenti',
    'rispondi', 'comentários', 'komentarze', 'odpowiedz', 'комментарии', 'ответить',
  ],
  related: [
    'das könnte dich auch interessieren', 'das könnte sie auch interessieren', 'beliebte beiträge', 'beliebte beiträge zum thema', 'empfohlener redaktioneller inhalt', 'informate más', 'más información', 'über den autor', 'über die autorin', 'zum autor', 'about the author', 'à propos de l’auteur', "à propos de l'auteur", 'sobre el autor', 'sull’autore', 'o autorze', 'об авторе', 'you may be interested in', 'trending now', 'popular posts', 'recent posts', 'neueste beiträge', 'letzte beiträge', 'articles récents', 'entradas recientes', 'articoli recenti',
    'related', 'related articles', 'related stories', 'related posts', 'related content', 'read more', 'read next',
    'see also', 'read also', 'also read', 'lesen sie auch', 'siehe auch', 'lire aussi', 'voir aussi', 'vea también', 'lee también',
    'ver también', 'leggi anche', 'leia também', 'veja também', 'czytaj też', 'czytaj także', 'zobacz też', 'читайте также',
    'more stories', 'more from', 'more news', 'recommended', 'recommended for you', 'you may also like', 'you might also like',
    'also read', 'see also', 'further reading', 'top stories', 'editor’s picks', "editor's picks", 'mehr zum thema',
    'lesen sie auch', 'auch interessant', 'das könnte sie auch interessieren', 'weitere artikel', 'ähnliche artikel',
    'lire aussi', 'à lire aussi', 'sur le même sujet', 'lire la suite', 'te puede interesar', 'lee también', 'leer más',
    'noticias relacionadas', 'más noticias', 'leggi anche', 'potrebbe interessarti', 'leia também', 'leia mais',
    'czytaj także', 'czytaj więcej', 'zobacz także', 'читайте также', 'читать далее', 'по теме',
  ],
  advert: [
    'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'anzeige', 'werbung',
    'publicité', 'publicidad', 'pubblicità', 'publicidade', 'reklama', 'реклама', 'story continues below advertisement',
    'article continues below advertisement', 'continue reading below', 'scroll to continue with content',
  ],
  account: [
    'log in', 'login', 'log out', 'logout', 'sign in', 'sign out', 'my account', 'account', 'register', 'profile',
    'einloggen', 'ausloggen', 'mein konto', 'se connecter', 'connexion', 'mon compte', 'iniciar sesión', 'mi cuenta', 'accedi',
    'entrar', 'zaloguj się', 'войти',
  ],
  ui: [
    'loading', 'loading...', 'play', 'pause', 'mute', 'unmute', 'full screen', 'fullscreen', 'expand', 'collapse',
    'click here', 'tap here', 'hide caption', 'toggle caption', 'enlarge this image', 'enlarge', 'image', 'photo', 'video player',
    'watch', 'watch now', 'download', 'download the app', 'get the app', 'open in app', 'lade...', 'wird geladen',
  ],
};

export const PHRASES: Record<Category, readonly string[]> = {
  cookie: [
    'datenschutzbestimmungen', 'ich akzeptiere', 'respektieren deine privatsphäre', 'respect your privacy', 'your privacy', 'privacy settings',
    'we use cookies', 'this website uses cookies', 'this site uses cookies', 'uses cookies to', 'use of cookies',
    'cookie policy', 'accept cookies', 'by continuing to use', 'by using this site', 'by using our site', 'consent to the use',
    'your privacy choices', 'manage your privacy', 'personalised ads', 'personalized ads',
    'wir verwenden cookies', 'verwendet cookies', 'nutzt cookies', 'setzt cookies', 'cookies zu', 'einwilligung',
    'datenschutzeinstellungen', 'nous utilisons des cookies', 'utilise des cookies', 'utilisons des cookies',
    'utilizamos cookies', 'usamos cookies', 'utiliza cookies', 'utilizziamo i cookie', 'questo sito utilizza',
    'usa cookies', 'utiliza cookies', 'używamy plików cookie', 'pliki cookie', 'korzystamy z cookies', 'korzystamy z plików cookie',
    'мы используем cookie', 'файлы cookie',
  ],
  subscribe: [
    'our newsletter', 'sign up to our', 'signing up', 'informieren sie regelmäßig', 'online access to', 'access to the full', 'subscription will', 'subscribe for', 'already registered', 'bereits registriert', 'kostenlos registrieren', 'registrieren und weiterlesen', 'ya estás registrado', 'para comentar debes',
    'continue reading', 'email me', 'sign up', 'newsletter sign up', 'weiterlesen', 'lire la suite', 'seguir leyendo',
    'subscribe to our newsletter', 'sign up for our newsletter', 'sign up for the', 'sign up to receive', 'subscribe now',
    'subscribe to', 'get our newsletter', 'delivered to your inbox', 'straight to your inbox', 'in your inbox',
    'enter your email', 'your email address', 'already a subscriber', 'already have an account', 'subscribers only',
    'to continue reading', 'unlimited access', 'free trial', 'newsletter abonnieren', 'zum newsletter', 'newsletter anmelden',
    'jetzt abonnieren', 'bereits abonnent', 'abonnieren sie', 'melden sie sich', 'ihre e-mail-adresse', 'e-mail-adresse',
    'cancel anytime', 'cancel at any time', 'unsubscribe at any time', 'no spam, we promise', 'jederzeit kündbar', 'jederzeit kündigen', 'résiliable à tout moment', 'sans engagement',
    'cancela cuando quieras', 'cancela en cualquier momento', 'cancele quando quiser', 'disdici quando vuoi',
    'abonnez-vous', 'inscrivez-vous', 'recevez notre newsletter', 'déjà abonné', 'suscríbete', 'suscribirse',
    'recibe nuestro', 'ya eres suscriptor', 'iscriviti alla newsletter', 'assine a newsletter', 'zapisz się do newslettera',
    'подпишитесь на',
  ],
  donate: [
    'ihr beitrag hilft', 'kleine spende', 'jede spende', 'spenden sie', 'unterstützen sie unsere', 'votre don', 'tu donación', 'la tua donazione', 'sua doação',
    'support our journalism', 'support independent journalism', 'support us', 'please support', 'your support',
    'make a contribution', 'every contribution', 'donate now', 'make a donation', 'become a member', 'become a supporter',
    'a message from', 'dear readers', 'dear reader', 'we need your help', 'need your support', 'by supporting', 'ad-free',
    'ads free', 'reader-funded', 'reader funded', 'pay what you can', 'as little as', 'starting from just', 'a month',
    'per month', 'unterstützen sie', 'jetzt spenden', 'ihre spende', 'liebe leserinnen', 'liebe leser', 'soutenez',
    'faites un don', 'chers lecteurs', 'apoya', 'haz una donación', 'queridos lectores', 'sostienici', 'cari lettori',
    'apoie', 'wesprzyj', 'drodzy czytelnicy', 'поддержите', 'дорогие читатели',
    'at no cost to you', 'far from free', 'so we can continue', 'so we continue', 'readers like you', 'rely on readers',
    'damit wir weiterhin', 'helfen sie uns', 'aidez-nous', 'ayúdanos', 'aiutaci', 'ajude-nos', 'pomóż nam', 'помогите нам',
  ],
  share: [
    'sharing is caring', 'share it with friends', 'share with friends', 'share with your friends', 'mit freunden teilen', 'partager avec vos amis', 'compartir con amigos', 'share tweet', 'share this', 'share on', 'share via', 'follow us on', 'follow us', 'like us on', 'find us on', 'join us on',
    'click to share', 'opens in new window', 'opens in a new window', 'teilen sie', 'folgen sie uns', 'suivez-nous',
    'síguenos', 'seguici', 'siga-nos', 'obserwuj nas',
  ],
  navigation: [
    'zurück zur übersicht', 'back to overview', 'retour à la liste', 'volver al listado', 'skip to content', 'skip to main content', 'back to top', 'jump to', 'zum inhalt', 'aller au contenu', 'ir al contenido',
    'you are here', 'sie sind hier', 'vous êtes ici', 'breadcrumb',
  ],
  legal: [
    'all rights reserved', 'all right reserved', 'registered trademark', 'terms of use', 'terms of service', 'privacy policy',
    'cookie policy', 'copyright ©', '©', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados',
    'tutti i diritti riservati', 'todos os direitos reservados', 'wszelkie prawa zastrzeżone', 'все права защищены',
    'may not be reproduced', 'without permission', 'powered by',
  ],
  comments: [
    'thoughts on', 'responses to', 'replies to', 'comments on', 'antworten zu', 'gedanken zu', 'kommentare zu', 'réponses à', 'respuestas a', 'risposte a', 'letter to the editor', 'we want to hear what you think',
    'leave a reply', 'leave a comment', 'post a comment', 'your email address will not be published',
    'required fields are marked', 'comment policy', 'comments are closed', 'log in to comment', 'sign in to comment',
    'join the conversation', 'join the discussion', 'be the first to comment', 'notify me of', 'save my name, email',
    'kommentar schreiben', 'kommentar verfassen', 'ihre e-mail-adresse wird nicht veröffentlicht', 'laisser un commentaire',
    'votre adresse e-mail ne sera pas publiée', 'deja un comentario', 'tu dirección de correo electrónico no será publicada',
    'lascia un commento', 'deixe um comentário', 'dodaj komentarz', 'оставить комментарий',
    'letters to the editor', 'logged in to post a comment', 'comments are moderated', 'angemeldet sein, um einen kommentar', 'kommentare werden moderiert',
    'les commentaires sont modérés', 'los comentarios son moderados', 'i commenti sono moderati', 'os comentários são moderados',
    'moderating all comments', 'moderating comments', 'comments will be moderated', 'awaiting moderation', 'held for moderation',
    'wartet auf freischaltung', 'en attente de modération', 'pendiente de moderación', 'in attesa di moderazione',
  ],
  related: [
    'filed under', 'posted in', 'abgelegt unter', 'veröffentlicht in', 'classé dans', 'archivado en', 'archiviato in', 'das könnte dich auch interessieren', 'beliebte beiträge', 'empfohlener redaktioneller inhalt',
    'you may also like', 'you might also like', 'related articles', 'related stories', 'more stories', 'recommended for you',
    'das könnte sie auch interessieren', 'mehr zum thema', 'lesen sie auch', 'lire aussi', 'à lire aussi', 'te puede interesar',
    'leggi anche', 'leia também', 'czytaj także', 'читайте также',
  ],
  advert: [
    'advertisement', 'sponsored content', 'paid content', 'story continues below', 'article continues below',
    'continue reading below', 'scroll to continue', 'affiliate link', 'we may earn a commission', 'may earn commission',
    'advertising disclosure', 'we may receive compensation', 'receive a small commission', 'earn a small commission', 'affiliate-links', 'erhalten wir eine provision',
    'anzeige', 'werbung', 'publicité', 'publicidad',
  ],
  account: ['log in to', 'sign in to', 'create an account', 'create a free account', 'forgot your password', 'forgot password'],
  ui: [
    'download the app', 'download our app', 'get our app', 'for the latest stories', 'breaking news updates', 'besuchen sie unseren', 'nuestro canal de youtube', 'our youtube channel', 'unseren youtube-kanal',
    'javascript', 'enable javascript', 'your browser does not support', 'update your browser', 'hide caption',
    'toggle caption', 'image caption', 'media caption', 'click here', 'tap to', 'swipe', 'image 1 of', 'photo 1 of', 'download the app',
  ],
};

/**
 * Lead-ins that make a whole line a link to something else: "Read more: OTHER HEADLINE",
 * "Lesen Sie auch: ...". Matched at the start of a line, followed by ":", "»" or similar.
 */
export const LEAD_INS: readonly string[] = [
  'read more', 'read also', 'also read', 'see also', 'related', 'more', 'watch', 'listen', 'recommended', 'lesen sie auch',
  'lesen sie mehr', 'mehr zum thema', 'mehr dazu', 'auch interessant', 'siehe auch', 'lire aussi', 'à lire aussi',
  'voir aussi', 'vea también', 'lee también', 'lea también', 'ver también', 'leggi anche', 'guarda anche', 'leia também',
  'veja também', 'czytaj też', 'czytaj także', 'zobacz też', 'читайте также', 'смотрите также',
];

/**
 * Lines that open the tail of a page. Hard markers (appeals, comments) never stand inside
 * an article; soft markers (related links, "read more", share prompts) sometimes do, so
 * they only close the article when no article text follows them.
 */
export const END_MARKERS_HARD: readonly string[] = [
  'a message from', 'dear readers', 'dear reader', 'comments', 'leave a reply', 'leave a comment', 'post a comment',
  'join the conversation', 'about the author', 'kommentare', 'liebe leserinnen', 'liebe leser', 'commentaires',
  'chers lecteurs', 'comentarios', 'queridos lectores', 'commenti', 'cari lettori', 'comentários', 'komentarze',
  'drodzy czytelnicy', 'комментарии', 'дорогие читатели',
];

/**
 * Words that open an about-box heading, "About NAME": what follows describes the company,
 * site or author, not the article. Such a heading is a hard page-tail marker.
 */
export const ABOUT_WORDS: readonly string[] = [
  'about', 'über', 'à propos de', 'à propos du', 'acerca de', 'sobre', 'informazioni su', 'chi è', 'o firmie', 'o autorze',
  'об', 'о компании',
];

export const END_MARKERS_SOFT: readonly string[] = [
  'related articles', 'related stories', 'related posts', 'related content', 'related', 'more stories', 'more from',
  'recommended', 'you may also like', 'you might also like', 'read next', 'read more', 'share this', 'share this article',
  'share this story', 'more on this', 'tags', 'filed under', 'mehr zum thema', 'lesen sie auch',
  'das könnte sie auch interessieren', 'weitere artikel', 'ähnliche artikel', 'lire aussi', 'à lire aussi',
  'sur le même sujet', 'te puede interesar', 'lee también', 'noticias relacionadas', 'leggi anche', 'leia também',
  'czytaj także', 'zobacz także', 'читайте также',
];

/** First- and second-person words: appeals and widgets talk to the reader, news prose rarely does. */
export const PERSONAL_WORDS: readonly string[] = [
  'we', 'us', 'our', 'ours', 'you', 'your', 'yours', "you're", "we're", "we've", "you'll",
  'wir', 'uns', 'unser', 'unsere', 'unseren', 'unserer', 'du', 'dein', 'deine',
  'nous', 'notre', 'nos', 'vous', 'votre', 'vos', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'usted', 'tu', 'tus',
  'noi', 'nostro', 'nostra', 'voi', 'vostro', 'nós', 'nosso', 'nossa', 'você', 'vocês', 'nasz', 'nasza', 'wy',
  'мы', 'нас', 'наш', 'наша', 'вы', 'вас', 'ваш',
];

/** Verbs that close a comment's header line ("Alex on May 3, 2019 at 6:34 am said:"). */
export const COMMENT_VERBS: readonly string[] = [
  'said', 'says', 'wrote', 'writes', 'replied', 'replies', 'commented', 'schrieb', 'schreibt', 'sagt', 'sagte', 'meint',
  'antwortete', 'kommentierte', 'a écrit', 'dit', 'a dit', 'a répondu', 'escribió', 'dice', 'dijo', 'respondió', 'ha scritto',
  'scrive', 'disse', 'escreveu', 'diz', 'napisał', 'napisała', 'pisze', 'написал', 'написала', 'пишет',
];
