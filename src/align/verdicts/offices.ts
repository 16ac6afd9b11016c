import { OFFICE_KEY_PREFIX } from "../../analyze/roles/index.js";
import { PORTFOLIO_TITLES } from "../../lexicons/titles.js";
import type { Bucket } from "./buckets.js";
import type { Stated } from "../stated.js";

/**
 * The offices reports give one person ("office: <person>", analyze/roles/). A person holds several
 * at once (chair and chief executive; a minister who was once a police chief), so two offices
 * clash only where both cannot be true of one moment:
 * - one report calls them a former holder of the office another gives them as sitting, and the
 *   story names no other sitting holder of it (when it does, the reports speak of different times:
 *   "President Ana Ruiz blocked the deal" in its history, "former President Ana Ruiz" today);
 * - two different ministerial portfolios ("interior minister", "culture minister") of one
 *   government, both sitting: one person given two single offices of one cabinet.
 * Offices of two different countries or organisations never clash.
 */
export function officesCompatible(a: Stated, b: Stated, soleHolder: SoleHolder): boolean {
  const [x, y] = [officeOf(a), officeOf(b)];
  if (x.owner && y.owner && x.owner !== y.owner) return true;
  const person = a.claim.key.slice(OFFICE_KEY_PREFIX.length);
  if (x.title === y.title) return x.past === y.past || !soleHolder(x.title, x.owner ?? y.owner, person);
  return x.past || y.past || !isPortfolio(x.title) || !isPortfolio(y.title);
}

/** Whether `person` is the only sitting holder the story names for an office (of an owner, when one is known). */
export type SoleHolder = (office: string, owner: string | undefined, person: string) => boolean;

/** The sitting holders of each office, from the story's office statements. */
export function sittingHolders(slots: Map<string, Bucket[]>): SoleHolder {
  const holders = new Map<string, Set<string>>();
  for (const [key, buckets] of slots) {
    if (!key.startsWith(OFFICE_KEY_PREFIX)) continue;
    for (const s of buckets.flatMap((b) => b.stated)) {
      const office = officeOf(s);
      const id = `${office.title}\u0000${office.owner ?? ""}`;
      if (!office.past) holders.set(id, (holders.get(id) ?? new Set()).add(key.slice(OFFICE_KEY_PREFIX.length)));
    }
  }
  return (office, owner, person) => [...(holders.get(`${office}\u0000${owner ?? ""}`) ?? [])].every((holder) => holder === person);
}

/** An office value: "former president" → past "president"; its owner is the claim's. */
function officeOf(s: Stated): { title: string; past: boolean; owner?: string } {
  const past = s.value.startsWith(FORMER);
  return { title: past ? s.value.slice(FORMER.length) : s.value, past, ...(s.claim.owner ? { owner: s.claim.owner } : {}) };
}

const FORMER = "former ";

/** "interior minister", "secretary of state": a shared head with its portfolio. */
function isPortfolio(title: string): boolean {
  const words = title.split(" ");
  const ofAt = words.indexOf("of");
  const head = ofAt > 0 ? words[ofAt - 1]! : words.at(-1)!;
  return PORTFOLIO_TITLES.has(head) && words.length > 1;
}
