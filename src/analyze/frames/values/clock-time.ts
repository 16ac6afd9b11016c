import type { Claim, EntityMention, Sentence } from "../../../types.js";
import { ownerOf } from "../owners/index.js";
import type { TaggedSentence, TaggedToken } from "../tagger.js";

/**
 * A time of day something happened at: "at 10 am", "at about 7:52 p.m.", "at 16:12 CET", "shortly
 * after 3pm Westmark time". A time needs "a.m."/"p.m." or minutes after a colon, and a preposition or
 * a qualifier before it; a zone other than local time is its unit (times in two zones are not
 * compared).
 */
const CLOCK = /\b(at\s+|by\s+|from\s+|until\s+)?(?:(about|around|approximately|roughly|shortly after|just after|shortly before|just before)\s+)?(\d{1,2})(?:[:.](\d{2}))?(?:\s?([ap]\.?\s?m\b\.?|[AP]\.?\s?M\b\.?))?(?:\s+([A-Z]?[a-z]+ time|[A-Z]{2,4}\b))?/g;
/** How far before "at" the verb of the time is looked for ("opened to the public at 9 am"). */
const VERB_WINDOW = 5;
/** Verbs that say when the event itself happened: one frame, whichever a report uses. */
const EVENT_VERBS: ReadonlySet<string> = new Set(["happen", "occur", "strike", "hit", "collide", "crash", "erupt", "explode", "begin", "start", "break"]);
/** Minutes either side that "about 9 pm" allows; "shortly after 9" allows this many after. */
export const CLOCK_SLACK_MINUTES = 15;
export const CLOCK_SHORTLY_MINUTES = 30;

/**
 * Times of day in a sentence, each framed by the verb it tells the time of and the verb's object
 * ("the gallery opened at 10:30 a.m." → "open time" of the gallery; "left the track at 4:40 a.m." →
 * "leave track time"; "the crash happened at 7:52 p.m." → the event's "time"), whose owner is read
 * as for counts. A time with no verb before it is left out.
 */
export function findClockFrames(sentence: Sentence, tagged: TaggedSentence, mentions: readonly EntityMention[]): Claim[] {
  const out: Claim[] = [];
  for (const match of sentence.text.matchAll(CLOCK)) {
    const [, preposition, qualifier, hourText, minuteText, meridiem, zone] = match;
    if ((!meridiem && !minuteText) || (!preposition && !qualifier)) continue;
    const minutes = minutesOf(Number(hourText), Number(minuteText ?? 0), meridiem);
    if (minutes === undefined) continue;
    const start = sentence.start + match.index! + match[0].indexOf(qualifier ?? hourText!);
    const end = sentence.start + match.index! + match[0].length;
    const frame = verbFrame(tagged.tokens, start, mentions);
    if (!frame) continue;
    const unit = zone && zone.toLowerCase() !== "local time" ? zone.toLowerCase() : undefined;
    out.push({
      kind: "quantity",
      key: frame.measure,
      measure: frame.measure,
      value: `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`,
      number: minutes,
      display: sentence.text.slice(start - sentence.start, end - sentence.start).trim(),
      valueType: "clock",
      ...(unit ? { unit } : {}),
      ...(frame.owner ? { owner: frame.owner.key } : {}),
      ...(qualifier ? { qualifier: qualifier.toLowerCase() } : {}),
      comparable: true,
      sentence: sentence.index,
      span: { start, end },
      rule: "FRAME_CLOCK",
    });
  }
  return out;
}

function minutesOf(hour: number, minute: number, meridiem: string | undefined): number | undefined {
  if (minute > 59) return undefined;
  if (!meridiem) return hour <= 23 ? hour * 60 + minute : undefined;
  if (hour < 1 || hour > 12) return undefined;
  const pm = meridiem.toLowerCase().startsWith("p");
  return ((hour % 12) + (pm ? 12 : 0)) * 60 + minute;
}

/** The verb before the time and the measure it names, with its owner. */
function verbFrame(tokens: readonly TaggedToken[], start: number, mentions: readonly EntityMention[]): { measure: string; owner?: EntityMention } | null {
  const at = tokens.findIndex((t) => t.start >= start);
  if (at < 0) return null;
  for (let k = at - 1; k >= Math.max(0, at - VERB_WINDOW); k--) {
    const token = tokens[k]!;
    if (token.pos === "PUNCT") return null;
    if (token.pos !== "VERB") continue;
    const event = EVENT_VERBS.has(token.lemma) || (token.lemma === "take" && tokens[k + 1]?.lower === "place");
    if (event) return { measure: "time" };
    const owner = ownerOf(tokens, k, k + 1, mentions);
    const object = directObject(tokens, k + 1, at);
    return { measure: [token.lemma, object, "time"].filter(Boolean).join(" "), ...(owner ? { owner } : {}) };
  }
  return null;
}

/**
 * The noun a verb takes before the time ("left the track at 4:40" is not "left Halden at 6:15"):
 * it tells two acts of one verb apart.
 */
function directObject(tokens: readonly TaggedToken[], from: number, to: number): string | undefined {
  const k = tokens[from]?.pos === "DET" ? from + 1 : from;
  const noun = k < to ? tokens[k] : undefined;
  return noun && (noun.pos === "NOUN" || noun.pos === "PROPN") ? noun.lemma : undefined;
}
