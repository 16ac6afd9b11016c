import type { Claim } from "../../types.js";
import type { Stated } from "../stated.js";
import { groupBy } from "../../group.js";

/**
 * Claims a report makes without stating them as such: "all aboard died" says there were no
 * survivors; "171 were rescued" says 171 survived. A derived claim cites the same sentence, so a
 * reader sees where it came from, and only fills a slot the report leaves empty.
 */
export function deriveImpliedClaims(stated: Stated[]): Stated[] {
  const derived: Stated[] = [];
  for (const list of groupBy(stated, (s) => s.article.article.id).values()) {
    if (list.some((s) => s.claim.key === "survivors")) continue;
    const allDied = list.find((s) => s.claim.key === "killed" && s.claim.relative?.share === "all");
    if (allDied) {
      derived.push(restate(allDied, { key: "survivors", value: "0", number: 0, display: "none (all died)", rule: "ALIGN_DERIVE_NO_SURVIVORS" }));
      continue;
    }
    for (const rescued of list.filter((s) => s.claim.key === "rescued" && !s.claim.relative)) {
      derived.push(restate(rescued, { key: "survivors", rule: "ALIGN_DERIVE_SURVIVORS_FROM_RESCUED" }));
    }
  }
  return derived;
}

function restate(from: Stated, change: Partial<Claim>): Stated {
  const claim: Claim = { ...from.claim, relative: undefined, ...change };
  return { claim, article: from.article, value: claim.value };
}
