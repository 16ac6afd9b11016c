import type { Fact } from "../types.js";
import { formatDate } from "./date-words.js";

/**
 * Words for a reader instead of slot keys: "date: incident" → "date of the incident", "share:
 * Civic Union" → "Civic Union vote share", "voting delegate" → "voting delegates".
 */
export function slotLabel(key: string, subject?: string): string {
  const [head, rest] = splitKey(key);
  switch (head) {
    case "date":
      return rest === "unspecified" ? "date" : `date of the ${rest}`;
    case "place":
      return `place of the ${rest}`;
    case "role":
      return subject ?? rest;
    case "name":
      return rest;
    case "office":
      return `office of ${subject ?? titleCase(rest)}`;
    case "quote":
      if (rest === "unknown") return "quote (speaker not named)";
      return `quote by ${subject ?? titleCase(rest)}`;
    default:
      return frameLabel(head, subject ?? rest);
  }
}

/**
 * "share (2027)", "killed (2017)", "killed (2031-03-03)": a figure of an earlier year or of an
 * earlier event's day, labelled as its measure is, with the year or the day after it.
 */
const OF_EARLIER_TIME = /^(.+) \((\d{4})(-\d{2}-\d{2})?\)$/;

/** Frames: what was measured, and whose it is when the story has figures for several owners. */
function frameLabel(measure: string, owner: string): string {
  const earlier = OF_EARLIER_TIME.exec(measure);
  if (earlier) return `${frameLabel(earlier[1]!, owner)} ${earlier[3] ? "on" : "in"} ${formatDate(`${earlier[2]}${earlier[3] ?? ""}`)}`;
  const of = owner ? ` of ${owner}` : "";
  switch (measure) {
    case "share":
      return owner ? `${owner} vote share` : "vote share";
    case "poll":
      return owner ? `${owner} in the polls` : "poll share";
    case "seats":
    case "votes":
      return owner ? `${owner} ${measure}` : measure;
    case "age":
    case "prison sentence":
      return `${measure}${of}`;
    case "final score":
    case "score":
    case "deal value":
    case "turnout":
    case "amount":
      return measure;
    default:
      break;
  }
  if (measure.startsWith("times ")) return `${measure.slice("times ".length)} titles${owner ? ` (${owner})` : ""}`;
  // "item lost", "jewel recovered": what became of some of the things counted; the noun is plural.
  const outcome = OUTCOME_ENDING.exec(measure);
  if (outcome) return `${plural(outcome[1]!)} ${outcome[2]}${owner ? ` (${owner})` : ""}`;
  if (measure.endsWith(" value")) return `value of the ${plural(measure.slice(0, -" value".length))}${owner ? ` (${owner})` : ""}`;
  // "contained" (a share contained) is read as it is, not made plural; so are "which ballot" (one of
  // a series) and "derail time" (a moment, not a count).
  const words = NAMED_SLOTS.has(measure) || measure.endsWith("ed") || measure.startsWith("which ") || /(?:^| )time$/.test(measure) ? measure : plural(measure);
  return owner ? `${words} (${owner})` : words;
}

/** A measure of things lost or got back (analyze/frames/finders/outcome.ts): the noun, then the class. */
const OUTCOME_ENDING = /^(.+) (lost|recovered)$/;

/** Frames that are the point of a story when they appear (a result, a price, a sentence). */
const FRAME_HEADS: ReadonlySet<string> = new Set(["final score", "deal value", "prison sentence", "age", "share", "seats", "turnout"]);

/** Slots of the count and result finders, already read as English ("killed", "missing", "homes destroyed", "winner"). */
const NAMED_SLOTS: ReadonlySet<string> = new Set([
  "winner", "loser", "killed", "injured", "missing", "aboard", "survivors", "rescued", "evacuated", "displaced", "arrested", "affected",
  "capacity", "magnitude", "homes destroyed", "charged", "destination", "origin", "route",
  "earlier winner", "earlier loser", "finishing place", "birthplace", "headquarters", "majority threshold", "floor",
]);

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(":");
  return colon < 0 ? [key, ""] : [key.slice(0, colon).trim(), key.slice(colon + 1).trim()];
}

