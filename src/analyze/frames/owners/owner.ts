import type { EntityMention } from "../../../types.js";
import { entityKey } from "../../entities/key.js";
import { MONTHS, WEEKDAYS } from "../../../lexicons/calendar.js";
import { GOVERNING_PARTICIPLES } from "../../../lexicons/governed.js";
import type { TaggedToken } from "../tagger.js";

/** Words that tie a measure to whom it belongs: "deaths in Porto Vell", "28% for the Civic Union". */
const OWNER_LINKS: ReadonlySet<string> = new Set(["of", "in", "for", "among", "at", "by"]);
/** Words that open a new clause, whose subject is someone else: "…, while the Greens won 12%". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["while", "whereas", "but", "although", "though", "and", "as", "which", "who", "after", "before", "including"]);
const CLAUSE_MARKS: ReadonlySet<string> = new Set([";", ":", "(", ")", "—", "–"]);

/**
 * Whose value it is, from the sentence's shape:
 *  1. a name linked right after the measure ("deaths in Porto Vell", "the vote share of the Greens");
 *  2. else a name right before the value, its verb left out ("…, the RP 15.2 percent");
 *  3. else the subject of the clause: the last name before the value that a verb follows
 *     ("The Greens won 52 seats", "Vidrek scored two goals"), in the same clause.
 * A value that is itself the subject ("412 voting delegates took part") belongs to no one named.
 */
export function ownerOf(
  tokens: readonly TaggedToken[], valueFirst: number, measureEnd: number, mentions: readonly EntityMention[],
): EntityMention | undefined {
  // "640 children were at Camp Alder" links the place as "640 children at Camp Alder" does.
  const link = COPULAS.has(tokens[measureEnd]?.lower ?? "") ? measureEnd + 1 : measureEnd;
  const linked = linkedAfter(tokens, link, mentions);
  // "Briar threw three touchdowns in Lakeport": a place after "in" or "at" says where the
  // figure holds (its scope, see scopeOf), and the clause's subject, when there is one, whose it is.
  if (linked && !(linked.type === "place" && SCOPE_LINKS.has(tokens[link]!.lower))) return linked;
  return namedRightBefore(tokens, valueFirst, mentions) ?? subjectBefore(tokens, valueFirst, mentions) ?? linked;
}

/** Words that put a figure in a place: "in Westmark", "at the camp". */
const SCOPE_LINKS: ReadonlySet<string> = new Set(["in", "at"]);

/**
 * Where a figure holds, when the sentence narrows it to a place: "almost 37% in Westmark", "in
 * Westmark, the party received almost 39%", "640 children were at Camp Alder". The same measure
 * of one owner in two places is two subjects, not a contradiction (align/joins/frame-scope.ts).
 */
export function scopeOf(
  tokens: readonly TaggedToken[], valueFirst: number, measureEnd: number, mentions: readonly EntityMention[],
): EntityMention | undefined {
  const places = mentions.filter((m) => m.type === "place");
  let k = measureEnd;
  if (COPULAS.has(tokens[k]?.lower ?? "")) k++;
  if (SCOPE_LINKS.has(tokens[k]?.lower ?? "")) {
    const after = linkedAfter(tokens, k, places);
    if (after) return after;
  }
  // A place fronted at the head of the value's clause: "In Sarnia, 30 people died".
  for (let j = valueFirst - 1; j >= 0 && j >= valueFirst - MAX_FRONTED; j--) {
    if (tokens[j]!.lower !== "in") continue;
    const opensClause = j === 0 || CLAUSE_MARKS.has(tokens[j - 1]!.text) || tokens[j - 1]!.text === ",";
    const place = opensClause ? linkedAfter(tokens, j, places) : undefined;
    if (place && tokens.slice(j + 1, valueFirst).some((t) => t.text === ",")) return place;
  }
  return undefined;
}

const COPULAS: ReadonlySet<string> = new Set(["was", "were", "is", "are"]);
/** How far before a value a fronted "In Sarnia," is looked for. */
const MAX_FRONTED = 8;

/**
 * A sentence's mentions with the names the tagger sees that the entity finder left out (a party
 * called by a short name at the start of a sentence, "The Greens", "The AfW"): runs of proper
 * nouns, as organisations. Read once per sentence; owners are looked for among them.
 */
