import type { Claim, EntityMention, Sentence } from "../../types.js";
import { UNIQUE_TITLES } from "../../lexicons/titles.js";
import { entityKey } from "../entities/key.js";
import { fullPersonKey } from "../entities/persons.js";
import { normalizeTitle } from "./titles.js";
import { widenToNameRuns } from "./name-runs.js";

/**
 * Who leads, who is to take an office, where someone was born, where a company has its seat:
 * - ROLE_LED_BY: "the Green League (GL), led by Ana Ruiz," → "role: leader of gl";
 * - ROLE_PARTY_OF: "the Green League (GL) of Ana Ruiz and Tom Briar" → both leaders of gl;
 * - ROLE_NEXT_HOLDER: "Ana Ruiz is expected to become chancellor", "likely to make Ana Ruiz the next
 *   president", "Ruiz has the best chance of becoming the next mayor" → "role: next chancellor";
 * - ROLE_BIRTHPLACE: "Born in Lakeport in 1960, Ruiz…", "Ruiz, who was born on 4 May 1960 in Lakeport",
 *   "Ruiz, a Lakeport-born engineer", "a native of Lakeport" → "birthplace", owned by the person;
 * - ROLE_HEADQUARTERS: "Westmark Steel will keep its headquarters in Lakeport" → "headquarters".
 * A story names a leader or a birthplace in passing and may name several, so none of these is
 * held against another value (`comparable: false`); reports that agree corroborate one fact.
 */
export function findRoleFrames(sentence: Sentence, mentions: readonly EntityMention[], all: readonly EntityMention[]): Claim[] {
  const names = widenToNameRuns(sentence, mentions);
  const personKey = (m: EntityMention) => (m.type === "person" ? fullPersonKey(m, [...all]) : m.key);
  return [ledBy, nextHolder, birthplace, headquarters].flatMap((finder) => finder(sentence, names, personKey));
}

type Finder = (sentence: Sentence, names: readonly EntityMention[], personKey: (m: EntityMention) => string) => Claim[];

/**
 * A word character as `\b` reads one under the flags `iu`: the ASCII ones, and the long s and the
 * Kelvin sign, which fold to "s" and "k". Spelled out so that the hint below matches what it
 * matched as `/\bled by\b|…/iu` without the `u` flag: case-insensitive Unicode matching made this
 * test, run on every sentence, seven times slower.
 */
const WORD_CHAR = String.raw`[\w\u017f\u212a]`;

/** A sentence that may hold one of these frames: read by the tagger only when it does. */
export const ROLE_FRAME_HINT = new RegExp(String.raw`(?<!${WORD_CHAR})(?:led by|becom(?:e|ing)|next|born|native of)(?!${WORD_CHAR})|\) of(?!${WORD_CHAR})|(?<!${WORD_CHAR})headquarter`, "i");
const TITLES = [...UNIQUE_TITLES].filter((t) => /^[a-z -]+$/.test(t)).sort((a, b) => b.length - a.length).join("|");

const PLACE_RULES: ReadonlySet<string> = new Set(["ROLE_BIRTHPLACE", "ROLE_HEADQUARTERS"]);

function claim(sentence: Sentence, key: string, value: EntityMention, personKey: (m: EntityMention) => string, span: { start: number; end: number }, rule: string, owner?: EntityMention): Claim {
  return {
    // A birthplace or a seat is a place even when only the tagger read its name.
    kind: PLACE_RULES.has(rule) ? "place" : "entity",
    key,
    value: personKey(value),
    display: value.surface,
    ...(owner ? { owner: personKey(owner) } : {}),
    comparable: false,
    sentence: sentence.index,
    span: { start: Math.min(span.start, value.start), end: Math.max(span.end, value.end) },
    rule,
  };
}

/** After the group's name: its acronym in brackets, a comma, "led by", a title or two, then the leader. */
const LED_BY_RE = /^ ?(?:\([^()]{1,20}\))?,? {1,2}led {1,2}by {1,2}(?:[\p{L}-]{1,30} {1,2}){0,3}?$/iu;
/**
 * The group is named by its acronym when the report gives one in brackets ("the Green League
 * (GL), led by"): reports name a party or a company by its short name far more often than in full.
 */
