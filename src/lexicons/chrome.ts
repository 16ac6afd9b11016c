/**
 * Words and phrases of page chrome: the menus, prompts, forms and labels a news site wraps around
 * an article. The extract stage matches them against WHOLE LINES (lower-cased, outer punctuation
 * trimmed), never inside a sentence, so a body sentence that happens to contain "share" or
 * "advertisement" is safe. Multilingual where it is cheap (en, es, de, fr, ru); add a language by
 * adding its phrases here, not by adding rules.
 */

/** Navigation and menu labels that stand alone on a line ("Left Menu", "Skip to content"). */
export const NAV_PHRASES: readonly string[] = [
  "menu", "left menu", "right menu", "main menu", "open menu", "close menu", "toggle menu",
  "toggle navigation", "navigation", "skip to content", "skip to main content", "skip to navigation",
  "home", "homepage", "search", "search for", "sign in", "log in", "login", "sign up", "register",
  "my account", "back to top", "go to top", "scroll to top", "next", "previous", "prev", "next article",
  "previous article", "more", "load more", "show more", "view all", "see all", "close", "open",
  "inicio", "buscar", "menú", "startseite", "suche", "accueil", "rechercher", "главная", "меню", "поиск",
];

/**
 * Section names: a line made only of these (and separators) is a menu entry or a section label
 * ("World News", "OPINION / BLOG / INTERVIEW", "Other Links"). Body sub-headings almost always
 * carry at least one word outside this set, which is what keeps them.
 */
export const SECTION_WORDS: ReadonlySet<string> = new Set([
  "news", "world", "national", "international", "local", "regional", "nation", "politics", "business",
  "economy", "finance", "markets", "money", "sport", "sports", "entertainment", "culture", "arts",
  "lifestyle", "life", "style", "travel", "food", "health", "science", "tech", "technology", "education",
  "environment", "climate", "opinion", "opinions", "editorial", "editorials", "blog", "blogs", "interview",
  "interviews", "columns", "columnists", "video", "videos", "photos", "gallery", "podcast", "podcasts",
  "live", "tv", "latest", "top", "breaking", "trending", "popular", "featured", "stories", "headlines",
  "sections", "sectors", "editions", "edition", "products", "links", "other", "connect", "about", "us",
  "contact", "more", "all", "home", "and", "&", "e-paper", "epaper", "newsletters", "newsletter",
  "noticias", "mundo", "deportes", "política", "economía", "opinión", "nachrichten", "welt", "politik",
  "wirtschaft", "meinung", "actualités", "monde", "politique", "économie", "новости", "мир", "политика",
  "экономика", "спорт", "мнения",
]);

/**
 * Headings of lists of OTHER stories. A marker starts a run: it and the short headline-like lines
 * after it are dropped until a real paragraph resumes.
 */
export const RELATED_MARKERS: readonly string[] = [
  "related", "related news", "related articles", "related stories", "related posts", "related content",
  "related topics", "related coverage", "read more", "read also", "also read", "see also", "must read",
  "more stories", "more news", "more from", "more on this story", "more on this", "trending",
  "trending now", "trending news", "trending stories", "most read", "most popular", "most viewed",
  "most shared", "popular", "popular now", "popular stories", "top stories", "top news", "latest news",
  "latest stories", "latest", "recommended", "recommended for you", "you may also like",
  "you might also like", "don't miss", "dont miss", "editor's picks", "editors picks", "in case you missed it",
  "lee también", "lea también", "noticias relacionadas", "te puede interesar", "lo más leído", "más noticias",
  "mehr zum thema", "das könnte sie auch interessieren", "meistgelesen", "weitere artikel", "lesen sie auch",
  "lire aussi", "à lire aussi", "a lire aussi", "les plus lus", "sur le même sujet", "voir aussi",
  "читайте также", "читать также", "популярное", "по теме", "новости по теме", "самое читаемое",
];

/**
 * Markers that also appear INLINE in front of a link to another story ("Also Read: Some headline").
 * Narrower than RELATED_MARKERS: "Latest: …" or "Trending: …" can open a real live-blog paragraph.
 */