export function withUnlistedNames(tokens: readonly TaggedToken[], mentions: readonly EntityMention[], sentence: number): EntityMention[] {
  const names: EntityMention[] = [...mentions];
  for (let k = 0; k < tokens.length; k++) {
    if ((tokens[k]!.pos !== "PROPN" && !isListedName(tokens, k)) || mentions.some((m) => m.start <= tokens[k]!.start && tokens[k]!.end <= m.end)) continue;
    let end = k;
    while (tokens[end + 1]?.pos === "PROPN") end++;
    // One capitalised word at the head of a sentence is no sign of a name ("Officials said…"),
    // and a day or a month owns nothing ("burned 40,000 acres by Friday").
    if ((k === 0 && end === 0) || (end === k && (WEEKDAYS.has(tokens[k]!.lower) || MONTHS.has(tokens[k]!.lower)))) continue;
    const surface = tokens.slice(k, end + 1).map((t) => t.text).join(" ");
    names.push({ surface, type: "organization", key: entityKey(surface, "organization"), start: tokens[k]!.start, end: tokens[end]!.end, sentence });
    k = end;
  }
  return names;
}

/**
 * 'the Left — 7.9%', 'for the "Harvest" — 12%': a capitalised word inside a sentence, after a
 * determiner or in quotes, that a dash or a colon ties to a figure, names what the figure is
 * of, though the tagger reads a common word ("left", "harvest") as a verb or a noun.
 */
