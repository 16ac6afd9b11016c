import {
  ATTRIBUTION_SUBJECT_MAX, CIRCUMSTANCE_CLASSES, CIRCUMSTANCE_PREPOSITIONS, COMPARISON_CUES, YEAR_COMPARISON_CUES, COMPARISON_WINDOW, EVENT_MODIFIED_NOUNS, EVENT_PHRASES, EVENT_WORDS, WEAK_TRIGGER_WINDOW,
  type EventClass, type EventTriggerEntry,
} from "../lexicons/events.js";
import { MONTHS, WEEKDAYS } from "../lexicons/calendar.js";
import { LastArticleCache, defineTokenRole, indexPhrases, matchPhrase, tokensOf, type Token } from "./claim-tokens.js";
import type { FinderInput } from "./finder-input.js";

/** One event word or phrase in a sentence, with the class its date and place claims are keyed by. */
export interface EventTrigger {
  /** Token range, end exclusive. */
  start: number;
  end: number;
  cls: EventClass;
  weak: boolean;
}

const PHRASE_INDEX = indexPhrases(EVENT_PHRASES);
/** Every word a trigger can start with; other tokens are skipped with one lookup. */
const TRIGGER_START = defineTokenRole([...EVENT_WORDS.keys(), ...PHRASE_INDEX.keys()]);

const cache = new LastArticleCache((input) => tokensOf(input).map((tokens) => findEventTriggers(tokens)));

/** Event triggers of every sentence of the input, by sentence index (computed once per article). */
export function triggersOf(input: FinderInput): EventTrigger[][] {
  return cache.get(input);
}

/** Event triggers of one sentence, weak ones already given the class of a strong neighbour. */
export function findEventTriggers(tokens: readonly Token[]): EventTrigger[] {
  const found: EventTrigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word" || !(token.roles & TRIGGER_START) || !mayBeTrigger(tokens, i)) continue;
    const phrase = matchPhrase(tokens, i, PHRASE_INDEX);
    const entry: EventTriggerEntry | undefined = phrase?.value ?? EVENT_WORDS.get(token.lower);
    if (!entry) continue;
    const length = phrase?.words.length ?? 1;
    if (EVENT_MODIFIED_NOUNS.has(tokens[i + length]?.lower ?? "")) continue;
    found.push({ start: i, end: i + length, cls: entry.cls, weak: entry.weak === true || isCircumstance(tokens, i, entry.cls) });
    i += length - 1;
  }
  return adoptStrongClasses(found);
}

/**
 * A capitalised word is a trigger only at the start of the sentence or when it is not part of a
 * name: "Downing Street", "Met Office" and "Summit County" are followed by another capital.
 */
function mayBeTrigger(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!token.cap) return true;
  if (i === 0) return true;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  return !(next?.kind === "word" && next.cap) && !(previous?.kind === "word" && previous.cap && i > 1);
}

/** "capsized in a storm", "amid the floods": a hazard after "in/amid/during (a|the) (adjectives)". */
function isCircumstance(tokens: readonly Token[], i: number, cls: EventClass): boolean {
  if (!CIRCUMSTANCE_CLASSES.has(cls)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const word = tokens[k]!.lower;
    if (CIRCUMSTANCE_PREPOSITIONS.has(word)) return true;
    if (tokens[k]!.kind !== "word" || tokens[k]!.cap || EVENT_WORDS.has(word)) return false;
  }
  return false;
}

/** "the quake struck": a weak trigger takes the class of a strong, non-statement trigger near it. */
function adoptStrongClasses(triggers: EventTrigger[]): EventTrigger[] {
  for (const trigger of triggers) {
    if (!trigger.weak) continue;
    let best: EventTrigger | undefined;
    let bestDistance = Infinity;
    for (const other of triggers) {
      if (other.weak || other.cls === "statement") continue;
      const distance = tokenDistance(other, trigger.start, trigger.end);
      if (distance <= WEAK_TRIGGER_WINDOW && distance < bestDistance) {
        best = other;
        bestDistance = distance;
      }
    }
    if (best) trigger.cls = best.cls;
  }
  return triggers;
}

/** Tokens between a trigger and a token range (0 when they touch or overlap). */
export function tokenDistance(trigger: EventTrigger, start: number, end: number): number {
  if (trigger.end <= start) return start - trigger.end;
  if (trigger.start >= end) return trigger.start - end;
  return 0;
}

/**
 * The trigger nearest to a token range. A weak trigger counts half a token further, so a strong
 * trigger at the same distance wins. `exclude` drops classes (statements, for places).
 */