export const RELATED_INLINE_MARKERS: readonly string[] = [
  "also read", "read also", "read more", "see also", "related", "must read", "more", "watch", "video",
  "listen", "gallery", "in pictures", "lee también", "lea también",
  "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "voir aussi", "читайте также",
];

/** Comment and reply forms ("Leave A Reply", "Your email address will not be published."). */
export const REPLY_FORM_PHRASES: readonly string[] = [
  "leave a reply", "leave a comment", "leave your comment", "post a comment", "add a comment",
  "add comment", "write a comment", "comments", "comment", "show comments", "view comments",
  "join the conversation", "join the discussion", "cancel reply", "reply", "submit", "post comment",
  "your email address will not be published", "your email address will not be published. required fields are marked",
  "required fields are marked", "comment *", "name *", "email *", "website",
  "save my name, email, and website in this browser for the next time i comment",
  "you must be logged in to post a comment", "comments are closed", "comments are closed for this article",
  "comments are closed for this story", "comments are disabled",
  "deja un comentario", "deja una respuesta", "comentarios", "kommentar schreiben", "kommentare",
  "kommentieren", "laisser un commentaire", "commentaires", "réagir", "оставить комментарий",
  "комментарии", "добавить комментарий",
];

/** Share, subscribe, follow and support prompts ("Support us", "Subscribe to our Newsletter"). */
export const SHARE_PROMPT_PHRASES: readonly string[] = [
  "share", "share this", "like this", "share this article", "share this story", "share article", "share on",
  "tweet", "print", "email this", "copy link", "link copied", "support us", "donate", "subscribe",
  "subscribe now", "subscribe to our newsletter", "sign up for our newsletter", "newsletter",
  "get the newsletter", "give feedback", "feedback", "follow us", "follow us on", "connect us on",
  "connect with us", "find us on", "like us on facebook", "download our app", "download the app",
  "get the app", "listen to this article", "join our whatsapp channel", "join our telegram channel",
  "compartir", "compartir en", "suscríbete", "síguenos", "síguenos en", "teilen", "abonnieren",
  "folgen sie uns", "partager", "s'abonner", "abonnez-vous", "suivez-nous", "поделиться", "подписаться",
  "подписывайтесь",
];

/** Lines that start with one of these and stay short are prompts too ("Follow us on X and Y"). */
export const SHARE_PROMPT_PREFIXES: readonly string[] = [
  "share on", "share this", "subscribe to", "sign up for", "sign up to", "follow us on", "follow us",
  "connect us on", "connect with us", "join us on", "join our", "support our", "support independent",
  "download our", "get our", "click here to", "tap here to", "watch the full", "watch the video",
  "watch live", "watch our", "listen to the full", "listen to our", "síguenos en", "suscríbete a",
  "folgen sie uns", "suivez-nous sur", "abonnez-vous à", "подписывайтесь на",
];

/** Labels of a page's tag or topic list ("Tags: flood, Asia"); the list itself is not body text. */
export const TAG_LIST_LABELS: readonly string[] = [
  "tags", "topics", "filed under", "categories", "keywords", "etiquetas", "temas", "schlagwörter", "themen",
  "mots-clés", "sujets", "теги", "темы",
];

/** Names of social networks and feeds: a line made only of them is a row of share icons. */
export const SOCIAL_NETWORKS: ReadonlySet<string> = new Set([
  "facebook", "twitter", "x", "linkedin", "instagram", "youtube", "tiktok", "telegram", "whatsapp",
  "pinterest", "reddit", "quora", "threads", "bluesky", "mastodon", "snapchat", "vk", "vkontakte",
  "ok", "flipboard", "rss", "email", "e-mail", "mail", "print", "copy", "link",
]);

/** Advertising labels that stand alone on a line. */
export const AD_PHRASES: readonly string[] = [
  "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
  "sponsored post", "paid content", "paid post", "promoted", "promoted content", "partner content",
  "story continues below advertisement", "article continues below advertisement",
  "continue reading below", "scroll to continue with content", "advertise with us", "remove ads",
  "publicidad", "anuncio", "contenido patrocinado", "werbung", "anzeige", "publicité", "реклама",
];

/** Lines that start with one of these and stay short are ads ("Promote your business with …"). */
export const AD_PREFIXES: readonly string[] = [
  "promote your business", "advertise with", "advertise on", "sponsored by", "presented by",
  "in partnership with", "paid for by", "publicidad de", "anzeige von",
];

