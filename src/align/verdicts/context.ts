import type { AnalyzedArticle } from "../../types.js";
import type { Bucket } from "./buckets.js";
import { inSmallHours, type StoryContext } from "./compatibility.js";
import type { EntityIndex } from "../entities/index.js";
import { articleIds } from "../stated.js";
import { sittingHolders } from "./offices.js";
import { CAPITAL_COUNTRY, COUNTRY_KEYS } from "../../lexicons/countries.js";

export type AlignContext = StoryContext & { name(key: string): string | undefined };

/** What comparisons need from the whole story: majority counts, place containment, display names. */
export function buildContext(slots: Map<string, Bucket[]>, articles: AnalyzedArticle[], entities: EntityIndex): AlignContext {
  const containment = new Set<string>();
  for (const a of articles) {
    for (const { inner, outer } of a.containment ?? []) {
      containment.add(`${entities.canonical(outer, "place")}\u0000${entities.canonical(inner, "place")}`);
    }
  }
  const counted = placesCounted(articles, entities);
  const nightSlots = new Set([...slots].filter(([, buckets]) => buckets[0]?.kind === "date" && buckets.some((b) => b.stated.some(inSmallHours))).map(([key]) => key));
  return {
    slotValue: (key) => majorityNumber(slots.get(key) ?? []),
    contains: (outer, inner) => containment.has(`${outer}\u0000${inner}`) || mayContain(outer, inner),
    name: (key) => entities.displayName(key),
    isCountry: (key) => COUNTRY_KEYS.has(key),
    inSmallHours: (key) => nightSlots.has(key),
    countedTogether: (a, b) => counted.some((places) => places.has(a) && places.has(b)),
    soleHolder: sittingHolders(slots),
  };
}

/** Per report, the owners of its figures, as canonical place keys. */
function placesCounted(articles: AnalyzedArticle[], entities: EntityIndex): Set<string>[] {
  return articles.map((a) => new Set(a.claims.flatMap((c) => (c.kind === "quantity" && c.owner ? [entities.canonical(c.owner, "place")] : []))));
}

/**
 * The exact number reports give for a slot, for what "all aboard" means; ties go to the larger
 * count of reports' first. When reports give the slot two exact figures (64 on one aircraft, 67
 * on both), "all aboard" names no single number and holds against none.
 */
function majorityNumber(buckets: Bucket[]): number | undefined {
  const stated = buckets.filter((b) => b.stated.some((s) => !s.claim.relative && !s.claim.qualifier));
  if (stated.length > 1) return undefined;
  let best: Bucket | undefined;
  let bestReports = 0;
  for (const bucket of buckets) {
    const exact = bucket.stated.filter((s) => !s.claim.relative && !s.claim.qualifier);
    const reports = articleIds(exact).size;
    if (reports > bestReports) {
      best = bucket;
      bestReports = reports;
    }
  }
  return best ? Number(best.value) : undefined;
}

/**
 * A country named against a town may well contain it: with no gazetteer of towns, a country and
 * a place that is not a country are not called incompatible, unless the place is a capital known
 * to lie in another country. Two different countries are incompatible.
 */
function mayContain(outer: string, inner: string): boolean {
  if (!COUNTRY_KEYS.has(outer) || COUNTRY_KEYS.has(inner)) return false;
  const country = CAPITAL_COUNTRY.get(inner);
  return country === undefined || country === outer;
}