export function nearestTrigger(
  triggers: readonly EventTrigger[],
  start: number,
  end: number,
  exclude?: ReadonlySet<EventClass>,
): EventTrigger | undefined {
  let best: EventTrigger | undefined;
  let bestScore = Infinity;
  for (const trigger of triggers) {
    if (exclude?.has(trigger.cls)) continue;
    const score = tokenDistance(trigger, start, end) + (trigger.weak ? 0.5 : 0);
    if (score < bestScore) {
      best = trigger;
      bestScore = score;
    }
  }
  return best;
}

/** The trigger starting at token `at`, if one does. */
export function triggerAt(triggers: readonly EventTrigger[], at: number): EventTrigger | undefined {
  return triggers.find((trigger) => trigger.start === at);
}

/**
 * Whether the words before token `at` introduce another, earlier event the report compares with
 * ("comparing the incident to the 2014 downing …", "higher than that of Storm Vela"): such dates
 * and places are not claims. So is an event word in an apposition that describes a compared
 * event ("… than that of Storm Vela, a hurricane that made landfall in X in 2009"): it tells of
 * that event.
 */
export function isComparedEvent(tokens: readonly Token[], at: number): boolean {
  if (comparedBefore(tokens, at)) return true;
  const described = describedAt(tokens, at);
  return described >= 0 && comparedBefore(tokens, described);
}

function comparedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = Math.max(0, at - COMPARISON_WINDOW); k < at; k++) {
    const word = tokens[k]!.lower;
    if (COMPARISON_CUES.some((cue) => word.startsWith(cue))) return true;
    if (YEAR_COMPARISON_CUES.has(word) && isYearAt(tokens, tokens[k + 1]?.lower === "in" ? k + 2 : k + 1)) return true;
    if (word === "than" && isNameAfterThan(tokens, k + 1)) return true;
  }
  return false;
}

/** "than Storm Vela", "than that of Storm Vela", "than those of the Marlow Flood": a named thing compared with. */
function isNameAfterThan(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if ((tokens[k]?.lower === "that" || tokens[k]?.lower === "those") && tokens[k + 1]?.lower === "of") k += 2;
  if (tokens[k]?.lower === "the") k++;
  const word = tokens[k];
  return word?.kind === "word" && word.cap && !MONTHS.has(word.lower) && !WEEKDAYS.has(word.lower) && word.lower !== "i";
}

/**
 * Where the thing a clause holding token `at` describes is named, or -1. The nearest comma before
 * `at` (no clause mark between) opens either an apposition ("a", "an", "the") to capitalised words
 * right before it ("Storm Vela, a hurricane that made landfall …": Storm), or a "when"/"where"
 * clause of what stands before it ("since 2009, when a jet crashed in X": the comma, so "since
 * 2009" is read before it).
 */
function describedAt(tokens: readonly Token[], at: number): number {
  let comma = at - 1;
  while (comma >= 0 && tokens[comma]!.text !== "," && !APPOSITION_STOPS.has(tokens[comma]!.text)) comma--;
  if (comma < 1 || tokens[comma]!.text !== ",") return -1;
  const opener = tokens[comma + 1]?.lower ?? "";
  if (RELATIVE_ADVERBS.has(opener)) return comma;
  if (!ARTICLES.has(opener)) return -1;
  let head = comma;
  while (head > 0 && tokens[head - 1]!.kind === "word" && tokens[head - 1]!.cap) head--;
  return head < comma ? head : -1;
}

const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(["when", "where"]);
/** Marks that end a clause before an apposition could open. */
const APPOSITION_STOPS: ReadonlySet<string> = new Set([".", ";", ":", "(", ")", "—", "–"]);
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

function isYearAt(tokens: readonly Token[], at: number): boolean {
  return /^(?:19|20)\d\d$/.test(tokens[at]?.text ?? "");
}

/**
 * A statement verb in an attribution tag (", officials said." / ", provincial officials said, and
 * …"): after a comma and a short subject, and followed by a comma, a full stop or nothing.
 */
export function isAttributionTag(tokens: readonly Token[], trigger: EventTrigger): boolean {
  if (trigger.cls !== "statement") return false;
  const after = tokens[trigger.end];
  if (after && after.text !== "," && after.text !== "." && after.text !== ";") return false;
  for (let k = trigger.start - 1; k >= Math.max(0, trigger.start - 1 - ATTRIBUTION_SUBJECT_MAX); k--) {
    if (tokens[k]!.text === ",") return true;
  }
  return false;
}
