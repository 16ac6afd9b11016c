import type { Claim, EntityMention } from "../../types.js";
import { COUNTRY_KEYS } from "../../lexicons/countries.js";
import type { FinderInput } from "../finder-input.js";
import { fullPersonKey } from "../entities/persons.js";
import { entityKey } from "../entities/key.js";
import { isOpener } from "./name-runs.js";
import { RANKS } from "../../lexicons/titles.js";
import {
  AND_BEFORE_TITLE_RE, APPOSITIVE_END_RE, APPOSITIVE_OPEN_RE, COMPOUND_TITLE_NEXT_RE, isSingleHolderTitle, normalizeTitle,
  OF_AFTER_TITLE_RE, pastHolder, QUALIFIER_TO_TITLE_RE, TITLE_AT_RE, TITLE_BEFORE_NAME_RE, withoutRank,
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
 * - compound titles give one claim each: "Acme chairman and CEO Jane Doe" → chair and chief
 *   executive of Acme; a rank between office and name is the person's ("military spokesman Lt Gen …").
 * Offices many people hold ("spokesman", "deputy …") with their organisation are facts of the story,
 * never held against another name (`comparable: false`); bare, they give no role claim. Past holders
 * ("former …") give none either. Every single-holder office also gives an office claim (see `officeClaim`).
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
    const holder = fullPersonKey(person, entities);
    const span = { start: Math.min(found.start, person.start), end: Math.max(found.end, person.end) };
    for (const title of found.titles) {
      const office = officeOf(title.text, found.qualifier, found.past === true);
      if (!office) continue;
      const rule = found.qualifier?.rule ?? "ANALYZE_ROLE_TITLE_ONLY";
      if (!office.past && (office.single || found.qualifier)) {
        claims.push({
          kind: "entity",
          key: found.qualifier ? `role: ${office.role} of ${found.qualifier.key}` : `role: ${office.role}`,
          value: holder,
          display: person.surface,
          ...(found.qualifier && office.single ? {} : { comparable: false }),
          sentence: person.sentence,
          span,
          rule,
        });
      }
      if (office.single) claims.push(officeClaim(holder, office, shownTitle(text, found, title), person.sentence, span));
    }
  }
  return claims;
}

/**
 * One title of the phrase as the report words it, with what qualifies the phrase: "Acme Chairman and
 * CEO" shows "Acme Chairman" and "Acme CEO"; a lone title shows the whole phrase.
 */
function shownTitle(text: string, found: FoundRole, title: TitleText): string {
  const first = found.titles[0]!;
  const last = found.titles.at(-1)!;
  const before = text.slice(found.titleSpan.start, first.start);
  const after = text.slice(last.start + last.text.length, found.titleSpan.end);
  return `${before}${text.slice(title.start, title.start + title.text.length)}${after}`.replace(/\s+/g, " ").trim();
}

/** The key prefix of what a person holds: "office: <person key>", valued by the office (compared in align/verdicts/offices.ts). */
export const OFFICE_KEY_PREFIX = "office: ";

/**
 * ANALYZE_ROLE_OFFICE: the same statement read the other way: the office a report gives a person
 * ("former president", "interior minister"), owned by the office's country or organisation and
 * shown as the report words it. Align holds two of a person's offices against each other only
 * where they cannot both be true (align/verdicts/offices.ts).
 */
function officeClaim(holder: string, office: Office, display: string, sentence: number, span: { start: number; end: number }): Claim {
  return {
    kind: "entity",
    key: `${OFFICE_KEY_PREFIX}${holder}`,
    value: `${office.past ? "former " : ""}${office.office}`,
    display,
    ...(office.owner ? { owner: office.owner } : {}),
    sentence,
    span,
    rule: "ANALYZE_ROLE_OFFICE",
  };
}