function titleCase(words: string): string {
  return words.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** English nouns whose plural is not made with -s. */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ["foot", "feet"], ["person", "people"], ["child", "children"], ["man", "men"], ["woman", "women"],
  ["tooth", "teeth"], ["mouse", "mice"], ["goose", "geese"], ["life", "lives"], ["wife", "wives"],
  ["knife", "knives"], ["leaf", "leaves"], ["half", "halves"], ["thief", "thieves"], ["criterion", "criteria"],
]);

/** The irregular plurals themselves: a measure framed from one ("crest in feet") is plural already. */
const IRREGULAR_PLURAL_FORMS: ReadonlySet<string> = new Set(IRREGULAR_PLURALS.values());

/**
 * A compass word after a distance ("mile west", "kilometre north-east"): the distance is the noun
 * to make plural, the direction stays ("miles west").
 */
const AFTER_DIRECTION = /^(.+) ((?:north|south)(?:-?(?:east|west))?|east|west)$/;

function plural(noun: string): string {
  const direction = AFTER_DIRECTION.exec(noun);
  if (direction) return `${plural(direction[1]!)} ${direction[2]}`;
  const last = noun.split(" ").at(-1)!;
  const irregular = IRREGULAR_PLURALS.get(last);
  if (irregular) return `${noun.slice(0, -last.length)}${irregular}`;
  if (IRREGULAR_PLURAL_FORMS.has(last)) return noun;
  // A measure ending in a name ("share in Vellmark") names one place or body: nothing to count.
  if (/^\p{Lu}\p{Ll}/u.test(last)) return noun;
  if (/(?:people|staff|personnel|police|data|media|crew|series|news)$/.test(noun)) return noun;
  // A measure framed from a plural ("drive yards", "seats won") is plural already: "yards", "votes";
  // a singular ending in -s keeps a vowel or another s before it ("bus", "gas", "loss").
  if (/(?:[^aeiosu]s|es)$/.test(last)) return noun;
  if (/(?:s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * How much a reader cares about a fact, most first: tolls and head counts, then when and where,
 * routes, people in office, other counts. Dates with no event, and the days something was said
 * (which statement is not told), say nothing on their own and are left to the JSON.
 */
export function factRank(fact: Fact): number {
  if (fact.key === "date: unspecified" || fact.key === "date: statement") return Infinity;
  // Named things (the river, the camp, who awards the prize) come after the figures and before quotes.
  if (fact.key.startsWith("name:")) return 5.5;
  if (fact.kind === "quantity" && fact.measure && !NAMED_SLOTS.has(fact.measure) && !FRAME_HEADS.has(fact.measure)) return 5;
  if (fact.kind === "quote") return 6;
  return { quantity: 0, date: 1, place: 2, route: 2, entity: 3, statement: 4, quote: 6 }[fact.kind];
}

/** Facts worth a line in a brief, most important first (stable within a rank). */
export function rankFacts(facts: Fact[]): Fact[] {
  return facts.filter((f) => factRank(f) !== Infinity).sort((a, b) => factRank(a) - factRank(b));
}

/**
 * The noun after a count's timeline ("12 → 87 → 140 dead"): how a reader says what was counted.
 * Slots not listed read as their key ("evacuated", "missing").
 */
const COUNT_NOUNS: Readonly<Record<string, string>> = { killed: "dead", survivors: "survivors", aboard: "aboard" };

export function countNoun(key: string, subject?: string): string {
  return COUNT_NOUNS[key] ?? slotLabel(key, subject);
}

/** A step whose reports carry no date: ordered by value, as such tallies move. */
export const UNDATED = "undated";

/**
 * A count that changed over days: "12 → 87 → 140 dead" and "9 Apr 2031 → 10 Apr 2031 → 11 Apr
 * 2031". When no step has a date the dates are "" (a row of "undated" tells a reader nothing).
 */
export function timelineLine(steps: { display: string; date: string | null; provisional?: boolean }[], key: string, subject?: string): { values: string; dates: string } {
  const shown = (s: { display: string; provisional?: boolean }) => (s.provisional ? `${s.display} (provisional)` : s.display);
  const dated = steps.some((s) => s.date);
  return { values: `${steps.map(shown).join(" → ")} ${countNoun(key, subject)}`, dates: dated ? steps.map((s) => (s.date ? formatDate(s.date) : UNDATED)).join(" → ") : "" };
}
