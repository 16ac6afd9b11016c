import type { Claim, Sentence } from "../../../types.js";
import { parseCount } from "../values/index.js";
import type { TaggedToken } from "../tagger.js";
import type { NamedEvent } from "./named-events.js";

/** Units of area a compound may size a thing in: "a 2,300-acre fire", "the 900-hectare estate". */
const AREA_UNITS: ReadonlyMap<string, string> = new Map([["acre", "acre"], ["hectare", "hectare"]]);
const AREA_COMPOUND_RULE = "FRAME_AREA_COMPOUND";

/**
 * "The 14,300-acre fire", "the 2,300-hectare Ridgeline Fire": a number joined to a unit of area
 * before a noun gives the size of what the noun names, the figure "burned 14,300 acres" gives.
 * Its owner is the named event the compound stands in, or else, for "the 14,300-acre fire", the
 * event last named with that noun (`last`), as "The fire burned…" refers to it; a compound of no
 * event ("a 40-acre ranch") is left out. A figure "of" such a
 * compound ("4,000 acres of the 14,300-acre fire burned homes") is a part of it, not its size
 * (see `isPartOfSized`).
 */
export function findAreaCompounds(sentence: Sentence, tokens: readonly TaggedToken[], events: readonly NamedEvent[], last: NamedEvent | undefined): Claim[] {
  const found: Claim[] = [];
  for (let k = 0; k + 3 < tokens.length; k++) {
    const [digits, hyphen, unitToken, noun] = [tokens[k]!, tokens[k + 1]!, tokens[k + 2]!, tokens[k + 3]!];
    const unit = AREA_UNITS.get(unitToken.lower);
    if (!unit || hyphen.text !== "-" || hyphen.start !== digits.end || unitToken.start !== hyphen.end) continue;
    if (noun.pos !== "NOUN" && noun.pos !== "PROPN") continue;
    const count = parseCount(digits.text);
    if (count === undefined || count <= 0) continue;
    const named = events.find((e) => e.mention.start <= noun.start && noun.end <= e.mention.end);
    const referred = tokens[k - 1]?.lower === "the" && last && noun.lower === last.head ? last : undefined;
    const owner = (named ?? referred)?.mention;
    // "a 40-acre ranch" sizes something else than the event: its figure is no step of the event's area.
    if (!owner) continue;
    const span = { start: digits.start, end: unitToken.end };
    found.push({
      kind: "quantity",
      key: unit,
      value: String(count),
      number: count,
      display: sentence.text.slice(span.start - sentence.start, span.end - sentence.start),
      measure: unit,
      valueType: "count",
      owner: owner.key,
      sentence: sentence.index,
      span,
      rule: AREA_COMPOUND_RULE,
    });
  }
  return found;
}

/** "4,000 acres of the 14,300-acre fire": a figure followed by "of" and an area compound of its sentence. */
export function isPartOfSized(claim: Claim, tokens: readonly TaggedToken[], compounds: readonly Claim[]): boolean {
  if (compounds.length === 0) return false;
  let of = tokens.findIndex((t) => t.start >= claim.span.end);
  // The span may end at the number or after its unit ("4,000" or "4,000 acres").
  if (of >= 0 && tokens[of]!.lower !== "of") of++;
  if (of <= 0 || tokens[of]?.lower !== "of") return false;
  const next = tokens[of + 1]?.pos === "DET" ? tokens[of + 2] : tokens[of + 1];
  return next !== undefined && compounds.some((c) => c.span.start === next.start);
}
