import type { EntityMention, Sentence } from "../../types.js";
import { entityKey } from "../entities/key.js";
import { HONORIFICS, TENURE_WORDS, TITLE_HEADS, TITLE_MODIFIERS, UNIQUE_TITLES } from "../../lexicons/titles.js";

/**
 * Whole names of a sentence: each name mention widened to the run of capitalised words around it,
 * so that a team or a party the entity finder reads in pieces ("Harbour City" + "Rovers") is one
 * name ("Harbour City Rovers"). A word that only opens the sentence ("The", "After") or a title
 * ("Chancellor") is not part of the name; a possessive ending is left out ("the Rovers' coach" names "Rovers").
 */
export function widenToNameRuns(sentence: Sentence, mentions: readonly EntityMention[]): EntityMention[] {
  const runs = nameRuns(sentence);
  const out: EntityMention[] = [];
  for (const run of runs) {
    // A mention glued to a hyphenated word ("Lakeport-born") is the run's too.
    const inside = mentions.filter((m) => m.start >= run.start && (m.end <= run.end || (m.start < run.end && sentence.text[run.end - sentence.start] === "-")));
    if (inside.length === 0) continue;
    const exact = inside.find((m) => m.start === run.start && m.end === run.end);
    // A person beside another name is two names ("the Greens of Ana Ruiz"), not one.
    if (exact || (inside.length > 1 && inside.some((m) => m.type === "person"))) continue;
    const type = inside.length === 1 && inside[0]!.type === "person" ? "person" : "organization";
    out.push({ surface: run.surface, type, key: entityKey(run.surface, type), start: run.start, end: run.end, sentence: sentence.index });
  }
  for (const m of mentions) if (!out.some((o) => o.start <= m.start && m.end <= o.end)) out.push(m);
  return withoutOverlaps(out.sort((a, b) => a.start - b.start));
}

/** Of names that overlap, the person's ("Anselm III" in a tagger's "Pope Anselm III"), else the first. */
function withoutOverlaps(sorted: readonly EntityMention[]): EntityMention[] {
  const kept: EntityMention[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (!last || m.start >= last.end) kept.push(m);
    else if (m.type === "person" && last.type !== "person") kept[kept.length - 1] = m;
  }
  return kept;
}

interface Run {
  surface: string;
  start: number;
  end: number;
}

/**
 * Capitalised words joined by spaces or by "for" ("Alliance for Westmark", "Party for Freedom").
 * Not across "of": "the Greens of Ana Ruiz" is a party and its leader, and the entity finder
 * already reads "Bank of Westmark" whole.
 */
const RUN_RE = /\p{Lu}[\p{L}\p{M}\d.&-]*(?:['’](?!s\b)(?=\p{L}))?[\p{L}\p{M}]*(?:\s+(?:for\s+)?\p{Lu}[\p{L}\p{M}\d.&-]*(?:['’](?!s\b)(?=\p{L}))?[\p{L}\p{M}]*)*/gu;
/** Sentence openers, and words of tenure ("Incumbent", "Outgoing"): never part of a name. */
const OPENERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "as", "when", "while", "with", "by", "for", "from", "last", "this", "then", "now", "yet", "so",
  ...TENURE_WORDS,
]);

/** A word that opens a sentence, or a title before a name ("Chancellor Ana Ruiz" names Ana Ruiz). */
export function isOpener(word: string): boolean {
  return OPENERS.has(word) || TITLE_HEADS.has(word) || UNIQUE_TITLES.has(word) || TITLE_MODIFIERS.has(word) || HONORIFICS.has(word);
}

function nameRuns(sentence: Sentence): Run[] {
  const runs: Run[] = [];
  for (const match of sentence.text.matchAll(RUN_RE)) {
    // "Lakeport-born", "Westmark-based": the name stops at the hyphen.
    const hyphenated = match[0].search(/-\p{Ll}/u);
    let surface = (hyphenated > 0 ? match[0].slice(0, hyphenated) : match[0]).replace(/[.-]{1,3}$/, "");
    let start = sentence.start + match.index!;
    for (let first = /^\S+\s+/.exec(surface); first && isOpener(first[0].trim().toLowerCase()); first = /^\S+\s+/.exec(surface)) {
      start += first[0].length;
      surface = surface.slice(first[0].length);
    }
    if (surface) runs.push({ surface, start, end: start + surface.length });
  }
  return runs;
}
