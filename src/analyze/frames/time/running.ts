import type { TaggedToken } from "../tagger.js";

/** Verbs that say a figure is a tally still moving: "the toll rose to 37". */
const CHANGE_VERBS: ReadonlySet<string> = new Set(["rise", "climb", "increase", "jump", "grow", "mount", "soar", "swell"]);
/** Words that date a figure to the moment of writing: "so far", "as of Monday", "to date". */
const SO_FAR: ReadonlySet<string> = new Set(["so far", "as of", "to date", "up to now", "until now", "by now"]);
const WINDOW = 6;

/**
 * The sentence gives the figure as a count still moving: a verb of change before it ("the toll
 * rose to 37"), or a count taken so far ("so far", "as of Monday", "has burned 23,000 acres",
 * "have been destroyed": the present perfect of a tally).
 */
export function isRunningCount(tokens: readonly TaggedToken[], valueFirst: number, measureEnd: number): boolean {
  const before = tokens.slice(Math.max(0, valueFirst - WINDOW), valueFirst);
  if (before.some((t) => CHANGE_VERBS.has(t.lemma))) return true;
  const around = tokens.slice(Math.max(0, valueFirst - WINDOW), Math.min(tokens.length, measureEnd + WINDOW));
  for (let k = 0; k < around.length - 1; k++) {
    if (SO_FAR.has(`${around[k]!.lower} ${around[k + 1]!.lower}`)) return true;
    // "has burned", "have been destroyed": a perfect aspect on the figure's own verb.
    if ((around[k]!.lower === "has" || around[k]!.lower === "have") && isPerfect(around, k + 1)) return true;
  }
  return false;
}

function isPerfect(tokens: readonly TaggedToken[], k: number): boolean {
  const next = tokens[k]?.lower === "been" ? tokens[k + 1] : tokens[k];
  return next?.pos === "VERB" && next.lower !== next.lemma;
}
