import type { Bucket } from "./buckets.js";
import type { StoryContext } from "./compatibility.js";
import { HEAD_COUNT } from "./slots.js";

type Check = { rule: string; holds: boolean };

/**
 * Check that the story's majority counts add up: aboard = killed + survivors (+ missing).
 * The check is attached to each bucket it reads, so a reader sees that 38 killed and 29
 * survivors of 67 aboard agree, or that they do not.
 */
export function headCountChecks(slots: Map<string, Bucket[]>, context: StoryContext): Map<Bucket, Check[]> {
  const out = new Map<Bucket, Check[]>();
  const total = context.slotValue(HEAD_COUNT.total);
  const parts = HEAD_COUNT.parts.map((key) => context.slotValue(key));
  if (total === undefined || parts.some((p) => p === undefined)) return out;
  const optional = HEAD_COUNT.optional.map((key) => context.slotValue(key)).filter((n): n is number => n !== undefined);
  const sum = [...(parts as number[]), ...optional].reduce((a, b) => a + b, 0);
  const names = [...HEAD_COUNT.parts, ...HEAD_COUNT.optional.filter((key) => context.slotValue(key) !== undefined)];
  const rule = `${HEAD_COUNT.total} = ${names.join(" + ")} (${total} vs ${sum})`;
  const check = { rule, holds: sum === total };
  for (const key of [HEAD_COUNT.total, ...names]) {
    const value = context.slotValue(key);
    const bucket = slots.get(key)?.find((b) => Number(b.value) === value && !b.stated.every((s) => s.claim.relative));
    if (bucket) out.set(bucket, [check]);
  }
  return out;
}
