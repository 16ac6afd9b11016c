import type { Token } from "../claim-tokens.js";
import type { EventTrigger } from "../event-triggers.js";

/** Forms of the verbs that make a plan public. */
const ANNOUNCING: ReadonlySet<string> = new Set(["announced", "unveiled", "announcement"]);
/** What is made public once, before it happens: a plan, a bid, an offer. */
const PLAN_NOUNS: ReadonlySet<string> = new Set(["plan", "plans", "bid", "bids", "offer", "offers", "proposal", "proposals", "intention", "intent"]);
/** How many tokens from the verb the plan noun may stand ("announced its plans", "the bid was announced"). */
const PLAN_REACH = 3;

/**
 * "The bid, first announced in May 2023", "when the group announced its plans to buy the mill in
 * June 2023": people say things on many days, but a plan is made public once, and that day (or
 * month) is a fact of the story another report can give differently. True when the statement
 * trigger announces for the first time, or announces a plan, bid or offer named next to it.
 */
export function announcesPlan(tokens: readonly Token[], trigger: EventTrigger): boolean {
  if (trigger.cls !== "statement" || !ANNOUNCING.has(tokens[trigger.start]!.lower)) return false;
  if (tokens[trigger.start - 1]?.lower === "first") return true;
  const near = [
    ...tokens.slice(trigger.end, trigger.end + PLAN_REACH),
    ...tokens.slice(Math.max(0, trigger.start - PLAN_REACH), trigger.start),
  ];
  return near.some((t) => PLAN_NOUNS.has(t.lower));
}
