import type { Stated } from "./stated.js";

/**
 * Claims a report makes without a number: "all aboard died" says there were no survivors.
 * The derived claim cites the same sentence, so a reader sees where it came from.
 */
export function deriveImpliedClaims(stated: Stated[]): Stated[] {
  const derived: Stated[] = [];
  const byArticle = new Map<string, Stated[]>();
  for (const s of stated) {
    const list = byArticle.get(s.article.article.id) ?? [];
    list.push(s);
    byArticle.set(s.article.article.id, list);
  }
  for (const list of byArticle.values()) {
    const allDied = list.find((s) => s.claim.key === "killed" && s.claim.relative?.share === "all");
    const saysSurvivors = list.some((s) => s.claim.key === "survivors");
    if (allDied && !saysSurvivors) {
      const claim = { ...allDied.claim, key: "survivors", value: "0", number: 0, display: "none (all died)", relative: undefined, rule: "ALIGN_DERIVE_NO_SURVIVORS" };
      derived.push({ claim, article: allDied.article, value: "0" });
    }
  }
  return derived;
}
