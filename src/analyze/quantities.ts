import type { Claim } from "../types.js";
import type { FinderInput } from "./finder-input.js";

// STUB: to be written.
export function findQuantityClaims(_input: FinderInput): Claim[] {
  return [];
}
