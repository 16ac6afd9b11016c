import type { Claim, EntityMention, Sentence } from "../../../types.js";
import type { NamedEvent } from "./named-events.js";

/**
 * FRAME_EVENT_PLACE: where a named event happened, told in its own clause: "the Ridgeline Fire
 * broke out on Tuesday in Fernhill", "the Ridgeline Fire in Fernhill", "the Cedar Flood caused
 * devastation near Eastport". The first place after "in", "near" or "at" before the clause ends
 * or another event is named. Its slot is the event's ("place: ridgeline fire"), so two events of a
 * story keep their places apart; never held against another value (an event spreads to places).
 */
export function findEventPlaces(sentence: Sentence, events: readonly NamedEvent[], mentions: readonly EntityMention[]): Claim[] {
  const claims: Claim[] = [];
  for (const event of events) {
    const start = event.mention.end - sentence.start;
    const stop = CLAUSE_END_RE.exec(sentence.text.slice(start));
    const limit = event.mention.end + (stop ? stop.index : sentence.text.length - start);
    const nextEvent = events.find((e) => e.mention.start >= event.mention.end)?.mention.start ?? Infinity;
    const place = mentions.find((m) => m.type === "place" && m.start > event.mention.end && m.end <= Math.min(limit, nextEvent)
      && PREPOSITION_RE.test(sentence.text.slice(Math.max(0, m.start - sentence.start - 8), m.start - sentence.start))
      && !events.some((e) => e.mention.start <= m.start && m.end <= e.mention.end));
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
const PREPOSITION_RE = /\b(?:in|near|at)\s+(?:the\s+)?$/i;
/** A comma, a dash or a word that opens another clause ends the event's own. */
const CLAUSE_END_RE = /[,;:—–(]|\s(?:and|after|before|when|while|which|who|where|since|because|but|as)\s/i;

function wordsBetween(sentence: Sentence, from: number, to: number): number {
  return sentence.text.slice(from - sentence.start, to - sentence.start).split(/\s+/).filter(Boolean).length;
}
