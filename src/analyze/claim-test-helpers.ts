import type { Claim } from "../types.js";
import type { FinderInput } from "./finder-input.js";
import { splitSentences } from "./sentences.js";

/** A finder input for test sentences (our own writing), published on a fixed Thursday by default. */
export function inputOf(text: string, published: string | null = "2025-10-09"): FinderInput {
  return { text, sentences: splitSentences(text), entities: [], published };
}

/** "key=value" (with " ~qualifier" and " of aboard:all" when present), for compact assertions. */
export function brief(claim: Claim): string {
  let out = `${claim.key}=${claim.value}`;
  if (claim.qualifier) out += ` ~${claim.qualifier}`;
  if (claim.relative) out += ` of ${claim.relative.of}:${claim.relative.share}`;
  return out;
}

export function briefs(claims: readonly Claim[]): string[] {
  return claims.map(brief);
}