function isListedName(tokens: readonly TaggedToken[], k: number): boolean {
  const token = tokens[k]!;
  if (k === 0 || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
  const quoted = QUOTE_MARKS.has(tokens[k - 1]!.text) && QUOTE_MARKS.has(tokens[k + 1]?.text ?? "");
  if (!quoted && tokens[k - 1]!.pos !== "DET") return false;
  let next = quoted ? k + 2 : k + 1;
  if (!LIST_MARKS.has(tokens[next]?.text ?? "")) return false;
  next++;
  return tokens[next]?.pos === "NUM";
}

/** Marks that tie a listed name to its figure: "the Left — 7.9%", "Greens: 12%". */
const LIST_MARKS: ReadonlySet<string> = new Set(["—", "–", "-", ":"]);

/** What may stand between a name and its figure in a list with the verb left out. */
const LIST_GAP: ReadonlySet<string> = new Set(["—", "–", "-", ":", "(", ")"]);
/** Most gap tokens between a listed name and its figure: a quote mark and a dash. */
const MAX_LIST_GAP = 3;

/**
 * A figure right after a name, its verb left out: "the LF reached 21.3 percent, the RP 15.2
 * percent", "the Left — 7.9%".
 */
function namedRightBefore(tokens: readonly TaggedToken[], valueFirst: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  let k = valueFirst - 1;
  // 'the "Left" — 7.9%': the quote marks around a name are no gap either.
  while (k >= 0 && valueFirst - k <= MAX_LIST_GAP && (LIST_GAP.has(tokens[k]!.lower) || QUOTE_MARKS.has(tokens[k]!.text))) k--;
  const before = tokens[k];
  if (!before || ((before.pos === "VERB" || before.pos === "AUX") && !mentions.some((m) => m.start === before.start && m.end === before.end))) return undefined;
  // "the Labour Front of Chancellor Piet Holm - 15.2%": the party's figure, not its leader's.
  return phraseHead(tokens, k, mentions) ?? mentions.find((m) => m.end === before.end || (m.end === before.start && before.text === ")")) ?? classedName(tokens, k, mentions);
}

/** Quote marks a name may stand in before the noun that classes it: 'the "Greens" party'. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "”", "“", "'", "’"]);

/**
 * A name followed by the common noun that classes it, 'the "Harbour" party - 15.2%', "the Harbour
 * bloc - 15.2%": the figure is the name's. `k` is the noun's token.
 */
function classedName(tokens: readonly TaggedToken[], k: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  let at = k;
  while (at >= 0 && k - at < MAX_TRAILING_NOUNS && tokens[at]!.pos === "NOUN" && !mentionEndingAt(tokens, at, mentions)) at--;
  if (at === k) return undefined;
  if (QUOTE_MARKS.has(tokens[at]?.text ?? "")) at--;
  return mentionEndingAt(tokens, at, mentions) ? phraseHead(tokens, at, mentions) : undefined;
}

/** Words that tie a toll to a named event: "14 lives lost to the Ridgeline Fire", "dead from the Cedar Canyon fire". */
const EVENT_LINKS: ReadonlySet<string> = new Set(["in", "at", "from", "to", "by"]);
/** How far after a figure a place of its clause may still be named: "57 people were killed by the flooding in Marlow County". */
const CLAUSE_REACH = 8;

/**
 * Where a toll or tally was counted: a place (or a named event) linked to its noun ("deaths in
 * Porto Vell", "the death toll in the valley rose to 37", "were killed by the flooding in Marlow
 * County", "dead from the Ridgeline fire"). A casualty count belongs to a place, not to the clause's
 * subject ("an airliner crashed, killing 38" does not give the airline 38 dead). A place named
 * with others ("in the Cedar Canyon and Ridgeline fires") owns none of a total.
 */
export function placeOf(
  tokens: readonly TaggedToken[], valueFirst: number, valueEnd: number, mentions: readonly EntityMention[], events: readonly EntityMention[] = [],
): EntityMention | undefined {
  const places = [...events, ...mentions.filter((m) => m.type === "place")];
  if (tokens[valueEnd]?.lower !== "of") {
    const after = linkedInClause(tokens, valueEnd, places, events);
    if (after) return after;
  }
  for (let k = valueFirst - 1; k >= 0 && k >= valueFirst - 8; k--) {
    if (CLAUSE_MARKS.has(tokens[k]!.text)) break;
    // "the death toll in Porto Vell rose to 37"; "In Sarnia, 30 people died".
    if (tokens[k]!.lower !== "in" || (k > 0 && tokens[k - 1]!.pos !== "NOUN")) continue;
    const at = tokens[nameAfterLink(tokens, k)];
    const place = at ? places.find((m) => m.start === at.start) : undefined;
    if (place) return place;
  }
  return undefined;
}

/** Links that reach a place anywhere in the figure's clause; the other owner links only right after it. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(["in", "at"]);

/**
 * The first place linked after a figure, before its clause ends: "in"/"at" anywhere in the
 * clause, "of"/"for"/"among" right after the figure, and "from"/"to"/"by" for a named event only.
 */
function linkedInClause(tokens: readonly TaggedToken[], from: number, places: readonly EntityMention[], events: readonly EntityMention[]): EntityMention | undefined {
  for (let k = from; k < tokens.length && k < from + CLAUSE_REACH; k++) {
    const token = tokens[k]!;
    if (CLAUSE_MARKS.has(token.text) || token.text === "," || (CLAUSE_OPENERS.has(token.lower) && k > from)) return undefined;
    const near = k - from < 2;
    if (!CLAUSE_LINKS.has(token.lower) && !EVENT_LINKS.has(token.lower) && !(near && OWNER_LINKS.has(token.lower))) continue;
    const at = tokens[nameAfterLink(tokens, k)];
    const place = at ? places.find((m) => m.start === at.start) : undefined;
    if (!place) continue;
    const linked = CLAUSE_LINKS.has(token.lower) || events.includes(place) || (near && OWNER_LINKS.has(token.lower));
    if (!linked) continue;
    return namedWithOthers(tokens, place) ? undefined : place;
  }
  return undefined;
}

/** "the Cedar Canyon and Ridgeline fires": a name followed by "and" or a comma and another name. */
function namedWithOthers(tokens: readonly TaggedToken[], place: EntityMention): boolean {
  const next = tokens.findIndex((t) => t.start >= place.end);
  return next >= 0 && (tokens[next]!.lower === "and" || tokens[next]!.lower === "&") && tokens[next + 1]?.pos === "PROPN";
}

/**
 * The first token of the clause a value at `valueFirst` stands in. A short name in brackets after
 * a name ("The Civic Alliance (CA) won 23%") is part of the name, not a clause of its own.
 */
export function clauseStartOf(tokens: readonly TaggedToken[], valueFirst: number): number {
  for (let k = valueFirst - 1; k >= 0; k--) {
    const token = tokens[k]!;
    const open = token.text === ")" ? bracketOpening(tokens, k) : -1;
    if (open >= 0) {
      k = open;
      continue;
    }
    if (CLAUSE_MARKS.has(token.text) || (CLAUSE_OPENERS.has(token.lower) && k > 0 && tokens[k - 1]!.text === ",")) return k + 1;
  }
  return 0;
}

/** Longest bracket skipped as part of a name: "(CA)", "(Civic Alliance)". */
const MAX_BRACKETED_NAME = 4;

/** Where the bracket closed at `close` opens, when it holds a short name after a name; else -1. */
function bracketOpening(tokens: readonly TaggedToken[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= MAX_BRACKETED_NAME + 1; k--) {
    if (tokens[k]!.text === "(") return k > 0 && tokens[k - 1]!.pos === "PROPN" && tokens.slice(k + 1, close).every((t) => t.pos === "PROPN" || /^\p{Lu}/u.test(t.text)) ? k : -1;
  }
  return -1;
}

function linkedAfter(tokens: readonly TaggedToken[], from: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  if (!OWNER_LINKS.has(tokens[from]?.lower ?? "")) return undefined;
  const at = tokens[nameAfterLink(tokens, from)];
  return at ? mentions.find((m) => m.start === at.start) : undefined;
}

/**
 * The token a name linked by the word at `link` starts at: past a determiner and past who governs
 * the place ("in the Veldish-administered Norland" links Norland, as "in Norland" does).
 */
function nameAfterLink(tokens: readonly TaggedToken[], link: number): number {
  let k = link + 1;
  if (tokens[k]?.pos === "DET") k++;
  if (tokens[k + 1]?.text === "-" && GOVERNING_PARTICIPLES.has(tokens[k + 2]?.lower ?? "")) k += 3;
  return k;
}

/** The clause's subject among `mentions`: the last one before the value that a verb follows ("The Cedar Canyon Fire burned…"). */
export function subjectBefore(tokens: readonly TaggedToken[], valueFirst: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  const clauseStart = clauseStartOf(tokens, valueFirst);
  // "…quarterback Tom Briar, who threw for three touchdowns": the subject of a relative clause
  // is the name it hangs on.
  // A relative clause closed by a comma before the value ("The Harbor fire, which began in
  // Glenwood, has burned…") is an aside: the value is the main clause's.
  if (clauseStart >= 2 && RELATIVE_PRONOUNS.has(tokens[clauseStart - 1]!.lower) && tokens[clauseStart - 2]!.text === ",") {
    const inside = tokens.slice(clauseStart, valueFirst);
    if (inside.some((t) => t.pos === "VERB" || t.pos === "AUX") && !inside.some((t) => t.text === ",")) return antecedent(tokens, clauseStart - 2, mentions);
  }
  const from = tokens[clauseStart]?.start ?? Infinity;
  const to = tokens[valueFirst]?.start ?? -Infinity;
  // The subject stands right before a verb of the clause ("The Greens won", "Vidrek has scored"),
  // nearest verb first; a name before a comma or inside an aside is not the clause's subject.
  for (let k = valueFirst - 1; k >= clauseStart; k--) {
    const token = tokens[k]!;
    if (token.pos !== "VERB" && token.pos !== "AUX") continue;
    const mention = mentions.find((m) => m.end <= token.start && m.start >= from && m.end <= to && endsBefore(tokens, m, k) && !objectOfPreposition(tokens, m, token));
    if (mention) return mention;
  }
  return undefined;
}

/** What may come between a preposition and the name its phrase ends in: "with a 12-yard Statue Pass". */
const PHRASE_LEAD: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN"]);

/**
 * "Briar scored with a 12-yard Statue Pass after leading a 61-yard drive": a name a preposition
 * governs is no subject, even when the tagger reads the word after it as a verb. "of" is left
 * out ("the coalition of the Greens won…" keeps its name inside the subject), and so is a name
 * an -ing verb follows ("with quarterback Tom Briar leading a 61-yard drive": he leads it).
 */
function objectOfPreposition(tokens: readonly TaggedToken[], mention: EntityMention, verb: TaggedToken): boolean {
  if (verb.lower.endsWith("ing")) return false;
  let j = tokens.findIndex((t) => t.start >= mention.start) - 1;
  while (j >= 0 && (PHRASE_LEAD.has(tokens[j]!.pos) || tokens[j]!.text === "-")) j--;
  const before = tokens[j];
  return before !== undefined && before.pos === "ADP" && before.lower !== "of";
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "which"]);
/** Common nouns a name may carry before its relative clause: "the CDU/CSU bloc, which…". */
const MAX_TRAILING_NOUNS = 2;

