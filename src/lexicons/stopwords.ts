import { TENURE_WORDS } from "./titles.js";

/**
 * Common words that are capitalised only because they open a sentence, a line or a quote, or that
 * are capitalised but never name an entity. Used by analyze/entities/. Lower-cased.
 */

/**
 * Dropped from the start of a capitalised sequence: "*The* Russian leader", "*However*, Moscow",
 * "*Meanwhile* Baku". Function words, sentence adverbs and connectives, determiners and pronouns:
 * they are never the first word of a name, wherever the sequence starts.
 */
export const LEADING_STOPWORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we",
  "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "one", "ones", "in", "on",
  "at", "to", "for", "from", "by", "with", "without", "of", "as", "into", "onto", "upon", "over", "under",
  "after", "before", "during", "since", "until", "till", "while", "when", "whenever", "where", "wherever",
  "whether", "why", "how", "what", "which", "who", "whom", "whose", "if", "unless", "although", "though",
  "because", "but", "and", "or", "nor", "so", "yet", "however", "meanwhile", "moreover", "furthermore", "also",
  "still", "now", "then", "later", "earlier", "today", "yesterday", "tomorrow", "tonight", "last", "next",
  "despite", "according", "following", "amid", "amidst", "among", "amongst", "between", "both", "each",
  "every", "all", "some", "many", "most", "several", "few", "no", "not", "other", "another", "such", "even",
  "only", "just", "perhaps", "instead", "indeed", "thus", "therefore", "hence", "nevertheless", "nonetheless",
  "overall", "finally", "first", "second", "third", "once", "again", "already", "currently", "recently",
  "previously", "initially", "ultimately", "separately", "elsewhere", "about", "above", "across", "against",
  "along", "around", "behind", "below", "beside", "besides", "beyond", "near", "off", "out", "outside",
  "inside", "through", "throughout", "toward", "towards", "via", "within", "do", "does", "did", "is", "are",
  "was", "were", "be", "been", "has", "have", "had", "would", "can", "could", "should", "may", "might",
  "must", "shall", "let", "like", "unlike", "more", "less", "much", "very", "too", "well", "never", "always",
  "sometimes", "often", "soon", "anyway", "otherwise", "rather", "whereas", "additionally", "notably",
  "importantly", "specifically", "similarly", "likewise", "consequently", "accordingly", "subsequently",
  "eventually", "reportedly", "apparently", "officially", "publicly", "privately",
  ...TENURE_WORDS,
]);

/**
 * Common content words that are capitalised only because they open a sentence or a chrome line
 * ("Officials said", "International reaction", "Related"). Dropped only at the start of a sentence
 * or line, and not when the capitalised sequence ends in an organisation or place head word
 * ("International Civil Aviation Organization", "National Bank").
 */
export const INITIAL_COMMON_WORDS: ReadonlySet<string> = new Set([
  "speaking", "asked", "told", "said", "says", "related", "advertisement", "sponsored", "subscribe", "share",
  "click", "sign", "watch", "photo", "video", "image", "credit", "copyright", "updated", "published", "posted",
  "source", "sources", "reporting", "editing", "writing", "read", "see", "follow", "join", "contact",
  "officials", "authorities", "residents", "witnesses", "experts", "analysts", "critics", "observers",
  "families", "people", "others", "local", "national", "international", "global", "breaking", "exclusive",
  "opinion", "analysis", "explainer", "live", "update", "updates", "latest", "top", "new", "news", "home",
  "menu", "search", "trending", "popular", "featured", "recommended", "dear", "thank", "thanks", "please",
  "yes",
]);

/**
 * Capitalised words that never belong to an entity and split a capitalised sequence wherever
 * they occur: weekdays and months (dates are the date finder's job), the pronoun "I".
 */
export const NON_ENTITY_WORDS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
  "january", "february", "march", "april", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "god",
]);

/**
 * Lower-case function words of English title case: a line whose only lower-case words are these
 * is a headline ("Minister Admits Blame for Bridge Collapse as Protests Grow").
 */
export const TITLE_CASE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "of", "for", "and", "or", "nor", "but", "in", "on", "at", "to", "by", "with", "as",
  "from", "into", "onto", "over", "via", "vs", "per", "up", "off", "out", "after", "amid", "about",
  "than", "is", "are", "be", "its", "it", "de", "da", "del", "van", "von", "bin", "al", "el",
]);