interface Office {
  /** The canonical title of the role key ("chair", "military spokesperson"). */
  role: string;
  /** The office the person holds, as compared across reports: "head of the Ministry of Culture" is "culture minister". */
  office: string;
  /** The office's country or organisation, when it is not part of `office`. */
  owner?: string;
  /** One holder at a time: only then are two names for it a contradiction. */
  single: boolean;
  /** Held no longer ("former", "ex-", "the late"). */
  past: boolean;
}

/** A ministry read as an office's organisation: "head of the Ministry of Culture" holds the culture portfolio. */
const MINISTRY_RE = /^ministry of (?:the )?(.+)$/;

function officeOf(titleText: string, qualifier: Qualifier | null, pastBefore: boolean): Office | null {
  const { title, past: pastWithin } = pastHolder(normalizeTitle(titleText));
  const past = pastBefore || pastWithin;
  const role = withoutRank(title);
  if (!role) return null;
  const single = isSingleHolderTitle(role);
  const ministry = qualifier && (role === "head" || role === "chief") ? MINISTRY_RE.exec(qualifier.key) : null;
  if (ministry) return { role, office: normalizeTitle(`minister of ${ministry[1]}`), single, past };
  return { role, office: role, ...(qualifier ? { owner: qualifier.key } : {}), single, past };
}

/** "former", "ex-", "the late" right before a role phrase: its holder no longer holds the office. */
const PAST_HOLDER_BEFORE_RE = /\b(?:former|ex-?|late)\s*$/i;

interface TitleText {
  text: string;
  start: number;
}

interface FoundRole {
  /** Each title of the phrase: one, or the parts of a compound ("chairman and CEO"). */
  titles: TitleText[];
  /** The country or organisation of the office; none for a bare title ("Chancellor Piet Brandt"). */
  qualifier: Qualifier | null;
  /** Span of the whole role phrase, with the name. */
  start: number;
  end: number;
  /** Span of the role phrase without the name ("former Ruritanian President", "head of the Ministry of Culture"). */
  titleSpan: { start: number; end: number };
  /** "former" (or "ex-", "the late") before the whole phrase: every title of it is a past one. */
  past?: boolean;
}

/** A title phrase right before the name, qualified before the title or by "of X" after the name. */
function titleBeforeName(text: string, entities: EntityMention[], at: number, sentenceStart: number): FoundRole | null {
  const person = entities[at]!;
  const windowStart = Math.max(sentenceStart, person.start - ROLE_CONTEXT_CHARS);
  const title = TITLE_BEFORE_NAME_RE.exec(text.slice(windowStart, person.start));
  if (!title) return null;
  let titles: TitleText[] = [{ text: title[1]!, start: windowStart + title.index + title[0].indexOf(title[1]!) }];
  // "Borduria's military spokesperson, Lt. Gen. Tomas Rinn": a rank alone before the name is the
  // person's; the office is the title before it.
  if (isRankOnly(titles[0]!.text)) {
    const office = TITLE_BEFORE_NAME_RE.exec(text.slice(windowStart, titles[0]!.start));
    if (office && !isRankOnly(office[1]!)) titles = [{ text: office[1]!, start: windowStart + office.index + office[0].indexOf(office[1]!) }];
  }
  // "Acme Chairman and CEO Jane Doe": the titles of a compound share the qualifier before the first.
  for (let more = 0; more < MAX_COMPOUND_TITLES; more++) {
    const lookback = Math.max(sentenceStart, titles[0]!.start - ROLE_CONTEXT_CHARS);
    const and = AND_BEFORE_TITLE_RE.exec(text.slice(lookback, titles[0]!.start));
    if (!and) break;
    // The title before "and" as if a name followed it: the same rule reads it.
    const before = TITLE_BEFORE_NAME_RE.exec(`${text.slice(lookback, lookback + and.index)} `);
    if (!before) break;
    titles.unshift({ text: before[1]!, start: lookback + before.index + before[0].indexOf(before[1]!) });
  }
  const titleStart = titles[0]!.start;
  const titleEnd = titles.at(-1)!.start + titles.at(-1)!.text.length;
  const qualifier = qualifierBefore(text, entities, at, titleStart) ?? qualifierAfter(text, entities, at) ?? namedQualifierBefore(text, sentenceStart, titleStart);
  const start = Math.min(qualifier?.start ?? titleStart, titleStart);
  // "former Ruritanian President Jane Doe": "former" before the country words a past holder too.
  const pastBefore = PAST_HOLDER_BEFORE_RE.exec(text.slice(Math.max(sentenceStart, start - 12), start));
  const shownFrom = pastBefore ? start - pastBefore[0].length : start;
  const titleSpan = { start: shownFrom, end: titleEnd };
  const past = pastBefore !== null;
  if (!qualifier) return { titles, qualifier: null, start: titleStart, end: person.end, titleSpan, past };
  return { titles, qualifier, start, end: Math.max(person.end, qualifier.end), titleSpan, past };
}