/**
 * Labels that screen readers or scrapers leave around lists ("list of 3 items", "end of list").
 * Written as patterns because they carry counts.
 */
export const LIST_MARKER_PATTERNS: readonly RegExp[] = [
  /^list of \d+ items?$/i,
  /^end of list$/i,
  /^list \d+ of \d+$/i,
  /^item \d+ of \d+$/i,
];

/** Footer labels that start a contact line ("Email: info@…", "Phone: +1 …"). */
export const CONTACT_LABELS: readonly string[] = [
  "email", "e-mail", "mail", "phone", "tel", "telephone", "fax", "mobile", "whatsapp", "contact",
  "contact us", "address", "call us", "write to us", "teléfono", "correo", "telefon", "téléphone",
  "телефон", "почта",
];

/** Legal and corporate links of a footer; a line listing them ("Disclaimer | Terms of use") is footer. */
export const LEGAL_LINKS: readonly string[] = [
  "privacy policy", "privacy", "terms of use", "terms of service", "terms and conditions", "terms",
  "disclaimer", "cookie policy", "cookies", "cookie settings", "about us", "contact us", "advertise",
  "careers", "sitemap", "site map", "rss", "accessibility", "code of ethics", "editorial policy",
  "corrections", "política de privacidad", "aviso legal", "datenschutz", "impressum",
  "mentions légales", "politique de confidentialité", "политика конфиденциальности",
];

/** Copyright openers; a footer line starts with one of them. */
export const COPYRIGHT_PATTERN = /^(?:©|\(c\)|copyright\b|all rights reserved|todos los derechos reservados|alle rechte vorbehalten|tous droits réservés|все права защищены)/i;

/** Counter words that follow a number on engagement or reading-time lines ("12 comments", "5 min read"). */
export const COUNTER_WORDS: readonly string[] = [
  "comment", "comments", "share", "shares", "view", "views", "like", "likes", "read", "reads",
  "min read", "mins read", "minute read", "minutes read", "min", "mins", "reactions",
  "comentarios", "kommentare", "commentaires", "комментариев", "просмотров",
];

/** Labels of reading-time lines ("Reading time: 3 minutes"). */
export const READING_TIME_LABELS: readonly string[] = ["reading time", "read time", "lectura", "tiempo de lectura", "lesezeit", "temps de lecture", "время чтения"];

/** Photo and image credits that stand alone on a line ("Photo: Reuters", "File photo"). */
export const CAPTION_LABELS: readonly string[] = [
  "photo", "photos", "image", "images", "picture", "pic", "file photo", "file image", "representational image",
  "representative image", "image credit", "photo credit", "credit", "foto", "bild", "фото",
];

/** Bullet characters scrapers keep from list items and icon fonts; they need no space after them. */
export const BULLET_CHARACTERS = "•·▪▫◦‣⁃○●■□►▶";

/** Characters that act as bullets only when a space follows ("- item", "» item"); "-5" is a number. */
export const SPACED_BULLET_CHARACTERS = "»›→–—*-";

/**
 * Cookie and consent banners, matched anywhere in a line of banner length. Phrases about the
 * SITE's use of cookies; a news sentence about cookie law says "cookies" without these frames.
 */
export const CONSENT_PATTERN = new RegExp([
  String.raw`\b(?:we|this (?:web)?site|our (?:web)?site|this page)(?: also)? (?:uses?|is using) cookies\b`,
  String.raw`\b(?:use of|accept(?: all)?|reject(?: all)?|manage) cookies\b`,
  String.raw`\bcookie (?:settings|preferences|consent|banner)\b`,
  String.raw`\bmanage (?:consent|preferences|privacy settings)\b`,
  String.raw`\b(?:utilizamos|usamos|este sitio (?:web )?utiliza) cookies\b`,
  String.raw`\b(?:wir verwenden|diese website verwendet|nutzt) cookies\b`,
  String.raw`\b(?:nous utilisons|ce site utilise) des cookies\b`,
  String.raw`(?:использует|используем) (?:файлы )?cookie`,
].join("|"), "iu");
