import type { EntityMention, Sentence } from "../../types.js";
import { entityKey } from "../entities/key.js";

/**
 * Whole names of a sentence: each name mention widened to the run of capitalised words around it,
 * so that a team or a party the entity finder reads in pieces ("Harbour City" + "Rovers") is one
 * name ("Harbour City Rovers"). A word that only opens the sentence ("The", "After") is not part
 * of the name; a possessive ending is left out ("the Rovers' coach" names "Rovers").
 */
export function widenToNameRuns(sentence: Sentence, mentions: readonly EntityMention[]): EntityMention[] {
  const runs = nameRuns(sentence);
  const out: EntityMention[] = [];
  for (const run of runs) {
    const inside = mentions.filter((m) => m.start >= run.start && m.end <= run.end);
    if (inside.length === 0) continue;
    const exact = inside.find((m) => m.start === run.start && m.end === run.end);
    // A person beside another name is two names ("the Greens of Ana Ruiz"), not one.
    if (exact || (inside.length > 1 && inside.some((m) => m.type === "person"))) continue;
    const type = inside.length === 1 && inside[0]!.type === "person" ? "person" : "organization";
    out.push({ surface: run.surface, type, key: entityKey(run.surface, type), start: run.start, end: run.end, sentence: sentence.index });
  }
  for (const m of mentions) if (!out.some((o) => o.start <= m.start && m.end <= o.end)) out.push(m);
  return out.sort((a, b) => a.start - b.start).filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
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
const RUN_RE = /\p{Lu}[\p{L}\p{M}\d.&-]*(?:['’](?=\p{L}))?[\p{L}\p{M}]*(?:\s+(?:for\s+)?\p{Lu}[\p{L}\p{M}\d.&-]*(?:['’](?=\p{L}))?[\p{L}\p{M}]*)*/gu;
/** Capitalised only because they open the sentence or a clause. */
const OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "as", "when", "while", "with", "by", "for", "from", "last", "this", "then", "now", "yet", "so"]);

function nameRuns(sentence: Sentence): Run[] {
  const runs: Run[] = [];
  for (const match of sentence.text.matchAll(RUN_RE)) {
    let surface = match[0].replace(/[.-]+$/, "");
    let start = sentence.start + match.index!;
    const first = /^\S+\s+/.exec(surface);
    if (first && OPENERS.has(first[0].trim().toLowerCase())) {
      start += first[0].length;
      surface = surface.slice(first[0].length);
    }
    if (surface) runs.push({ surface, start, end: start + surface.length });
  }
  return runs;
}
