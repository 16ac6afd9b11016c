import type { Claim, EntityMention } from "../../types.js";
import type { FinderInput } from "../finder-input.js";
import { fullPersonKey } from "../entities/persons.js";

/** A sentence that may name who made an announcement: read further only when it does. */
const ANNOUNCE_HINT = /\bannounce(?:d|ment)\b/i;

/**
 * Before the person: "was announced (at dusk) by (Judge) X", "the announcement by X":
 * "announced" and "by" within a few words, titles between "by" and the name.
 */
const BY_BEFORE_RE = /\bannounce(?:d|ment)\b(?:[ \p{L}'’.-]{0,60}? )?by (?:\p{Lu}[\p{L}.]* ){0,4}$/u;
/** After the person: "X (, the chief judge,) delivered the announcement". */
const MADE_AFTER_RE = /^(?:, [^,]{1,60})?,? (?:made|delivered|read out|read) the (?:\p{L}+ )?announcement\b/u;

/**
 * ROLE_ANNOUNCER: the person a report names as the one who made the announcement of the event
 * ("was announced at dusk by Judge Ana Ruiz", "the announcement by Ruiz", "Ana Ruiz, the
 * chief judge, delivered the formal announcement"). One person makes the announcement a story tells
 * of, so two reports that name different people for it contradict each other (names of one person
 * are merged by the entity index first).
 */
export function findAnnouncers(input: FinderInput): Claim[] {
  const out: Claim[] = [];
  for (const person of input.entities) {
    if (person.type !== "person") continue;
    const sentence = input.sentences[person.sentence];
    if (!sentence || !ANNOUNCE_HINT.test(sentence.text)) continue;
    const before = input.text.slice(sentence.start, person.start);
    const after = input.text.slice(person.end, sentence.end);
    const by = BY_BEFORE_RE.exec(before);
    const made = by ? null : MADE_AFTER_RE.exec(after);
    if (!by && !made) continue;
    const start = by ? sentence.start + by.index : person.start;
    const end = made ? person.end + made[0].length : person.end;
    out.push(claimOf(person, input.entities, start, end));
  }
  return out;
}

function claimOf(person: EntityMention, entities: readonly EntityMention[], start: number, end: number): Claim {
  return {
    kind: "entity",
    key: "role: announcer",
    value: fullPersonKey(person, entities),
    display: person.surface,
    sentence: person.sentence,
    span: { start, end },
    rule: "ROLE_ANNOUNCER",
  };
}
