import type { Claim, EntityMention } from "../../types.js";
import { COUNTRY_KEYS } from "../../lexicons/countries.js";
import type { FinderInput } from "../finder-input.js";
import { fullPersonKey } from "../entities/persons.js";
import {
  APPOSITIVE_OPEN_RE, APPOSITIVE_TITLE_OF_RE, isSingleHolderTitle, normalizeTitle, QUALIFIED_TITLE_AFTER_RE, TITLE_BEFORE_NAME_RE,
} from "./titles.js";

/**
 * Role claims: who holds an office, as each report names them. Key "role: <title> of <country or
 * organisation key>", value the person's key, so a report that gives the office another name stands
 * out. Rules:
 * - ANALYZE_ROLE_TITLE_NAME: "Russian President Vladimir Putin", "Azerbaijani Airlines CEO Jane Doe";
 * - ANALYZE_ROLE_POSSESSIVE_TITLE_NAME: "Azerbaijan's President Ilham Aliyev";
 * - ANALYZE_ROLE_NAME_OF: "President Vladimir Putin of Russia", "Mayor Jane Smith of Springfield";
 * - ANALYZE_ROLE_COUNTRY_REFERENCE: "the country's health minister, Maria Lopez" (the country is the
 *   nearest country named before);
 * - ANALYZE_ROLE_APPOSITIVE: "Mohammad Hosseini, the governor of South Khorasan", "Jane Doe, Jordan's
 *   foreign minister,".
 * - ANALYZE_ROLE_TITLE_ONLY: "Chancellor Piet Brandt", "coach Mark Dell": a title with no country or
 *   organisation is too vague to compare across reports (a story names a chancellor of one country
 *   and of another), so it is a fact of the story (who was named for the office) that is never held
 *   against another name (`comparable: false`).
 * Offices many people hold ("minister", "spokesman", "deputy …") and past holders ("former …")
 * give no claim.
 */
export function findRoleClaims(input: FinderInput): Claim[] {
  const { text, sentences, entities } = input;
  const claims: Claim[] = [];
  for (let i = 0; i < entities.length; i++) {
    const person = entities[i]!;
    if (person.type !== "person") continue;
    const sentence = sentences[person.sentence];
    if (!sentence) continue;
    const found = titleBeforeName(text, entities, i, sentence.start) ?? appositiveTitle(text, entities, i, sentence.end);
    if (!found) continue;
    claims.push({
      kind: "entity",
      key: found.qualifier ? `role: ${found.role} of ${found.qualifier.key}` : `role: ${found.role}`,
      value: fullPersonKey(person, entities),
      display: person.surface,
      ...(found.qualifier ? {} : { comparable: false }),
      sentence: person.sentence,
      span: { start: Math.min(found.start, person.start), end: Math.max(found.end, person.end) },
      rule: found.qualifier?.rule ?? "ANALYZE_ROLE_TITLE_ONLY",
    });
  }
  return claims;
}

/** "former", "ex-", "the late" right before a role phrase: its holder no longer holds the office. */
const PAST_HOLDER_BEFORE_RE = /\b(?:former|ex-?|late)\s*$/i;

interface FoundRole {
  role: string;
  /** The country or organisation of the office; none for a bare title ("Chancellor Piet Brandt"). */
  qualifier: Qualifier | null;
  /** Span of the whole role phrase, with the name. */
  start: number;
  end: number;
}

/** A title phrase right before the name, qualified before the title or by "of X" after the name. */
function titleBeforeName(text: string, entities: EntityMention[], at: number, sentenceStart: number): FoundRole | null {
  const person = entities[at]!;
  const windowStart = Math.max(sentenceStart, person.start - ROLE_CONTEXT_CHARS);
  const title = TITLE_BEFORE_NAME_RE.exec(text.slice(windowStart, person.start));
  if (!title) return null;
  const titleText = title[1]!;
  const titleStart = windowStart + title.index + title[0].indexOf(titleText);
  const role = normalizeTitle(titleText);
  if (!isSingleHolderTitle(role)) return null;
  const qualifier = qualifierBefore(text, entities, at, titleStart) ?? qualifierAfter(text, entities, at);
  const start = Math.min(qualifier?.start ?? titleStart, titleStart);
  // "former Ruritanian President Jane Doe": "former" before the country words a past holder too.
  if (PAST_HOLDER_BEFORE_RE.test(text.slice(Math.max(sentenceStart, start - 12), start))) return null;
  if (!qualifier) return { role, qualifier: null, start: titleStart, end: person.end };
  return { role, qualifier, start, end: Math.max(person.end, qualifier.end) };
}

