import type { AlignedStory, Fact } from "../types.js";
import { rankFacts } from "./labels.js";

/**
 * The claims one source makes, in the brief's order, less the figures already shown as a step of a
 * count's timeline (a toll one report gave on its day): listed again alone they read as loose
 * claims, and they crowd out the ones only this list shows. Every surface lists the same claims.
 */
export function singleSourceClaims(aligned: AlignedStory): Fact[] {
  return rankFacts(aligned.facts.filter((f) => f.status === "single-source" && !isTimelineStep(aligned, f)));
}

function isTimelineStep(aligned: AlignedStory, fact: Fact): boolean {
  const article = fact.support[0]?.article;
  return aligned.updates.some((u) => u.key === fact.key && u.steps.some((step) => step.value === fact.value && step.support.some((e) => e.article === article)));
}
