import type { Claim, EntityMention } from "../../../types.js";
import { parseCount } from "../values/index.js";
import type { TaggedToken } from "../tagger.js";

/** Words that tie a part of a total to its place or event: "12 in the Cedar Fire", "9 attributed to the Ridgeline fire". */
const PART_LINKS: ReadonlySet<string> = new Set(["in", "at", "to", "from"]);
/** Marks between a name and its figure in a list: "Civic Union — 163", "Greens: 91". */
const LIST_MARKS: ReadonlySet<string> = new Set(["—", "–", "-", ":"]);
/** How far after a bare number its link may come: "11 attributed to the …", "five of them in …". */
const LINK_REACH = 3;

/**
 * The parts of a total given after it with their places: "at least 31 lives — 19 in the Ridgeline
 * Fire and 12 in the Cedar Canyon Fire", "112 deaths, including 96 in Marlow County". Each bare number
 * linked to a place or named event, no larger than the total, is the same measure for that owner.
 * After a figure that has an owner, the numbers are its like for other owners ("7,000 structures
 * were destroyed in the Ridgeline fire and over 4,000 in the Cedar Canyon fire"), and so are
 * numbers a list gives after any other name and a dash ("the Civic Union will get 214 seats, the
 * Greens — 91, Labour — 58"). `names` are all names of the sentence, `owners` those a part may be "in".
 */
export function findBreakdown(
  tokens: readonly TaggedToken[], total: Claim, taken: readonly Claim[], owners: readonly EntityMention[], names: readonly EntityMention[],
): Claim[] {
  if (!total.measure || total.number === undefined) return [];
  const parts: Claim[] = [];
  for (let k = tokens.findIndex((t) => t.start >= total.span.end); k >= 0 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.pos !== "NUM" || taken.some((c) => c.span.start <= token.start && token.end <= c.span.end)) continue;
    const count = parseCount(token.text);
    if (count === undefined || count <= 0 || (!total.owner && count > total.number)) continue;
    const owner = linkedOwner(tokens, k + 1, owners) ?? (total.owner ? listedOwner(tokens, k, names) : undefined);
    if (!owner || owner.key === total.owner) continue;
    parts.push({
      ...total,
      value: String(count),
      number: count,
      display: token.text,
      owner: owner.key,
      qualifier: undefined,
      span: { start: Math.min(token.start, owner.start), end: Math.max(token.end, owner.end) },
      rule: "FRAME_BREAKDOWN",
    });
  }
  return parts;
}

function linkedOwner(tokens: readonly TaggedToken[], from: number, owners: readonly EntityMention[]): EntityMention | undefined {
  for (let k = from; k < tokens.length && k <= from + LINK_REACH; k++) {
    if (tokens[k]!.pos === "NUM" || tokens[k]!.text === ",") return undefined;
    if (!PART_LINKS.has(tokens[k]!.lower)) continue;
    const at = tokens[k + 1]?.pos === "DET" ? tokens[k + 2] : tokens[k + 1];
    return at ? owners.find((m) => m.start === at.start) : undefined;
  }
  return undefined;
}

/** The name that ends right before a list mark before the number at `at`: "Greens — 91". */
function listedOwner(tokens: readonly TaggedToken[], at: number, names: readonly EntityMention[]): EntityMention | undefined {
  const mark = tokens[at - 1];
  const before = tokens[at - 2];
  if (!mark || !before || !LIST_MARKS.has(mark.text)) return undefined;
  return names.find((m) => m.end === before.end);
}