/** The name a relative clause opened after the comma at `comma` hangs on (a noun or two after it allowed). */
function antecedent(tokens: readonly TaggedToken[], comma: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  let k = comma - 1;
  if (mentionEndingAt(tokens, k, mentions)) return phraseHead(tokens, k, mentions);
  while (k >= 0 && comma - 1 - k < MAX_TRAILING_NOUNS && tokens[k]!.pos === "NOUN") k--;
  return phraseHead(tokens, k, mentions);
}

/**
 * The name a noun phrase ending at token `last` is about: the name ending there, or, when that
 * name completes an "of" phrase ("the LF of Ana Ruiz and Piet Holm"), the name before "of".
 */
function phraseHead(tokens: readonly TaggedToken[], last: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  const head = mentionEndingAt(tokens, last, mentions);
  let first = head;
  // Back over "A and B" to an "of" that makes them the complement of an earlier name.
  for (let hops = 0; first && hops < MAX_LIST_HOPS; hops++) {
    let at = tokens.findIndex((t) => t.start >= first!.start) - 1;
    // "of the current Chancellor Piet Holm": a title before the name.
    for (let skipped = 0; skipped < MAX_TITLE_WORDS && TITLE_TAGS.has(tokens[at]?.pos ?? "") && tokens[at]!.lower !== "of"; skipped++) at--;
    const link = tokens[at]?.lower;
    if (link === "of") return mentionEndingAt(tokens, at - 1, mentions) ?? head;
    if (link !== "and" && link !== ",") break;
    first = mentionEndingAt(tokens, at - 1, mentions);
  }
  return head;
}

