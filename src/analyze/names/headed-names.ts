import type { TaggedToken } from "../frames/tagger.js";
import { NAMED_EVENT_HEADS } from "../../lexicons/events.js";
import { capitalisedRun, isCapitalised, nameRuns } from "./runs.js";
import { LOWER_CASE_HEADS, NAME_HEADS_AFTER, NAME_HEADS_BEFORE, NAME_HEADS_BEFORE_OF, ORDER_HEAD } from "../../lexicons/name-heads.js";

/** A proper name with the noun inside it that says what it names. */
export interface HeadedName {
  /** What the name names: "river", "camp", "operation", "university". */
  measure: string;
  /** The name as written, with its head: "Marrow River", "Camp Larkspur". */
  surface: string;
  /** Token range of the name, end exclusive. */
  first: number;
  end: number;
}

/**
 * Names whose kind is a noun inside them, read on the tagger's tokens:
 * - NAME_HEAD_AFTER: capitalised words, then the head ("the Marrow River"); a head of water, wind,
 *   fire or an order also in lower case ("the Marrow river", "Osk Valley winds"); a possessive joins a one-word head to its name
 *   ("Saint Brun's Basilica"), never a whole name to another ("Halden's Tessel Gallery" is the gallery);
 * - NAME_HEAD_BEFORE: the head, then capitalised words ("Camp Larkspur", "Operation Tinder");
 * - with "of": "University of Halden", "Order of St. Brun".
 * A religious order needs a word of its members before "order" ("the Brunian order"): "Executive
 * Order" is no order of monks.
 */
export function findHeadedNames(tokens: readonly TaggedToken[]): HeadedName[] {
  const found: HeadedName[] = [];
  for (const run of nameRuns(tokens)) {
    if (found.length > 0 && run.first < found.at(-1)!.end) continue;
    const name = headBefore(tokens, run.first, run.end) ?? headAfter(tokens, run.first, run.end);
    if (name) found.push(name);
  }
  return found;
}

function headBefore(tokens: readonly TaggedToken[], first: number, end: number): HeadedName | null {
  const head = tokens[first]!;
  const measure = NAME_HEADS_BEFORE.get(head.lower);
  if (measure && end - first >= 2) return named(tokens, measure, first, end);
  const ofMeasure = NAME_HEADS_BEFORE_OF.get(head.lower);
  if (!ofMeasure || end - first !== 1 || tokens[end]?.lower !== "of" || !tokens[end + 1] || !isCapitalised(tokens[end + 1]!, end + 1)) return null;
  return named(tokens, ofMeasure, first, capitalisedRun(tokens, end + 1));
}

function headAfter(tokens: readonly TaggedToken[], first: number, end: number): HeadedName | null {
  const last = tokens[end - 1]!;
  // The head inside the capitalised run ("Marrow River"), or the lower-case noun right after it ("Marrow river").
  const inside = headOf(last);
  if (inside && end - first >= 2) return ofMembers(tokens, end - 1) && isEventNamed(tokens, first, end - 1) ? named(tokens, inside, first, end) : null;
  if (inside) return possessed(tokens, inside, first);
  // A lower-case head after one capitalised word that opens the sentence is a common noun ("Evacuation orders").
  const next = tokens[end];
  if (!next || next.pos !== "NOUN" || !LOWER_CASE_HEADS.has(next.lemma) || (first === 0 && end === 1)) return null;
  const after = headOf(next);
  return after && ofMembers(tokens, end) ? named(tokens, after, first, end + 1) : null;
}

/**
 * The kind a head word names. A plural head names several things ("the Tamsin and Halden fires"),
 * of which the words before it name only the last: not a name, except for a wind ("Osk winds").
 */
function headOf(token: TaggedToken): string | undefined {
  const measure = NAME_HEADS_AFTER.get(token.lemma);
  if (!measure || (token.lower !== token.lemma && token.lemma !== "wind")) return undefined;
  return measure;
}

/** A religious order's head needs a word of its members before it ("Brunian", "Carmelite"). */
const MEMBERS_WORD = /(?:an|ine|ite)$/;

function ofMembers(tokens: readonly TaggedToken[], head: number): boolean {
  return tokens[head]!.lemma !== ORDER_HEAD || MEMBERS_WORD.test(tokens[head - 1]!.lower);
}

/**
 * An event is named with "the" ("the Ridgeline Fire"); a capitalised "Fire" without it names a
 * fire service ("Westmark Fire said", "Metro Fire and Rescue").
 */
function isEventNamed(tokens: readonly TaggedToken[], first: number, head: number): boolean {
  return !NAMED_EVENT_HEADS.has(tokens[head]!.lemma) || tokens[first - 1]?.lower === "the";
}

/** "Saint Brun 's Basilica": a head alone after a possessive is the head of the name before it. */
function possessed(tokens: readonly TaggedToken[], measure: string, head: number): HeadedName | null {
  if (head < 2 || tokens[head - 1]!.pos !== "PART" || !isCapitalised(tokens[head - 2]!, head - 2)) return null;
  let first = head - 2;
  while (first > 0 && isCapitalised(tokens[first - 1]!, first - 1)) first--;
  return named(tokens, measure, first, head + 1);
}

function named(tokens: readonly TaggedToken[], measure: string, first: number, end: number): HeadedName {
  return { measure, surface: surfaceOf(tokens, first, end), first, end };
}

/** The words of a token range as the text has them (tokens may sit glued: "St." "Brun"). */
export function surfaceOf(tokens: readonly TaggedToken[], first: number, end: number): string {
  let out = tokens[first]!.text;
  for (let i = first + 1; i < end; i++) out += (tokens[i]!.start > tokens[i - 1]!.end ? " " : "") + tokens[i]!.text;
  return out;
}
