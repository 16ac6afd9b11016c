import type { Stated } from "../stated.js";

/**
 * A person named by a bare title ("Governor Ana Ruiz") holds the office another report names in
 * full ("Texan Governor Ana Ruiz", "role: governor of texas"), when exactly one fuller office of
 * that title names that person in the story: the bare statement joins it and corroborates it.
 */
export function joinBareRoles(stated: Stated[]): Stated[] {
  const fuller = new Map<string, Set<string>>();
  for (const s of stated) {
    const title = qualifiedTitle(s.claim.key);
    if (s.claim.kind !== "entity" || !title) continue;
    const id = `${title}\u0000${s.value}`;
    fuller.set(id, (fuller.get(id) ?? new Set()).add(s.claim.key));
  }
  return stated.map((s) => {
    if (s.claim.kind !== "entity" || s.claim.comparable !== false || !s.claim.key.startsWith(ROLE)) return s;
    const keys = fuller.get(`${s.claim.key.slice(ROLE.length)}\u0000${s.value}`);
    if (!keys || keys.size !== 1) return s;
    const [key] = keys;
    const { comparable: _bare, ...claim } = s.claim;
    return { ...s, claim: { ...claim, key: key! } };
  });
}

const ROLE = "role: ";

/** "role: governor of texas" → "governor"; null for a bare title or any other slot. */
function qualifiedTitle(key: string): string | null {
  if (!key.startsWith(ROLE)) return null;
  const of = key.lastIndexOf(" of ");
  return of > ROLE.length ? key.slice(ROLE.length, of) : null;
}
