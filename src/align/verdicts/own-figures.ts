import type { Stated } from "../stated.js";

/**
 * Words that put one of a report's figures at another moment than its others ("initially 40",
 * "up from 40", "at last count"), or give it as a part or an estimate: two such figures in one
 * report are steps or pieces of a count, not a misstatement.
 */
const ANOTHER_MOMENT = /\b(?:earlier|initially|initial|first|previously|previous|up from|down from|revised|at last count|at one point|later|latest|now|so far|until|then|estimated|including|of whom|of them)\b/i;

/** A figure more than this many times the other counts something else (a wider or earlier disaster's toll), not a misstated one. */
const MISSTATED_RATIO = 3;

/**
 * "The 41 people killed in the sinking… all 52 people on board were killed": a report that gives the
 * figure another report gives and, elsewhere in its text, one more figure of the same slot, both
 * plainly stated (no bound, no tally said to be moving, no word that sets either at another moment,
 * no two speakers) and the larger (no part of the other), contradicts itself: its lone figure is set against the
 * figure the other report gives, whenever either was published. `stated` is what the report says on
 * the slot, `told` what the other report says. Null when that is not so.
 */
export function misstatedBeside(stated: Stated[], told: Stated[]): [Stated[], Stated[]] | null {
  // "All aboard died" gives no figure of its own.
  const [own, other] = [stated.filter((s) => !s.claim.relative), told.filter((s) => !s.claim.relative)];
  if (own[0]?.claim.kind !== "quantity" || other.length === 0 || ![...own, ...other].every(plain)) return null;
  const shared = new Set(other.map((s) => s.value));
  if (shared.size !== 1) return null;
  const [value] = shared;
  const lone = own.filter((s) => s.value !== value);
  const agreed = own.filter((s) => s.value === value);
  if (agreed.length === 0 || new Set(lone.map((s) => s.value)).size !== 1) return null;
  // A smaller figure may be a part of the other ("the five killed… where a family of three died").
  const [a, b] = [Number(value), Number(lone[0]!.value)];
  if (!(a > 0 && b > a) || b > MISSTATED_RATIO * a) return null;
  const said = [...agreed, ...lone];
  if (new Set(said.map((s) => s.claim.claimant ?? "")).size > 1 || new Set(said.map((s) => s.claim.time).filter(Boolean)).size > 1) return null;
  if (said.some((s) => ANOTHER_MOMENT.test(s.article.sentences[s.claim.sentence]?.text ?? ""))) return null;
  return [lone, other];
}

function plain(s: Stated): boolean {
  const { qualifier, changing, provisional } = s.claim;
  return !qualifier && !changing && !provisional;
}
