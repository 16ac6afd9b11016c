import type { Claim } from "../../types.js";
import type { Bucket } from "./buckets.js";
import type { StoryContext } from "./compatibility.js";

/** The value to report for a bucket and the words to show a reader. */
export function displayBucket(bucket: Bucket, context: StoryContext & { name?(key: string): string | undefined }): { value: string; display: string } {
  const first = bucket.stated[0]!.claim;
  switch (bucket.kind) {
    case "quantity":
      return displayQuantity(bucket, context);
    case "date":
      return { value: bucket.value, display: bucket.value };
    case "quote":
      return { value: first.display, display: first.display };
    default: {
      const name = context.name?.(bucket.value) ?? mostCommon(bucket.stated.map((s) => s.claim.display));
      return { value: name, display: name };
    }
  }
}

function displayQuantity(bucket: Bucket, context: StoryContext): { value: string; display: string } {
  const claims = bucket.stated.map((s) => s.claim);
  const relative = claims.find((c) => c.relative);
  if (relative?.relative) {
    const { share, of } = relative.relative;
    const n = share === "none" ? 0 : context.slotValue(of);
    const words = share === "all" ? `all ${of}` : `none of those ${of}`;
    return { value: bucket.value, display: n === undefined ? words : `${words} (${n})` };
  }
  // An amount, a score, a sentence, a share: shown as the reports word it ("$2.1 billion", "12 years and 6 months").
  if (claims[0]!.valueType && claims[0]!.valueType !== "count") return { value: bucket.value, display: mostCommon(claims.map((c) => c.display)) };
  const plain = claims.find((c) => !c.qualifier) ?? claims[0]!;
  return { value: bucket.value, display: withQualifier(plain) };
}

/** What `toLocaleString("en-US")` gives ("12,400"), from one formatter made once: twice as fast as that call, which looks one up per figure. */
const GROUPED_DIGITS = new Intl.NumberFormat("en-US");

function withQualifier(claim: Claim): string {
  const n = Number(claim.value);
  const shown = Number.isFinite(n) ? GROUPED_DIGITS.format(n) : claim.value;
  return claim.qualifier ? `${claim.qualifier} ${shown}` : shown;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