/**
 * ANALYZE_ROLE_APPOSITIVE: the title in an appositive after the name: "Mohammad Hosseini, the
 * governor of South Khorasan," / "Jane Doe, Jordan's foreign minister," / "Jane Doe, the Russian
 * foreign minister,".
 */
function appositiveTitle(text: string, entities: EntityMention[], at: number, sentenceEnd: number): FoundRole | null {
  const person = entities[at]!;
  const next = entities[at + 1];
  if (!next || next.type === "person" || next.start >= sentenceEnd) return null;
  APPOSITIVE_TITLE_OF_RE.lastIndex = person.end;
  const titleOf = APPOSITIVE_TITLE_OF_RE.exec(text);
  if (titleOf && APPOSITIVE_TITLE_OF_RE.lastIndex === next.start) {
    const role = normalizeTitle(titleOf[1]!);
    if (!isSingleHolderTitle(role)) return null;
    return { role, qualifier: { key: next.key, start: next.start, end: next.end, rule: "ANALYZE_ROLE_APPOSITIVE" }, start: person.start, end: next.end };
  }
  APPOSITIVE_OPEN_RE.lastIndex = person.end;
  if (!APPOSITIVE_OPEN_RE.exec(text) || APPOSITIVE_OPEN_RE.lastIndex !== next.start) return null;
  QUALIFIED_TITLE_AFTER_RE.lastIndex = next.end;
  const title = QUALIFIED_TITLE_AFTER_RE.exec(text);
  if (!title) return null;
  const role = normalizeTitle(title[1]!);
  if (!isSingleHolderTitle(role)) return null;
  return { role, qualifier: { key: next.key, start: next.start, end: next.end, rule: "ANALYZE_ROLE_APPOSITIVE" }, start: person.start, end: QUALIFIED_TITLE_AFTER_RE.lastIndex };
}

/** How far before a name a title phrase may start: "Deputy Minister of Foreign Affairs and Trade " fits. */
const ROLE_CONTEXT_CHARS = 80;

/** "Russian President", "Azerbaijan's President": nothing but a space or a possessive between qualifier and title. */
const QUALIFIER_GAP_RE = /^(['’]s)?\s+$/;
/** "the country's health minister": the title's qualifier is a country named earlier. */
const COUNTRY_REFERENCE_RE = /(?:^|[^\p{L}])(the\s+(?:country|nation)['’]s)\s+$/iu;
/** "… Vladimir Putin of Russia": "of" (and "the") after the name, then the qualifier. */
const OF_AFTER_NAME_RE = /^\s+of\s+(?:the\s+)?/;

interface Qualifier {
  key: string;
  start: number;
  end: number;
  rule: string;
}

function qualifierBefore(text: string, entities: EntityMention[], at: number, titleStart: number): Qualifier | null {
  for (let j = at - 1; j >= 0; j--) {
    const candidate = entities[j]!;
    if (candidate.end > titleStart) continue;
    const gap = QUALIFIER_GAP_RE.exec(text.slice(candidate.end, titleStart));
    if (!gap) break;
    const possessive = Boolean(gap[1]);
    // A person qualifies an office only through a possessive ("Putin's spokesman").
    if (candidate.type === "person" && !possessive) return null;
    const key = candidate.type === "person" ? fullPersonKey(candidate, entities) : candidate.key;
    return { key, start: candidate.start, end: candidate.end, rule: possessive ? "ANALYZE_ROLE_POSSESSIVE_TITLE_NAME" : "ANALYZE_ROLE_TITLE_NAME" };
  }
  const lookback = text.slice(Math.max(0, titleStart - 24), titleStart);
  const reference = COUNTRY_REFERENCE_RE.exec(lookback);
  if (!reference) return null;
  const referenceStart = titleStart - lookback.length + reference.index + reference[0].indexOf(reference[1]!);
  for (let j = at - 1; j >= 0; j--) {
    const candidate = entities[j]!;
    if (candidate.start >= referenceStart) continue;
    if (candidate.type === "place" && COUNTRY_KEYS.has(candidate.key)) {
      return { key: candidate.key, start: referenceStart, end: referenceStart, rule: "ANALYZE_ROLE_COUNTRY_REFERENCE" };
    }
  }
  return null;
}

function qualifierAfter(text: string, entities: EntityMention[], at: number): Qualifier | null {
  const person = entities[at]!;
  const next = entities[at + 1];
  if (!next || next.type === "person") return null;
  const of = OF_AFTER_NAME_RE.exec(text.slice(person.end, next.start));
  if (!of || person.end + of[0].length !== next.start) return null;
  return { key: next.key, start: next.start, end: next.end, rule: "ANALYZE_ROLE_NAME_OF" };
}
