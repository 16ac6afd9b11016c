/**
 * Nouns that count the same kind of thing in different words, by the word a frame's measure uses
 * for them; read by analyze/frames/measures/counted-kind.ts. Reports name the people behind a crime
 * ("three thieves", "three robbers", "up to five perpetrators") and the things taken ("eleven
 * pieces", "eleven items") in words of their own; a count of them is one figure whichever word a report picks.
 * Lemmas, lower-case.
 */
export const SAME_KIND_NOUNS: ReadonlyMap<string, string> = new Map([
  ...["thief", "robber", "burglar", "raider", "perpetrator", "culprit", "intruder", "heister"].map((w) => [w, "perpetrator"] as const),
  ...["item", "piece", "object", "artefact", "artifact"].map((w) => [w, "item"] as const),
]);

/** Nouns that count people without saying what they did: "six men carried out the raid" counts the perpetrators. */
export const PLAIN_PERSON_NOUNS: ReadonlySet<string> = new Set(["man", "woman", "people", "person", "individual", "youth"]);

/** Verbs whose subject did the crime itself: "three men robbed the bank", "two people broke in". */
export const CRIME_VERBS: ReadonlySet<string> = new Set(["rob", "steal", "burgle", "loot", "raid", "ransack"]);

/** Verbs that take the crime as their object: "carried out the burglary", "staged the heist". */
export const DOING_VERBS: ReadonlySet<string> = new Set(["carry", "commit", "stage", "perpetrate", "pull", "mastermind"]);

/** Crimes a doing verb takes: "committed the robbery". */
export const CRIME_NOUNS: ReadonlySet<string> = new Set([
  "burglary", "robbery", "heist", "theft", "raid", "break-in", "attack", "assault", "murder", "kidnapping", "hijacking",
  "shooting", "stabbing", "bombing", "crime", "killing", "ambush", "holdup", "hold-up", "stickup", "job",
]);
