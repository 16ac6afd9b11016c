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
  // post navigation and gallery controls, seen on blog and news pages of the extraction benchmark
  "previous post", "next post", "older posts", "newer posts", "back to gallery", "caption", "no thanks",
  "about the author", "author", "publish date", "published", "updated",
  // buttons of calls to action and page widgets, alone on their line
  "learn more", "more info", "book now", "buy now", "shop now", "order now", "read full review", "read review",
  "check price", "see price", "view deal", "see deal", "where to buy", "table of contents", "jump to", "collapse", "expand",
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
  "you may like these posts", "also check out", "more from the author", "explore further", "more in this category",
  "more coverage", "related links", "related coverage", "tags", "topics", "related tags", "want more stories like this?", "photo gallery", "more galleries",
  "lee también", "lea también", "noticias relacionadas", "te puede interesar", "lo más leído", "más noticias",
  "mehr zum thema", "das könnte sie auch interessieren", "meistgelesen", "weitere artikel", "lesen sie auch",
  "lire aussi", "à lire aussi", "a lire aussi", "les plus lus", "sur le même sujet", "voir aussi",
  "читайте также", "читать также", "популярное", "по теме", "новости по теме", "самое читаемое",
  // "you may also be interested" and blog sidebar widgets (recent posts, archives)
  "you may like", "you might like", "you may also be interested in", "you might be interested in",
  "también te puede interesar", "te puede gustar", "también te puede gustar", "vous aimerez aussi",
  "vous aimerez peut-être aussi", "vous pourriez aussi aimer", "das könnte dich auch interessieren",
  "auch interessant", "вам также может быть интересно", "вам может быть интересно", "вам также может понравиться",
  "recent posts", "recent comments", "archives", "entradas recientes", "comentarios recientes", "neueste beiträge",
  "neueste kommentare", "articles récents", "commentaires récents", "свежие записи", "свежие комментарии", "архивы",
];

/**
 * Openers of list headings that name a section or a topic after them ("Most read in world news",
 * "More in Politics", "More from the author"): a short line that starts with one is a marker.
 */
export const RELATED_MARKER_PREFIXES: readonly string[] = [
  "most read in", "most popular in", "more in", "more from", "latest in", "latest from", "popular in", "popular on",
  "more great", "related coverage from", "more stories like", "next up in", "up next in",
  "top stories in", "more stories from", "more news from", "more articles from", "más de", "mehr aus", "plus de",
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
  "leave a reply cancel reply", "leave a comment cancel reply", "last comments", "latest comments", "top rated comments",
  "lascia un commento", "lascia un commento annulla risposta", "annulla risposta",
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
  "feedback to editors", "send feedback", "e-mail the story", "email the story", "newsletter sign up",
  "add to calendar", "add to google calendar", "add to ical", "add to outlook", "show more sharing options", "share close extra sharing options", "breaking news emails", "how to contact us",
  "share your thoughts with friends", "see all newsletters", "thanks for signing up", "thanks for subscribing",
  "compartir", "compartir en", "suscríbete", "síguenos", "síguenos en", "teilen", "abonnieren",
  "folgen sie uns", "partager", "s'abonner", "abonnez-vous", "suivez-nous", "поделиться", "подписаться",
  "подписывайтесь",
];

/**
 * Relative time stamps of teasers and comments ("32M ago", "2 days ago at 07:52 am", "just now"):
 * a line that is only one is never body text.
 */