/** "Lt. Gen.", "Colonel": a rank and nothing else. */
function isRankOnly(titleText: string): boolean {
  return normalizeTitle(titleText).split(" ").every((word) => RANKS.has(word));
}

/** Most titles one compound gives a person ("representative director, chairman and CEO"). */
const MAX_COMPOUND_TITLES = 3;

/**
 * ANALYZE_ROLE_APPOSITIVE: the title in an appositive after the name: "Mohammad Hosseini, the
 * governor of South Khorasan," / "Jane Doe, Chairman and CEO of Acme," / "Jane Doe, Jordan's
 * foreign minister," / "Jane Doe, the Russian foreign minister,".
 */
function appositiveTitle(text: string, entities: EntityMention[], at: number, sentenceEnd: number): FoundRole | null {
  const person = entities[at]!;
  const following = entities[at + 1];
  const next = following && following.type !== "person" && following.start < sentenceEnd ? following : undefined;
  APPOSITIVE_OPEN_RE.lastIndex = person.end;
  if (!APPOSITIVE_OPEN_RE.exec(text)) return null;
  const open = APPOSITIVE_OPEN_RE.lastIndex;
  // "Jane Doe, the governor of Westmark": titles, "of", then the qualifier.
  const titlesOf = titleList(text, open);
  for (let n = titlesOf.length; n > 0; n--) {
    OF_AFTER_TITLE_RE.lastIndex = titlesOf[n - 1]!.end;
    if (!OF_AFTER_TITLE_RE.exec(text)) continue;
    const ofEnd = OF_AFTER_TITLE_RE.lastIndex;
    const qualifier = next?.start === ofEnd ? { key: next.key, start: next.start, end: next.end, rule: "ANALYZE_ROLE_APPOSITIVE" } : ofEnd < sentenceEnd && (!following || following.start >= ofEnd) ? namedQualifierAt(text, ofEnd) : null;
    if (qualifier) return { titles: titlesOf.slice(0, n), qualifier, start: person.start, end: qualifier.end, titleSpan: { start: titlesOf[0]!.start, end: qualifier.end } };
  }
  // "Jane Doe, Jordan's foreign minister,": the qualifier, then titles that end the appositive.
  if (!next || open !== next.start) return null;
  const qualifier = { key: next.key, start: next.start, end: next.end, rule: "ANALYZE_ROLE_APPOSITIVE" };
  QUALIFIER_TO_TITLE_RE.lastIndex = next.end;
  if (!QUALIFIER_TO_TITLE_RE.exec(text)) return null;
  const titles = titleList(text, QUALIFIER_TO_TITLE_RE.lastIndex);
  for (let n = titles.length; n > 0; n--) {
    APPOSITIVE_END_RE.lastIndex = titles[n - 1]!.end;
    if (APPOSITIVE_END_RE.exec(text)) {
      return { titles: titles.slice(0, n), qualifier, start: person.start, end: titles[n - 1]!.end, titleSpan: { start: next.start, end: titles[n - 1]!.end } };
    }
  }
  return null;
}

