import type { EntityType } from "../types.js";

// STUB: to be written. Folds a surface form to the key that merges spelling variants.
export function entityKey(surface: string, _type?: EntityType): string {
  return surface.toLowerCase();
}