const ledBy: Finder = (sentence, names, personKey) => {
  const out: Claim[] = [];
  const bracketed = (m: EntityMention | undefined, after: EntityMention) => m !== undefined && /^\s*\($/.test(between(sentence, after, m));
  for (const [i, group] of names.entries()) {
    if (group.type === "person" || (i > 0 && bracketed(group, names[i - 1]!))) continue;
    const short = bracketed(names[i + 1], group) ? names[i + 1]! : undefined;
    const next = short ? names[i + 2] : names[i + 1];
    if (!next || next.type === "place") continue;
    const gap = between(sentence, group, next);
    if (LED_BY_RE.test(gap)) {
      out.push(claim(sentence, `role: leader of ${(short ?? group).key}`, asPerson(next), personKey, group, "ROLE_LED_BY"));
      continue;
    }
    // "the Green League (GL) of Ana Ruiz and Tom Briar": a party named with its acronym, then
    // "of" and the people who lead it (co-leaders, one claim each). Only people the entity
    // finder read or a tagger's name shaped like one: "the family of …" names no party.
    if (!short || !isPersonName(next) || !OF_LEADERS_RE.test(gap)) continue;
    const leaders = [next];
    const after = names[names.indexOf(next) + 1];
    if (after && isPersonName(after) && /^ and $/.test(between(sentence, next, after))) leaders.push(after);
    for (const leader of leaders) out.push(claim(sentence, `role: leader of ${short.key}`, asPerson(leader), personKey, group, "ROLE_PARTY_OF"));
  }
  return out;
};

/** After the group's bracketed acronym: "of" right before the first leader's name. */
const OF_LEADERS_RE = /^\s?\([^()]{1,20}\) of $/;

/** "is expected to become (the) (next) chancellor", "will be the next mayor": after the person's name. */
const NEXT_AFTER_RE = new RegExp(
  `^(?:\\s*,[^,]{1,40},)?\\s+(?:now\\s+)?(?:(?:is|was|are|looks|seems)\\s+(?:\\p{L}+\\s+)?(?:expected|set|likely|poised|tipped|due|on\\s+course|on\\s+track)\\s+to\\s+(?:become|be)|will\\s+(?:become|be)|has\\s+(?:the\\s+|a\\s+)?(?:\\p{L}+\\s+)?chances?\\s+of\\s+becoming)\\s+(?:the\\s+)?(?:country['’]s\\s+)?(?:next\\s+|new\\s+)?(${TITLES})\\b`,
  "iu",
);
/** "make Ana Ruiz the next president": before the person's name. */
const NEXT_BEFORE_RE = /\bmak(?:e|es|ing)\s+$/i;
const NEXT_TITLE_AFTER_RE = new RegExp(`^\\s+(?:the\\s+)?(?:next|new)\\s+(${TITLES})\\b`, "iu");

const nextHolder: Finder = (sentence, names, personKey) => {
  const out: Claim[] = [];
  for (const name of names) {
    if (name.type === "place") continue;
    const person = asPerson(name);
    const rest = sentence.text.slice(person.end - sentence.start);
    const title = NEXT_AFTER_RE.exec(rest) ?? (NEXT_BEFORE_RE.test(sentence.text.slice(0, person.start - sentence.start)) ? NEXT_TITLE_AFTER_RE.exec(rest) : null);
    if (!title) continue;
    out.push(claim(sentence, `role: next ${normalizeTitle(title[1]!)}`, person, personKey, { start: person.start, end: person.end + title.index + title[0].length }, "ROLE_NEXT_HOLDER"));
  }
  return out;
};

/** "born in", "born on 4 May 1960 in", "a native of" before the place; "-born" right after it ("Lakeport-born"). */
const BORN_IN_RE = /\b(?:born {1,2}(?:on [^,.;]{1,30}? )?in|native {1,2}of) {1,2}(?:the )?$/i;
const BORN_AFTER_RE = /^-born\b/;

/** The person born there: the nearest name of a person before the place, else the first after ("Born in X, …"). */
const birthplace: Finder = (sentence, names, personKey) => {
  const out: Claim[] = [];
  for (const [i, place] of names.entries()) {
    if (place.type === "person") continue;
    const before = sentence.text.slice(0, place.start - sentence.start);
    // A place the entity finder read, or any name glued to "-born" (the finder stops at the hyphen).
    if (!(place.type === "place" && BORN_IN_RE.test(before)) && !BORN_AFTER_RE.test(sentence.text.slice(place.end - sentence.start))) continue;
    const person = nearestPerson(names.slice(0, i).reverse()) ?? nearestPerson(names.slice(i + 1));
    if (!person) continue;
    out.push(claim(sentence, "birthplace", place, personKey, place, "ROLE_BIRTHPLACE", asPerson(person)));
  }
  return out;
};

/** "headquartered in", "(its) headquarters (will stay) in": a few words allowed between. */
const HEADQUARTERS_RE = /\bheadquarter(?:s|ed)\b(?:\s+(?:will\s+|would\s+)?(?:stay|stays|remain|remains|be|is))?\s+in\s+(?:the\s+)?$/i;

const headquarters: Finder = (sentence, names, personKey) => {
  const out: Claim[] = [];
  for (const [i, place] of names.entries()) {
    if (place.type !== "place" || !HEADQUARTERS_RE.test(sentence.text.slice(0, place.start - sentence.start))) continue;
    const owner = names.slice(0, i).reverse().find((m) => m.type === "organization");
    out.push(claim(sentence, "headquarters", place, personKey, place, "ROLE_HEADQUARTERS", owner));
  }
  return out;
};

/**
 * The entity finder knows many names as people; the tagger's other names are typed organisations.
 * Where the frame itself says a person is meant (a leader, an office holder, someone born), such a
 * name is keyed as a person's.
 */
function asPerson(m: EntityMention): EntityMention {
  return m.type === "person" ? m : { ...m, type: "person", key: entityKey(m.surface, "person") };
}

/** A person the entity finder read, or a tagger's name of two capitalised words ("Ana Ruiz"). */
function isPersonName(m: EntityMention): boolean {
  return m.type === "person" || (m.type === "organization" && PERSON_SHAPE_RE.test(m.surface));
}

const PERSON_SHAPE_RE = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;

/** The first person of `names`, else the first name the entity finder did not type (a tagger's name). */
function nearestPerson(names: readonly EntityMention[]): EntityMention | undefined {
  return names.find((m) => m.type === "person") ?? names.find((m) => m.type === "organization" && PERSON_SHAPE_RE.test(m.surface));
}

function between(sentence: Sentence, a: EntityMention, b: EntityMention): string {
  return sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
}