/** The titles of a phrase that starts at `from`: one, then those a compound adds ("and CEO", ", chief executive"). */
function titleList(text: string, from: number): (TitleText & { end: number })[] {
  TITLE_AT_RE.lastIndex = from;
  const first = TITLE_AT_RE.exec(text);
  if (!first) return [];
  const titles = [{ text: first[1]!, start: from, end: TITLE_AT_RE.lastIndex }];
  while (titles.length < MAX_COMPOUND_TITLES) {
    COMPOUND_TITLE_NEXT_RE.lastIndex = titles.at(-1)!.end;
    const next = COMPOUND_TITLE_NEXT_RE.exec(text);
    if (!next) break;
    titles.push({ text: next[1]!, start: COMPOUND_TITLE_NEXT_RE.lastIndex - next[1]!.length, end: COMPOUND_TITLE_NEXT_RE.lastIndex });
  }
  return titles;
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

/**
 * ANALYZE_ROLE_NAMED_QUALIFIER: capitalised words right before the title that the entity finder did not
 * read as a name ("Westmark Steel Chairman and CEO Ivo Tann", "Borduria's military spokesman"):
 * the organisation or country of the office. Words that only open the sentence or are titles are
 * left out ("Former President …").
 */
/** One capitalised word of a name ("Westmark", "U.S.", "Borduria's"); the possessive is not the name's. */
const NAME_WORD_RE = /^\p{Lu}[\p{L}&.-]*$/u;
const POSSESSIVE_END_RE = /['’]s$/;
/** Most words of a name read before a title. */
const MAX_NAME_WORDS = 4;

function namedQualifierBefore(text: string, sentenceStart: number, titleStart: number): Qualifier | null {
  const from = Math.max(sentenceStart, titleStart - ROLE_CONTEXT_CHARS);
  const before = text.slice(from, titleStart);
  if (!/\s$/.test(before)) return null;
  const words = before.trimEnd().split(" ");
  const last = words.length - 1;
  words[last] = words[last]!.replace(POSSESSIVE_END_RE, "");
  let first = last + 1;
  while (first > 0 && last - first < MAX_NAME_WORDS - 1 && NAME_WORD_RE.test(words[first - 1]!)) first--;
  // Words that only open the sentence, or titles ("Former", "The"), are not the name.
  while (first <= last && isOpener(words[first]!.toLowerCase().replace(/\.$/, ""))) first++;
  if (first > last) return null;
  const surface = words.slice(first, last + 1).join(" ");
  const start = from + words.slice(0, first).join(" ").length + (first > 0 ? 1 : 0);
  if (start === sentenceStart && first === last) return null;
  return { key: entityKey(surface, "organization"), start, end: start + surface.length, rule: "ANALYZE_ROLE_NAMED_QUALIFIER" };
}

/**
 * "Jane Doe, Chairman and CEO of Westmark Steel": the capitalised words after "of" when the entity
 * finder read no name there.
 */
const NAMED_AFTER_OF_RE = /\p{Lu}[\p{L}&-]*(?:[ \t]\p{Lu}[\p{L}&-]*){0,3}/uy;

function namedQualifierAt(text: string, at: number): Qualifier | null {
  NAMED_AFTER_OF_RE.lastIndex = at;
  const run = NAMED_AFTER_OF_RE.exec(text);
  if (!run) return null;
  return { key: entityKey(run[0], "organization"), start: at, end: NAMED_AFTER_OF_RE.lastIndex, rule: "ANALYZE_ROLE_APPOSITIVE" };
}

function qualifierAfter(text: string, entities: EntityMention[], at: number): Qualifier | null {
  const person = entities[at]!;
  const next = entities[at + 1];
  if (!next || next.type === "person") return null;
  const of = OF_AFTER_NAME_RE.exec(text.slice(person.end, next.start));
  if (!of || person.end + of[0].length !== next.start) return null;
  return { key: next.key, start: next.start, end: next.end, rule: "ANALYZE_ROLE_NAME_OF" };
}
