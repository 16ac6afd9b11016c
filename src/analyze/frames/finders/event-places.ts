import type { Claim, EntityMention, Sentence } from "../../../types.js";
import { PLACE_DESCRIPTORS, PLACE_NOUNS_BEFORE_OF } from "../../../lexicons/place-words.js";
import type { NamedEvent } from "./named-events.js";
import { titledNameAt } from "../../roles/titles.js";

/**
 * FRAME_EVENT_PLACE: where a named event happened, told in its own clause: "the Ridgeline Fire
 * broke out on Tuesday in Fernhill", "the Ridgeline Fire in Fernhill", "the Cedar Flood caused
 * devastation near Eastport", "the Ridgeline Fire in the hill town of Fernhill", or in a clause
 * that only places it ("the Ridgeline fire, which began in Fernhill,", "the Cedar fire, starting
 * in Eastport,"). The first place after "in", "near" or "at" before the clause ends or another
 * event is named, and not one that says whose officer a person is ("at Westmark Gov. Jane Doe's
 * request"). Its slot is the event's ("place: ridgeline fire"), so two events of a story keep
 * their places apart; never held against another value (an event spreads to places).
 */
export function findEventPlaces(sentence: Sentence, events: readonly NamedEvent[], mentions: readonly EntityMention[]): Claim[] {
  const claims: Claim[] = [];
  for (const event of events) {
    const after = sentence.text.slice(event.mention.end - sentence.start);
    const opener = PLACE_ONLY_CLAUSE_RE.exec(after);
    const start = event.mention.end - sentence.start + (opener ? opener[0].length : 0);
    const stop = CLAUSE_END_RE.exec(sentence.text.slice(start));
    const limit = sentence.start + start + (stop ? stop.index : sentence.text.length - start);
    const nextEvent = events.find((e) => e.mention.start >= event.mention.end)?.mention.start ?? Infinity;
    const place = mentions.find((m) => m.type === "place" && m.start > event.mention.end && m.end <= Math.min(limit, nextEvent)
      && placedByPreposition(sentence.text.slice(Math.max(0, m.start - sentence.start - LOOKBACK_CHARS), m.start - sentence.start))
      && !events.some((e) => e.mention.start <= m.start && m.end <= e.mention.end)
      && !titledNameAt(sentence.text, m.end - sentence.start));
    if (!place || wordsBetween(sentence, event.mention.end, place.start) > MAX_WORDS) continue;
    claims.push({
      kind: "place",
      key: `place: ${event.mention.surface.toLowerCase()}`,
      value: place.key,
      display: place.surface,
      comparable: false,
      sentence: sentence.index,
      span: { start: event.mention.start, end: place.end },
      rule: "FRAME_EVENT_PLACE",
    });
  }
  return claims;
}

/** How far (words) after the event's name its place may be told. */
const MAX_WORDS = 10;
/** How far (characters) before a place its preposition and descriptor are read ("in the small coastal community of "). */
const LOOKBACK_CHARS = 48;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "near", "at"]);
/** Nouns that name what kind of place follows "of": the place descriptors, and "community" (a neighbourhood or small town). */
const DESCRIPTOR_BEFORE_OF: ReadonlySet<string> = new Set([...PLACE_DESCRIPTORS, ...PLACE_NOUNS_BEFORE_OF]);
/** Words that may describe the kind of place ("the small coastal community of"): at most this many. */
const MAX_DESCRIPTOR_ADJECTIVES = 2;
/** Words that end such a description: an article or a preposition is where it starts. */
const NOT_ADJECTIVES: ReadonlySet<string> = new Set(["the", "a", "an", "of", "in", "near", "at", "and", "or"]);
/** A comma, a dash or a word that opens another clause ends the event's own. */
const CLAUSE_END_RE = /[,;:—–(]|\s(?:and|after|before|when|while|which|who|where|since|because|but|as)\s/i;
/**
 * A clause right after the event's name that only says where it began: ", which began in X",
 * ", starting in X". The place in it is the event's, though a comma opens it.
 */
const PLACE_ONLY_CLAUSE_RE = /^\s*,\s*(?:(?:which|that)\s+(?:began|started|broke\s+out|erupted|ignited|originated|took\s+place|happened|occurred)|starting|beginning|breaking\s+out|originating|igniting)\s+/i;

/**
 * The words before a place put the event there: "in", "near" or "at", then "the" or "a" and, when
 * the place is named as a kind of place, its descriptor and "of" ("in the coastal community of X",
 * "near the town of X").
 */
function placedByPreposition(before: string): boolean {
  const words = before.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.at(-1) === "of" && DESCRIPTOR_BEFORE_OF.has(words.at(-2) ?? "")) {
    words.splice(-2);
    for (let n = 0; n < MAX_DESCRIPTOR_ADJECTIVES && isAdjectiveLike(words.at(-1)); n++) words.pop();
  }
  if (words.at(-1) === "the" || words.at(-1) === "a") words.pop();
  return PLACE_PREPOSITIONS.has(words.at(-1) ?? "");
}

function isAdjectiveLike(word: string | undefined): boolean {
  return word !== undefined && /^[a-z][a-z-]*$/.test(word) && !NOT_ADJECTIVES.has(word);
}

function wordsBetween(sentence: Sentence, from: number, to: number): number {
  return sentence.text.slice(from - sentence.start, to - sentence.start).split(/\s+/).filter(Boolean).length;
}
