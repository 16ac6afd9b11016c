/**
 * Patterns that attribute a quotation to its speaker. Compiled once; each is tested on a short
 * slice right before or right after the quote marks. Rule ids name them in claims and tests.
 */

/** Verbs of saying that attribute a quotation ("said", "told", "added", "wrote", "quoted … as saying"). */
const SPEECH_VERBS = [
  "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained", "explains", "noted",
  "notes", "wrote", "writes", "tweeted", "posted", "insisted", "argued", "claimed", "warned", "declared",
  "announced", "asked", "asks", "replied", "responded", "continued", "recalled", "remarked", "acknowledged",
  "admitted", "conceded", "stressed", "emphasized", "emphasised", "urged", "pledged", "promised", "vowed",
  "commented", "observed", "described", "called", "saying", "adding", "telling", "insisting", "warning",
  "writing", "explaining", "noting", "told reporters", "said in a statement",
].sort((a, b) => b.length - a.length).join("|");

/** Words that may sit between a speaker and the verb: "Putin *also* said", "she *later* added". */
const SPEAKER_VERB_GAP = "(?:(?:has|had|have|was|is|also|then|later|earlier|previously|again|once|further|personally|publicly|reportedly|on\\s+\\p{Lu}\\p{Ll}+day)\\s+){0,3}";

/** A speech verb at the start of a slice (after spaces, commas and adverbs). */
export const VERB_AT_START_RE = new RegExp(`^\\s*(?:,[^,.;:!?“”"]{1,80})?,?\\s*${SPEAKER_VERB_GAP}(?:${SPEECH_VERBS})\\b`, "u");

/** QUOTE_AFTER_VERB: `“…,” said X` — the verb first; the speaker is the next name. */
export const AFTER_QUOTE_VERB_FIRST_RE = new RegExp(`^[\\s,]*(?:${SPEECH_VERBS})\\s+`, "u");

/** QUOTE_AFTER_PRONOUN: `“…,” he said` / `“…,” said she`. */
export const AFTER_QUOTE_PRONOUN_RE = new RegExp(`^[\\s,]*(?:(?:he|she)\\s+${SPEAKER_VERB_GAP}(?:${SPEECH_VERBS})|(?:${SPEECH_VERBS})\\s+(?:he|she))\\b`, "iu");

/**
 * QUOTE_BEFORE_VERB: `X said: “…”`, `X told the Russian president that “…”`, `X added, “…”`. The
 * verb, up to five words of object or adverbial, an optional "that", then a colon or comma.
 */
export const BEFORE_QUOTE_VERB_RE = new RegExp(`(?:^|[^\\p{L}])(?:${SPEECH_VERBS})(?:\\s+[^\\s“”"«»]+){0,5}?\\s*(?:\\bthat\\s*)?[:,]?\\s*$`, "u");

/** QUOTE_BEFORE_PRONOUN: the subject of the verb is "he"/"she". */
export const PRONOUN_BEFORE_VERB_RE = new RegExp(`\\b(?:he|she)\\s+${SPEAKER_VERB_GAP}$`, "iu");

/** Between a subject and its verb: nothing but adverbs ("Putin also said"), or an appositive ("Aliyev, who …, said"). */
export const SUBJECT_VERB_GAP_RE = new RegExp(`^(?:['’]s\\s+(?:official\\s+)?(?:statement|office|press office|spokesman|spokeswoman|spokesperson|readout))?(?:\\s*,[^“”"]{1,120},)?\\s+${SPEAKER_VERB_GAP}$`, "u");

/**
 * A speaker named by a common noun ("the mayor said", "the club said in a statement"). Between a
 * named person and a pronoun it means "he"/"she" may be that unnamed speaker, so the pronoun stays unresolved.
 */
export const NOMINAL_SPEAKER_RE = new RegExp(`\\b(?:the|a|an|this|that|his|her|their|its)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${SPEECH_VERBS})\\b`, "u");

/** QUOTE_ACCORDING_TO: "according to X" anywhere in the sentence names the source. */
export const ACCORDING_TO_RE = /\baccording to\s+(?:the\s+)?$/i;

/** Between a quote's closing mark and a speaker named after it: no sentence punctuation or line break, at most a few words. */
export const AFTER_QUOTE_GAP_RE = /^[ \t,]*(?:[^\s.!?;:,“”"«»]+[ \t]+){0,4}$/u;

/** Capitalised words that open a clause, not a name: "“…,” The statement said" has no named speaker. */
export const NOT_A_NAME_RE = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|One)\b/;

/** A capitalised name read straight from the text when the entity finder kept none there ("said Jane Doe"). */
export const CAPITALISED_NAME_RE = /^(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,3})/u;

/** How far past a closing mark an attribution is looked for, in characters. */
export const ATTRIBUTION_CHARS = 100;
