import type { Stated } from "./stated.js";
import type { EntityIndex } from "./entities.js";

/**
 * Frames that measure one thing of different owners are different subjects: deaths in one county
 * and in another, one party's seats and another's. When a story gives a measure for two or more
 * owners, each owner's frames get their own slot ("killed: Kerr County"); frames that name no
 * owner stay on the plain slot, which then means the whole. With one owner or none, the owner
 * only says what every report already means, and all frames of the measure share the slot.
 */
export function scopeByOwner(stated: Stated[], entities: EntityIndex): Stated[] {
  const owners = new Map<string, Set<string>>();
  const canonical = (s: Stated) => (s.claim.owner ? entities.canonical(s.claim.owner) : undefined);
  for (const s of stated) {
    const owner = canonical(s);
    if (!owner) continue;
    const set = owners.get(s.claim.key) ?? new Set<string>();
    owners.set(s.claim.key, set.add(owner));
  }
  return stated.map((s) => {
    const owner = canonical(s);
    if (!owner) return s;
    const owned = { ...s.claim, owner };
    if ((owners.get(s.claim.key)?.size ?? 0) < 2) return { ...s, claim: owned };
    const name = entities.displayName(owner) ?? owner;
    return { ...s, claim: { ...owned, key: `${s.claim.key}: ${name}` } };
  });
}