/** The mention whose last word is token `k` (or the word before a closing bracket there: "(AfW)"). */
function mentionEndingAt(tokens: readonly TaggedToken[], k: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  const token = tokens[k];
  if (!token) return undefined;
  const inner = token.text === ")" ? tokens[k - 1] : undefined;
  return mentions.find((m) => m.end === token.end || (inner !== undefined && m.end === inner.end));
}

const MAX_LIST_HOPS = 4;
/** Words of a title that may stand between "of" and a name: "the current Chancellor". */
const MAX_TITLE_WORDS = 3;
const TITLE_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN"]);

/**
 * The mention ends before token `k`, with only its own words, an apostrophe-s, its short name in
 * brackets or an aside between: "The Civic Alliance (CA), led by Ana Ruiz, came second with 23%"
 * is the alliance's figure, not its leader's.
 */
function endsBefore(tokens: readonly TaggedToken[], mention: EntityMention, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.start >= mention.end) {
    const token = tokens[j]!;
    const skipTo = token.text === ")" ? bracketOpening(tokens, j) : token.text === "," ? asideOpening(tokens, j) : -1;
    if (skipTo >= 0) {
      if (tokens[skipTo]!.start < mention.start) return false;
      j = skipTo - 1;
      continue;
    }
    if (token.pos !== "AUX" && token.pos !== "VERB" && token.pos !== "ADV" && token.pos !== "PART") return false;
    j--;
  }
  return true;
}

/** Longest aside between commas skipped between a subject and its verb. */
const MAX_ASIDE = 8;

/** Where an aside closed by the comma at `close` opens (its first comma), when it is short and holds no verb of its own tense; else -1. */
function asideOpening(tokens: readonly TaggedToken[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= MAX_ASIDE; k--) {
    if (tokens[k]!.text === ",") return k;
    if (CLAUSE_MARKS.has(tokens[k]!.text) || CLAUSE_OPENERS.has(tokens[k]!.lower) || tokens[k]!.pos === "AUX") return -1;
  }
  return -1;
}
