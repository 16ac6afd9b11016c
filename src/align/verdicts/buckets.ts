import type { ClaimKind } from "../../types.js";
import type { Stated } from "../stated.js";
import { sameQuote } from "./quote-match.js";
import { excludesOwnFigure } from "./compatibility.js";

/** All statements of one slot with one value, from any number of reports. */
export interface Bucket {
  key: string;
  kind: ClaimKind;
  value: string;
  stated: Stated[];
}

/**
 * Group statements by slot, then by value. Values that say the same thing in different words were
 * already normalised by analyze and by entity merging; here dates of lower precision that fit
 * exactly one more precise date join it ("last December" supports "December 25, 2024"), and
 * quotes of one speaker that are the same words, give or take a clause, are one quote.
 */
export function bucketClaims(stated: Stated[]): Map<string, Bucket[]> {
  const bySlot = new Map<string, Bucket[]>();
  for (const s of stated) {
    const buckets = bySlot.get(s.claim.key) ?? [];
    bySlot.set(s.claim.key, buckets);
    const home = buckets.find((b) => sameValue(b, s));
    if (home) home.stated.push(s);
    else buckets.push({ key: s.claim.key, kind: s.claim.kind, value: s.value, stated: [s] });
  }
  for (const [key, buckets] of bySlot) {
    if (buckets[0]?.kind === "date") bySlot.set(key, foldImpreciseDates(buckets));
  }
  return bySlot;
}

/**
 * "Flying at 615 feet" and "above its permitted 615 feet" give one figure and say opposite
 * things: a figure a qualifier rules out ("more than", "fewer than") is no value of the same
 * figure stated plainly. The two take separate buckets, so neither is counted as backing the
 * other; whether they are set against each other is the interval test's call (compatibility.ts).
 */
function sameValue(bucket: Bucket, s: Stated): boolean {
  if (bucket.kind === "quote") return sameQuote(bucket.value, s.value);
  if (bucket.kind === "quantity" && excludesOwnFigure(bucket.stated[0]!.claim) !== excludesOwnFigure(s.claim)) return false;
  return bucket.value === s.value;
}

function foldImpreciseDates(buckets: Bucket[]): Bucket[] {
  const kept: Bucket[] = [];
  for (const bucket of [...buckets].sort((a, b) => b.value.length - a.value.length)) {
    const finer = kept.filter((k) => k.value.startsWith(bucket.value + "-"));
    if (finer.length === 1) for (const s of bucket.stated) finer[0]!.stated.push(s);
    else kept.push(bucket);
  }
  return kept;
}
