import { MONTHS as ENGLISH_MONTHS, WEEKDAYS as ENGLISH_WEEKDAYS } from "./calendar.js";

/**
 * Words that carry a report's metadata in scraped text: dates and their labels, bylines and desks,
 * news agencies and media words used to recognise attributions. Lower-case unless noted.
 * Multilingual where cheap (en, es, de, fr, ru).
 */

/**
 * Month names → month number: the English names of calendar.ts (shared with analyze) plus the
 * other languages a byline or date line may be in. Russian has nominative and genitive forms.
 */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...ENGLISH_MONTHS,
  ["enero", 1], ["febrero", 2], ["marzo", 3], ["abril", 4], ["mayo", 5], ["junio", 6], ["julio", 7],
  ["agosto", 8], ["septiembre", 9], ["setiembre", 9], ["octubre", 10], ["noviembre", 11], ["diciembre", 12],
  ["januar", 1], ["jänner", 1], ["februar", 2], ["märz", 3], ["mai", 5], ["juni", 6], ["juli", 7],
  ["oktober", 10], ["dezember", 12],
  ["janvier", 1], ["février", 2], ["mars", 3], ["avril", 4], ["juin", 6], ["juillet", 7], ["août", 8],
  ["septembre", 9], ["octobre", 10], ["novembre", 11], ["décembre", 12],
  ["январь", 1], ["января", 1], ["февраль", 2], ["февраля", 2], ["март", 3], ["марта", 3], ["апрель", 4],
  ["апреля", 4], ["май", 5], ["мая", 5], ["июнь", 6], ["июня", 6], ["июль", 7], ["июля", 7], ["август", 8],
  ["августа", 8], ["сентябрь", 9], ["сентября", 9], ["октябрь", 10], ["октября", 10], ["ноябрь", 11],
  ["ноября", 11], ["декабрь", 12], ["декабря", 12],
]);

/** Weekday names and abbreviations, dropped when a line is checked for being "only a date". */
export const WEEKDAYS: readonly string[] = [
  ...ENGLISH_WEEKDAYS.keys(),
  "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
];

/** Labels in front of a date on a byline or date line ("Updated:", "Published on"). */
export const DATE_LABELS: readonly string[] = [
  "updated", "last updated", "published", "first published", "posted", "created", "modified", "date",
  "updated on", "published on", "posted on", "on", "at",
  "actualizado", "publicado", "aktualisiert", "veröffentlicht", "stand", "mis à jour", "publié",
  "publié le", "mis à jour le", "обновлено", "опубликовано",
  // The article words that join a label to its date ("Publicado el 4 de noviembre", "Veröffentlicht am 4. November").
  "publicado el", "actualizado el", "el", "veröffentlicht am", "aktualisiert am", "am", "le", "от",
];

/** Labels that mark a shown date as the day a story was changed, not first published ("Last updated: …"). */
export const UPDATE_LABEL = /(?:updated|modified|revised|edited|actualizado|aktualisiert|mis à jour|обновлено)(?:\s+(?:on|el|am|le))?[\s:|·•-]*$/iu;

/** Words that end a desk or staff byline ("X News Desk", "X Web Team"); the words before name the outlet. */
export const DESK_SUFFIX_PATTERN =
  /\s+(?:(?:news|web|digital|online|editorial|city|national|foreign|world|international|metro|politics|political|business|sports?|investigations?)\s+)?(?:desk|team|staff|bureau)$/i;

/**
 * News agencies and broadcasters often credited inside a sentence ("news agency AP reported").
 * Case-sensitive as written in copy; "dpa" is lower-case by its own style.
 */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  "AP", "Associated Press", "The Associated Press", "Reuters", "AFP", "Agence France-Presse", "TASS",
  "RIA Novosti", "RIA", "Interfax", "Xinhua", "PTI", "ANI", "IANS", "UNI", "dpa", "DPA", "EFE",
  "ANSA", "Kyodo", "Yonhap", "Anadolu", "Anadolu Agency", "Bernama", "Antara", "Europa Press", "UPI",
  "Bloomberg", "BBC", "CNN", "NHK", "CBS", "NBC", "ABC", "Fox News", "Al Jazeera", "Sky News",
  "Euronews", "Sputnik", "RT", "Kommersant", "Vedomosti",
  "Politico", "Axios", "Semafor",
]);

/**
 * Words that mark a name as a news medium ("The New York Times", "Caspian News").
 * Compared with each word of a candidate name, case-sensitively.
 */
export const MEDIA_NAME_WORDS: ReadonlySet<string> = new Set([
  "News", "Times", "Post", "Journal", "Herald", "Tribune", "Telegraph", "Guardian", "Gazette", "Daily",
  "Agency", "Press", "Radio", "TV", "Television", "Broadcasting", "Network", "Channel", "Media", "Wire",
  "Chronicle", "Observer", "Express", "Mail", "Mirror", "Independent", "Standard", "Today", "Monitor",
  "Insider", "Bulletin", "Magazine", "Courier", "Dispatch", "Globe", "Week", "Newsweek", "Reporter",
  "Noticias", "Diario", "Periódico", "Zeitung", "Rundschau", "Presse", "Libération",
  "Novosti", "Gazeta", "Izvestia",
]);

/** Common nouns that, right before a name, say the name is a news medium ("news agency AP"). */
export const MEDIA_NOUNS_PATTERN_SOURCE = String.raw`(?:state\s+)?(?:news\s+agency|agency|newspaper|daily|broadcaster|tv\s+channel|channel|news\s+outlet|outlet|news\s+site|website|wire\s+service|tabloid)`;

/** Phrases of a line that credits another outlet for the whole text ("This content originally appeared on X."). */
export const ORIGINALLY_APPEARED_PATTERN =
  /^(?:this\s+(?:content|article|story|report|piece|post)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|posted|ran|appearing)|(?:originally|first)\s+(?:published|appeared|posted))\s+(?:on|in|by|at)\s+(.+?)[.\s]*$/i;

/** Lines crediting agencies for part of the text ("(With inputs from agencies.)", "(Con información de EFE)"). */
export const INPUTS_FROM_PATTERN =
  /^\(?\s*(?:with\s+(?:additional\s+)?(?:inputs?|reporting|information)\s+from|with\s+agency\s+inputs|con\s+información\s+de|avec|mit\s+material\s+von|по\s+материалам|source|sources|fuente|quelle|via|agency\s+copy|wire\s+copy)\s*:?\s*([^()]*?)[.\s]*\)?[.\s]*$/i;

/** Credit lines at the foot of wire copy ("Reporting by X; Editing by Y"). */
export const CREDIT_LINE_PATTERN = /^\(?(?:(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\s+[^.]{2,160}|(?:wire|agency)\s+(?:report|story|copy))\)?\.?$/i;

/** Kicker labels that look like a dateline ("Update: …") but are not a place. */
export const NON_PLACE_LABELS: ReadonlySet<string> = new Set([
  "update", "updated", "breaking", "watch", "live", "exclusive", "opinion", "analysis", "editor's note",
  "note", "photo", "video", "read", "also read", "read more", "source", "sources", "related", "explainer",
  "background", "context", "summary", "q", "a", "fact check", "correction", "country", "countries",
  "tags", "topics", "category", "categories",
]);
