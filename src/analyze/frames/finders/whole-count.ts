import type { TaggedToken } from "../tagger.js";
import { qualifierBefore } from "../values/index.js";

/** Forms of "be" after an existential "there". */
const THERE_BE: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);
/** Marks that open a clause: a partitive "Of the 80 seats in the chamber," starts one. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([",", ";", ":", "(", "—", "–", "-"]);

/**
 * The size of the whole a story's figures are parts of: "There are 80 seats in the chamber", "There
 * are a total of 80 seats in the chamber", "Of the 80 seats in the chamber, …". The figure counts what
 * the named body or place holds (its seats, its districts, its beds), never what the event did to
 * it, so it is one fact however reports name the body ("the chamber", "the national assembly").
 * Read only in those two shapes and when the body is linked after the noun by "in" or "of"
 * (`measureHead` is the counted noun's token): "a total of 12 homes in the village were destroyed"
 * is a toll, not a whole.
 */
export function isWholeCount(tokens: readonly TaggedToken[], first: number, measureHead: number): boolean {
  const link = tokens[measureHead + 1]?.lower;
  if (link !== "in" && link !== "of") return false;
  let k = (qualifierBefore(tokens, first)?.first ?? first) - 1;
  // "a total of 80": the words before the figure.
  if (tokens[k]?.lower === "of" && tokens[k - 1]?.lower === "total" && tokens[k - 2]?.pos === "DET") k -= 3;
  else if (tokens[k]?.lower === "the" && tokens[k - 1]?.lower === "of") return k - 1 === 0 || CLAUSE_MARKS.has(tokens[k - 2]?.text ?? "");
  return THERE_BE.has(tokens[k]?.lower ?? "") && tokens[k - 1]?.lower === "there";
}