export const RELATIVE_TIME_PATTERN =
  /^(?:(?:an?|\d+)\s*(?:s|m|h|d|w|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|just now|yesterday)(?:\s+at\s+[\d:]+\s*(?:am|pm)?)?$/i;

/**
 * Newsletter, subscription and affiliate boxes written as sentences ("Get the latest updates right
 * in your inbox.", "You can unsubscribe at any time.", "If you buy something through this post,
 * we may get a share of the sale."), matched anywhere in a line of prompt length. Each phrase
 * addresses the reader about the SITE; a news sentence about newsletters says "its newsletter".
 * Seen closing pages of the text-mode benchmark after the stretch step.
 */
export const PROMO_SENTENCE_PATTERN = new RegExp([
  String.raw`\b(?:subscribe|sign up) (?:to|for) our\b`,
  String.raw`\bour (?:free |daily |weekly )?(?:e-?mail )?newsletters?\b`,
  String.raw`\b(?:in|to|into) your inbox\b`,
  String.raw`\bunsubscribe at any time\b`,
  String.raw`\b(?:subscribe|sign up) (?:now|today)\b`,
  String.raw`\bopt-in box\b`,
  String.raw`\bby signing up\b`,
  // the confirmation a newsletter form shows once sent
  String.raw`\bsuccess?fully subscribed\b`,
  String.raw`\bactivat(?:e|ion) (?:your subscription|link)\b`,
  String.raw`\bprotected by recaptcha\b`,
  String.raw`\bbuy something through (?:this|our|one of our)\b`,
  String.raw`\bmay (?:earn|get|receive) (?:a )?(?:small )?(?:commission|share of the sale|affiliate)\b`,
  // a consultancy's call to action under its own post
  String.raw`\b(?:book|schedule|request|claim) (?:a|an|your) (?:free )?(?:initial )?consultation\b`,
  String.raw`\b(?:suscríbete|abonnez-vous|jetzt abonnieren|подпишитесь)\b`,
].join("|"), "i");
/**
 * Every PROMO_SENTENCE_PATTERN phrase holds one of these (lower case): a plain substring search
 * gates the pattern, which costs more than the rest of the line rules together when run on
 * every line (measured with --cpu-prof on the text-mode benchmark).
 */
export const PROMO_GATE_WORDS: readonly string[] = [
  "subscri", "sign up", "signing up", "recaptcha", "newsletter", "inbox", "opt-in", "buy something", "commission", "share of the sale", "activat",
  "consultation",
  "suscr", "abonn", "подпиш",
];

/**
 * The author box under an article: "Jane Roe is a staff writer at Example covering courts.",
 * "Jon Berg (@jonberg) is a contributing editor …". A name, "is a/an", a few words, a newsroom
 * job, in lower or Title Case ("is an Entertainment Reporter for …"). Matched on lines of bio
 * length only (AUTHOR_BIO_MAX_WORDS in chrome-rules.ts).
 */
export const AUTHOR_BIO_PATTERN =
  /^(?:\p{Lu}[\p{L}.'’-]*\s){1,3}(?:\([^)]{1,40}\)\s)?is (?:a|an|the) (?:[\p{L}'’-]+\s){0,5}(?:[Ww]riter|[Rr]eporter|[Ee]ditor|[Cc]orrespondent|[Jj]ournalist|[Cc]olumnist|[Cc]ontributor|[Cc]urator|[Pp]roducer)\b/u;

/**
 * Openers of an author box heading that names the author ("About Jane Roe", "Über Jana Beispiel",
 * "Sobre Juana Pérez", "À propos de Jean Dupont"). Only with the name after them and a bio that
 * names the author again below (author-box.ts): "About Us" and "About the deal" are not boxes.
 */
export const AUTHOR_BOX_OPENERS: readonly string[] = [
  "about", "sobre", "acerca de", "über", "à propos de", "a propos de", "об", "о",
];

/** Headings of a writer's bio box under or beside an article. */
export const BIO_BOX_HEADINGS: ReadonlySet<string> = new Set([
  "about the author", "about the authors", "about the writer", "about the writers", "about author", "author bio",
  "about the contributor", "meet the author", "about the reporter", "sobre el autor", "über den autor", "über die autorin",
  "à propos de l'auteur", "об авторе",
]);

/** Lines that start with one of these and stay short are prompts too ("Follow us on X and Y"). */
export const SHARE_PROMPT_PREFIXES: readonly string[] = [
  "share on", "share this", "subscribe to", "sign up for", "sign up to", "follow us on", "follow us",
  "connect us on", "connect with us", "join us on", "join our", "support our", "support independent",
  "download our", "get our", "click here to", "tap here to", "watch the full", "watch the video",
  "watch live", "watch our", "listen to the full", "listen to our", "click to share", "click to email",
  "click to print", "like this story?", "like this article?", "síguenos en", "suscríbete a",
  "folgen sie uns", "suivez-nous sur", "abonnez-vous à", "подписывайтесь на",
  // newsletter boxes: "Stay up to date with Example.", "Keep up to date"
  "stay up to date", "keep up to date", "stay informed", "mantente informado", "bleiben sie auf dem laufenden",
  "restez informé", "будьте в курсе",
];

/** Labels of a page's tag or topic list ("Tags: flood, Asia"); the list itself is not body text. */
export const TAG_LIST_LABELS: readonly string[] = [
  "tags", "topics", "filed under", "categories", "keywords", "subjects", "names in this article", "related tags",
  "etiquetas", "temas", "schlagwörter", "themen",
  "mots-clés", "sujets", "теги", "темы",
];

/** Names of social networks and feeds: a line made only of them is a row of share icons. */
export const SOCIAL_NETWORKS: ReadonlySet<string> = new Set([
  "facebook", "twitter", "x", "linkedin", "instagram", "youtube", "tiktok", "telegram", "whatsapp",
  "pinterest", "reddit", "quora", "threads", "bluesky", "mastodon", "snapchat", "vk", "vkontakte",
  "ok", "flipboard", "rss", "email", "e-mail", "mail", "print", "copy", "link", "google+", "tumblr", "xing",
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
  // gallery position labels ("Image 1 of 5"): the captions between them are the gallery's, not body
  /^(?:image|photo|picture|slide|foto|bild|фото) \d+ (?:of|de|von|sur|из) \d+$/i,
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

/**
 * Legal notices of a page footer, matched anywhere in a line of notice length ("… All rights
 * reserved. X and Y are registered trademarks of …", "This material may not be published …"):
 * each is the publisher speaking about its own rights, which an article does not do. Narrow on
 * purpose: "the photos were used without written permission" is news.
 */
export const LEGAL_NOTICE_PATTERN = new RegExp([
  String.raw`\ball rights? reserved\b`,
  // plural: a footer lists several marks; a news sentence about one trademark stays
  String.raw`\bare (?:the )?registered trademarks of\b`,
  // the notice speaks of "this" document or site, not of a report or photo in the news
  String.raw`\bthis (?:document|material|content|site|website) is subject to copyright\b`,
  String.raw`\b(?:this|the) material (?:on this (?:site|website) )?may not be (?:published|reproduced|broadcast|rewritten|redistributed|copied)\b`,
  String.raw`\bno part of this (?:site|website|publication|material|document) may be\b`,
  String.raw`\btodos los derechos reservados\b`,
  String.raw`\balle rechte vorbehalten\b`,
  // no closing \b after a non-ASCII letter: JavaScript's \b only knows ASCII word characters
  String.raw`\btous droits réservés`,
  String.raw`все права защищены`,
].join("|"), "iu");
/** Every LEGAL_NOTICE_PATTERN phrase holds one of these (lower case): a substring search gates the pattern. */
export const LEGAL_NOTICE_GATE_WORDS: readonly string[] = [
  "reserv", "trademark", "copyright", "may not be", "no part", "vorbehalten", "réservés", "права",
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

/**
 * A caption ends in its credit: "… on the floor (Image: Agency )", "… a rabbitCredit: Agency",
 * "… of Titan. (NASA/JPL-Caltech/ASU)", "… in 2019. Jane Roe/Getty Images" (a picture agency with
 * no full stop after it: "…, he told Reuters." is body). Matched at the END of a caption-length line.
 */
export const CAPTION_CREDIT_SUFFIX =
  /(?:[^.\s]\s*(?:\/\s*)?\b(?:getty images|ap photo|ap file|reuters|afp|epa|shutterstock|alamy)|\((?:ap|afp|reuters|getty|epa)(?: photo| images)?\s*[\/,][^()]{0,60}\)|©[^©.]{1,60}|\((?:image|photo|picture|pic|credit|foto|bild|фото)s?(?: credit)?\s*:[^()]{1,60}\)|(?:credit|photo|image)s?:\s*[^.:]{1,50}|\([\p{L}\s.&-]{2,30}\/[\p{L}\s.&/-]{2,40}\))\s*$/iu;

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
  // the category texts of cookie-consent plugins ("Necessary cookies are absolutely essential …")
  String.raw`\b(?:necessary|non-necessary|functional|analytics|performance|advertisement|third-party) cookies (?:are|that|may|help|allow)\b`,
  String.raw`\b(?:utilizamos|usamos|este sitio (?:web )?utiliza) cookies\b`,
  String.raw`\b(?:wir verwenden|diese website verwendet|nutzt) cookies\b`,
  String.raw`\b(?:nous utilisons|ce site utilise) des cookies\b`,
  String.raw`(?:использует|используем) (?:файлы )?cookie`,
].join("|"), "iu");
